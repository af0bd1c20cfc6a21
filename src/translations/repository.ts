/**
 * The web address of the project's repository, for links to diffs. It is
 * the `repository` field of `package.json` (the npm convention), so it is
 * configured once; `npm run translations -- --repo-url URL` overrides it.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** The repository's web address from a `package.json` `repository` value, or undefined. */
export function repositoryUrlOf(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as {url?: unknown} | undefined)?.url;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const shorthand = /^(github|gitlab|bitbucket):([\w.-]+\/[\w.-]+)$/.exec(raw) ?? /^()([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://${shorthand[1] === 'gitlab' ? 'gitlab.com' : shorthand[1] === 'bitbucket' ? 'bitbucket.org' : 'github.com'}/${shorthand[2]}`;
  const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(raw);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  return raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** The repository address configured in `siteDir/package.json`, if any. */
export function configuredRepositoryUrl(siteDir: string): string | undefined {
  const file = path.join(siteDir, 'package.json');
  if (!existsSync(file)) return undefined;
  return repositoryUrlOf((JSON.parse(readFileSync(file, 'utf8')) as {repository?: unknown}).repository);
}
