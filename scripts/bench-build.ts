/**
 * npm run bench:build [-- --runs 3 --locale en]
 *
 * Cold production builds of one locale with `future.faster` on and off, in
 * one run, measured with /usr/bin/time -v: median wall time and peak
 * memory. Each build starts from no build output and no bundler cache.
 */
import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';

const {values} = parseArgs({options: {runs: {type: 'string', default: '3'}, locale: {type: 'string', default: 'en'}}});
const root = path.resolve(__dirname, '..');
const out = path.join(root, 'test-results/bench-build');
const generated = '.docusaurus-bench';

function coldBuild(faster: boolean): {seconds: number; megabytes: number} {
  for (const dir of [out, path.join(root, generated), path.join(root, 'node_modules/.cache')]) rmSync(dir, {recursive: true, force: true});
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, 'node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--locale', values.locale, '--out-dir', out], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, KB_FASTER: faster ? '1' : '0', DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated},
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr)!;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)!;
  return {seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), megabytes: Number(rss[1]) / 1024};
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rows: Record<string, {seconds: number[]; megabytes: number[]}> = {on: {seconds: [], megabytes: []}, off: {seconds: [], megabytes: []}};
// Alternate the two, so drift in the machine's load falls on both.
for (let run = 0; run < Number(values.runs); run++) {
  for (const faster of [true, false]) {
    const m = coldBuild(faster);
    rows[faster ? 'on' : 'off'].seconds.push(m.seconds);
    rows[faster ? 'on' : 'off'].megabytes.push(m.megabytes);
  }
}
rmSync(out, {recursive: true, force: true});
const on = {s: median(rows.on.seconds), mb: median(rows.on.megabytes)};
const off = {s: median(rows.off.seconds), mb: median(rows.off.megabytes)};
console.log(`Cold build of locale ${values.locale}, median of ${values.runs} runs each, Node ${process.version}`);
console.log('| future.faster | wall time (s) | peak memory (MB) |');
console.log('| --- | --- | --- |');
console.log(`| on | ${on.s.toFixed(1)} | ${on.mb.toFixed(0)} |`);
console.log(`| off | ${off.s.toFixed(1)} | ${off.mb.toFixed(0)} |`);
console.log(`faster is ${(off.s / on.s).toFixed(2)}× as fast and uses ${(on.mb / off.mb).toFixed(2)}× the memory`);
