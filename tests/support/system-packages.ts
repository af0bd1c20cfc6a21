/**
 * Vitest's global set-up: the Debian packages that the browser and PDF
 * tests need, installed when they are missing, so that `npm ci && npm test`
 * works on a fresh Debian machine as written. Chromium comes from Debian,
 * never from a browser download; Noto fonts draw the Latin, Cyrillic and
 * Greek pages the tests look at; poppler-utils reads the PDF back.
 */
import {execFileSync, spawnSync} from 'node:child_process';

const packages = ['chromium', 'fonts-noto-core', 'poppler-utils'];

function installed(name: string): boolean {
  const query = spawnSync('dpkg-query', ['--show', '--showformat=${Status}', name], {encoding: 'utf8'});
  return query.status === 0 && query.stdout === 'install ok installed';
}

export default function setup(): void {
  // A Chromium of one's own (`CHROMIUM_PATH`) replaces Debian's.
  const missing = packages.filter((name) => !(name === 'chromium' && process.env.CHROMIUM_PATH) && !installed(name));
  if (missing.length === 0) return;
  const command = ['apt-get', 'install', '-y', '-qq', ...missing];
  if (process.getuid?.() !== 0) {
    console.warn(`The browser and PDF tests need Debian packages that are not installed: ${missing.join(', ')}. Install them with \`sudo ${command.join(' ')}\`.`);
    return;
  }
  console.log(`Installing Debian packages for the browser and PDF tests: ${missing.join(', ')}`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  execFileSync('apt-get', ['update', '-qq'], {stdio: ['ignore', 'ignore', 'inherit'], env});
  execFileSync(command[0], command.slice(1), {stdio: ['ignore', 'ignore', 'inherit'], env});
}
