/**
 * npm run bench:check [-- --runs 3 --sizes 2000,10000]
 *
 * Generates synthetic corpora (outside the repository), runs the checker on
 * them, and runs remark-validate-links on the same 2,000 files in the same
 * run; prints the median wall time and peak memory of each, measured with
 * /usr/bin/time -v, and the ratio between the two tools.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {writeCorpus} from './lib/corpus';

const {values} = parseArgs({options: {runs: {type: 'string', default: '3'}, sizes: {type: 'string', default: '2000,10000'}}});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
const root = path.resolve(__dirname, '..');

interface Measure {
  seconds: number;
  megabytes: number;
}

/** Runs a command under /usr/bin/time -v; returns wall time and peak resident memory. */
function measure(command: string[]): Measure {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28});
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time output of ${command.join(' ')}:\n${result.stderr.slice(-2000)}`);
  return {seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), megabytes: Number(rss[1]) / 1024};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function repeat(command: string[]): Measure {
  const all = Array.from({length: runs}, () => measure(command));
  return {seconds: median(all.map((m) => m.seconds)), megabytes: median(all.map((m) => m.megabytes))};
}

const tsx = [process.execPath, path.join(root, 'node_modules/tsx/dist/cli.mjs')];
const rows: string[][] = [];
const work = mkdtempSync(path.join(tmpdir(), 'kb-bench-check-'));
try {
  let checker2000: Measure | undefined;
  for (const size of sizes) {
    const dir = path.join(work, String(size));
    writeCorpus(dir, size);
    const ours = repeat([...tsx, 'scripts/check.ts', '--site', dir, '--format', 'json']);
    if (size === 2000) checker2000 = ours;
    rows.push(['npm run check', String(size), ours.seconds.toFixed(2), ours.megabytes.toFixed(0), '']);
    if (size === 2000) {
      const theirs = repeat([process.execPath, path.join(root, 'node_modules/remark-cli/cli.js'), dir, '--use', 'remark-validate-links=repository:false', '--quiet', '--no-stdout', '--no-config', '--no-ignore']);
      rows.push(['remark-validate-links', String(size), theirs.seconds.toFixed(2), theirs.megabytes.toFixed(0), `${(theirs.seconds / checker2000!.seconds).toFixed(1)}× slower`]);
    }
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}

console.log(`Median of ${runs} runs on ${process.platform} ${process.arch}, Node ${process.version}`);
console.log('| tool | items | wall time (s) | peak memory (MB) | compared with npm run check |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
