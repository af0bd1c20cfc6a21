/**
 * npm run bench:editions [-- --runs 1]
 *
 * What editions cost a build: cold English builds of copies of the site
 * with the working draft only, with one edition, with two, and with two but
 * narrowed by `KB_EDITIONS=current` (Docusaurus's `onlyIncludeVersions`:
 * the draft and the latest edition), in one run, measured with
 * /usr/bin/time -v: median wall time, peak memory, and pages written.
 * Figures go to docs/maintainers/editions.md.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {instances} from '../src/content/site';
import {cutEdition} from '../src/editions/cut';
import {readEditions} from '../src/editions/edition';

const {values} = parseArgs({options: {runs: {type: 'string', default: '1'}}});
const root = path.resolve(__dirname, '..');
const work = path.join(root, 'test-results/bench-editions');
const wp = instances['white-paper'];
const today = new Date().toISOString().slice(0, 10);

/** A copy of the site's content with the working draft only (inside the project, so it finds node_modules). */
function copySite(name: string): string {
  const site = path.join(work, name);
  rmSync(site, {recursive: true, force: true});
  mkdirSync(site, {recursive: true});
  for (const dir of ['docs', 'white-paper', 'i18n']) {
    cpSync(path.join(root, dir), path.join(site, dir), {recursive: true, filter: (src) => !/version-\d/.test(path.basename(src))});
  }
  // Content pages import site components as `@site/src/…`, and `@site` is the site's folder.
  symlinkSync(path.join(root, 'src'), path.join(site, 'src'));
  cpSync(path.join(root, 'docusaurus.config.ts'), path.join(site, 'docusaurus.config.ts'));
  return site;
}

function variant(name: string, editions: readonly string[]): string {
  const site = copySite(name);
  for (const edition of [...editions].reverse()) cutEdition(site, edition, {date: today});
  return site;
}

function pages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) count += pages(file);
    else if (entry === 'index.html' || entry.endsWith('.html')) count++;
  }
  return count;
}

function coldBuild(site: string, env: Record<string, string>): {seconds: number; megabytes: number; pages: number} {
  const out = path.join(work, 'out');
  for (const dir of [out, path.join(site, '.docusaurus')]) rmSync(dir, {recursive: true, force: true});
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, 'node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', site, '--locale', 'en', '--out-dir', out], {
    cwd: root,
    encoding: 'utf8',
    // Cold: no bundler cache is read or written (the shared one in node_modules/.cache is left alone).
    env: {...process.env, ...env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`build of ${site} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr)!;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)!;
  return {seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), megabytes: Number(rss[1]) / 1024, pages: pages(out)};
}

const released = readEditions(root);
const first = released.at(-1) ?? '2021';
const second = String(Number(first.slice(0, 4)) + 1);
const variants: {label: string; site: string; env: Record<string, string>}[] = [
  {label: 'working draft only', site: variant('draft', []), env: {}},
  {label: `draft + edition ${first}`, site: variant('one', [first]), env: {}},
  {label: `draft + editions ${first}, ${second}`, site: variant('two', [second, first]), env: {}},
  {label: `draft + editions ${first}, ${second}, KB_EDITIONS=current`, site: path.join(work, 'two'), env: {KB_EDITIONS: 'current'}},
];
if (!existsSync(path.join(work, 'two', wp.versionsFile))) throw new Error('the two-edition copy has no versions file');

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const results = variants.map(() => ({seconds: [] as number[], megabytes: [] as number[], pages: 0}));
// Alternate the variants, so drift in the machine's load falls on all of them.
for (let run = 0; run < Number(values.runs); run++) {
  variants.forEach((v, i) => {
    const m = coldBuild(v.site, v.env);
    results[i].seconds.push(m.seconds);
    results[i].megabytes.push(m.megabytes);
    results[i].pages = m.pages;
  });
}
rmSync(work, {recursive: true, force: true});
const base = median(results[0].seconds);
console.log(`Cold English builds, median of ${values.runs} run(s) each, Node ${process.version}`);
console.log('| site | HTML pages | wall time (s) | vs draft only | peak memory (MB) |');
console.log('| --- | --- | --- | --- | --- |');
variants.forEach((v, i) => {
  const s = median(results[i].seconds);
  console.log(`| ${v.label} | ${results[i].pages} | ${s.toFixed(1)} | ${(s / base).toFixed(2)}× | ${median(results[i].megabytes).toFixed(0)} |`);
});
