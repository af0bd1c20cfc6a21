/**
 * npm run bench:pages [-- --runs 5 --build-dir build --throttle 4]
 *
 * Loads pages of the production build in headless Chromium (Debian's) with
 * the CPU slowed 4x (CDP Emulation.setCPUThrottlingRate; `--throttle 1` for
 * full speed), each run in a fresh browser context (empty cache), and
 * prints per page, in one run:
 * JavaScript and total bytes of the first load as gzip would send them,
 * and the median time to interactive; a plain docs page of the same site
 * is the baseline the others are compared with. On the explorer it also
 * times the answer to ticking a filter. Recorded in docs/maintainers/pages.md.
 *
 * Time to interactive here: the later of DOMContentLoaded, React's
 * hydration (`data-has-hydrated`) and the end of the last long task (over
 * 50 ms) before 1.5 s without one; Lighthouse's definition, simplified.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {itemKey, loadContentIndex} from '../src/content/loader';
import {currentVersion} from '../src/content/site';
import {launchBrowser} from './lib/browser';
import {serveBuild} from './lib/serve';

const {values} = parseArgs({options: {runs: {type: 'string', default: '5'}, 'build-dir': {type: 'string', default: process.env.KB_BUILD_DIR ?? 'build'}, throttle: {type: 'string', default: '4'}}});
const throttle = Number(values.throttle);
const speed = throttle === 1 ? 'CPU at full speed' : `CPU ${throttle}x slower`;
const runs = Number(values.runs);
const root = path.resolve(__dirname, '..');
const index = loadContentIndex(root);
const recommendation = index.items.get(itemKey('REC-GOV-01', index.editions[0] ?? currentVersion))!;

const pages: [string, string][] = [
  ['plain docs page (baseline)', '/docs/network/background'],
  ['home', '/'],
  ['recommendation', recommendation.page.url],
  ['explorer', '/white-paper/explorer'],
  ['best-practice map', '/best-practices/map'],
];

interface Load {
  js: number;
  total: number;
  requests: number;
  tti: number;
  filter?: number;
}

const watchLongTasks = `
  window.__kb = {longTaskEnd: 0, hydrated: 0};
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__kb.longTaskEnd = Math.max(window.__kb.longTaskEnd, e.startTime + e.duration); }).observe({type: 'longtask', buffered: true});
  new MutationObserver(() => { if (!window.__kb.hydrated && document.documentElement.dataset.hasHydrated === 'true') window.__kb.hydrated = performance.now(); })
    .observe(document, {subtree: true, attributes: true, attributeFilter: ['data-has-hydrated']});
`;

async function load(browser: Browser, origin: string, url: string, timeFilter: boolean): Promise<Load> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  const bodies: Promise<{js: boolean; bytes: number}>[] = [];
  page.on('response', (response) => {
    const js = response.request().resourceType() === 'script';
    bodies.push(response.body().then((body) => ({js, bytes: gzipSync(body).length}), () => ({js, bytes: 0})));
  });
  await page.goto(`${origin}${url}`, {waitUntil: 'load'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  // Quiet: 1.5 s without a long task.
  await page.waitForFunction(() => performance.now() - (window as unknown as {__kb: {longTaskEnd: number}}).__kb.longTaskEnd > 1500, undefined, {polling: 250, timeout: 30_000});
  const tti = await page.evaluate(() => {
    const kb = (window as unknown as {__kb: {longTaskEnd: number; hydrated: number}}).__kb;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return Math.max(nav.domContentLoadedEventEnd, kb.hydrated, kb.longTaskEnd);
  });
  let filter: number | undefined;
  if (timeFilter) {
    // From the click on a theme to the new count in the results heading.
    filter = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const heading = document.getElementById('kb-results-heading')!;
          const before = heading.textContent;
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (heading.textContent === before) return;
            observer.disconnect();
            resolve(performance.now() - start);
          }).observe(heading, {subtree: true, childList: true, characterData: true});
          (document.querySelector('input[type=checkbox]') as HTMLInputElement).click();
        }),
    );
  }
  const loaded = await Promise.all(bodies);
  await context.close();
  return {
    js: loaded.filter((b) => b.js).reduce((sum, b) => sum + b.bytes, 0),
    total: loaded.reduce((sum, b) => sum + b.bytes, 0),
    requests: loaded.length,
    tti,
    filter,
  };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  const server = await serveBuild(path.resolve(values['build-dir']!));
  const {browser, close} = await launchBrowser();
  try {
    const results: [string, Load[]][] = [];
    for (const [name, url] of pages) {
      const loads: Load[] = [];
      for (let run = 0; run < runs; run++) loads.push(await load(browser, server.origin, url, name === 'explorer'));
      results.push([name, loads]);
    }
    const baseline = results[0][1][0];
    console.log(`First load, fresh cache, ${speed}, ${runs} runs per page; bytes as gzip (level 6) would send them.\n`);
    console.log('| page | JS (kB gzip) | total (kB gzip) | requests | time to interactive, median (ms) | JS added to the docs page (kB gzip) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, loads] of results) {
      const first = loads[0];
      console.log(`| ${name} | ${kb(first.js)} | ${kb(first.total)} | ${first.requests} | ${Math.round(median(loads.map((l) => l.tti)))} | ${name === pages[0][0] ? '–' : kb(first.js - baseline.js)} |`);
    }
    const explorer = results.find(([name]) => name === 'explorer')![1];
    console.log(`\nExplorer: ticking a theme updates the list in ${median(explorer.map((l) => l.filter!)).toFixed(1)} ms (median, ${speed}).`);
  } finally {
    await close();
    await server.close();
  }
}

void main();
