/**
 * npm run bench:translations [-- --runs 5] [--builds]
 *
 * The translation report on the real site: the whole `npm run translations`
 * work (content index, history, report), and its git part done as it is
 * (one `git log --name-status` pass) beside the obvious alternative (one
 * `git rev-list --count <sha>..HEAD -- <source>` per translated page), in
 * one run; medians and the ratio. With --builds, also production builds
 * with `future.faster`: all 14 locales cold (no output, no bundler cache)
 * then warm (same again), and one locale cold, measured with
 * /usr/bin/time -v: wall time, CPU time and peak memory, with the load
 * average, since other work on the machine stretches wall times.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadContentIndex} from '../src/content/loader';
import {readGitHistory} from '../src/translations/history';
import {translationReport} from '../src/translations/status';

const {values} = parseArgs({options: {runs: {type: 'string', default: '5'}, builds: {type: 'boolean', default: false}}});
const root = path.resolve(__dirname, '..');
const runs = Number(values.runs);
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
/** CPU time of this process and its finished children, in ms (Linux): what the work costs on an idle machine. */
const cpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) * 10;
};
/** Wall and CPU time of `work`, in ms. */
const time = (work: () => void) => {
  const start = performance.now();
  const startCpu = cpu();
  work();
  return {wall: performance.now() - start, cpu: cpu() - startCpu};
};

const index = loadContentIndex(root);
const read = readGitHistory(root);
if (!('history' in read)) throw new Error(read.error);
const translated = translationReport(index, {history: read.history}).pages.filter((page) => page.record && page.source && page.state !== 'invalid');

const whole: {wall: number; cpu: number}[] = [];
const onePass: {wall: number; cpu: number}[] = [];
const perFile: {wall: number; cpu: number}[] = [];
for (let run = 0; run < runs; run++) {
  whole.push(
    time(() => {
      const history = readGitHistory(root);
      translationReport(loadContentIndex(root), {history: 'history' in history ? history.history : history});
    }),
  );
  onePass.push(time(() => readGitHistory(root)));
  perFile.push(
    time(() => {
      for (const page of translated) execFileSync('git', ['-C', root, 'rev-list', '--count', `${page.record!.sourceCommit}..HEAD`, '--', page.source!], {encoding: 'utf8'});
    }),
  );
}
const ms = (value: number) => `${Math.round(value)} ms`;
const row = (label: string, list: {wall: number; cpu: number}[]) => `| ${label} | ${ms(median(list.map((m) => m.wall)))} | ${ms(median(list.map((m) => m.cpu)))} |`;
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`Translation report, ${index.pages.length} pages, ${translated.length} translations with a valid record, median of ${runs} runs (load average ${load}):`);
console.log('| measure | wall | CPU (process and children) |');
console.log('| --- | --- | --- |');
console.log(row('whole report in process (content index + history + states)', whole));
console.log(row('history: one `git log --name-status` pass', onePass));
console.log(row('history: one `git rev-list --count` per translation', perFile));
const ratio = (pick: (m: {wall: number; cpu: number}) => number) => (median(perFile.map(pick)) / median(onePass.map(pick))).toFixed(0);
console.log(`| ratio per-file / one pass | ${ratio((m) => m.wall)}× | ${ratio((m) => m.cpu)}× |`);

if (values.builds) {
  const out = '/tmp/kb-bench-translations';
  const generated = '.docusaurus-bench-translations';
  const build = (locales: string[]) => {
    const result = spawnSync('/usr/bin/time', ['-v', process.execPath, 'node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', ...locales.flatMap((l) => ['--locale', l]), '--out-dir', out], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated},
      maxBuffer: 1 << 28,
    });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr)!;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)!;
    const cpuSeconds = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)![1]), 0);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[2];
    return `${(Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3])).toFixed(0)} s | ${cpuSeconds.toFixed(0)} s | ${(Number(rss[1]) / 1024).toFixed(0)} MB | ${load}`;
  };
  const clean = () => {
    for (const dir of [out, path.join(root, generated), path.join(root, 'node_modules/.cache')]) rmSync(dir, {recursive: true, force: true});
  };
  const all: string[] = [];
  clean();
  const cold = build(all);
  const warm = build(all);
  clean();
  const one = build(['lt']);
  console.log('');
  console.log('| production build (future.faster) | wall time | CPU time (user + system) | peak memory | load average (15 min) after |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| all 14 locales, cold | ${cold} |`);
  console.log(`| all 14 locales, warm | ${warm} |`);
  console.log(`| one locale (\`--locale lt\`), cold | ${one} |`);
  clean();
}
