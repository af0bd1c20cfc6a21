/**
 * `npm run bench:search`: our search index, lunr and Pagefind side by side,
 * in one run, on the real site (the build in `KB_BUILD_DIR`, default
 * `build/`, locales en, lt, sr, el) and on a synthetic corpus of 2,000 pages
 * in three locales. Prints a Markdown table for docs/maintainers/search.md:
 * bytes before the first result (gzip), index build time, query p50/p95 and
 * hit@5 on the labelled queries, and the misses.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {loadContentIndex} from '../src/content/loader';
import {locales, type Locale} from '../src/content/site';
import {readBuiltPage} from '../src/search/build';
import {oursBytesInBrowser, pagefindInBrowser} from '../src/search/bench/browser';
import {buildLunr, buildOurs, buildPagefind, oursFirstResultBytes, type LocaleInput, type Searcher} from '../src/search/bench/engines';
import {labelledQueries, type LabelledQuery} from '../src/search/bench/labelled';
import {hitRate, percentile, timeQueries} from '../src/search/bench/metrics';
import {syntheticCorpus} from '../src/search/bench/synthetic';
import {scopesOf, searchSources} from '../src/search/documents';
import {launchBrowser} from './lib/browser';
import {serveBuild} from './lib/serve';

const siteDir = path.resolve(__dirname, '..');
const buildDir = path.resolve(process.env.KB_BUILD_DIR ?? path.join(siteDir, 'build'));
const realLocales: Locale[] = ['en', 'lt', 'sr', 'el'];
/** Extra queries for timing: short prefixes, the worst case of prefix search. */
const prefixQueries = ['d', 'ro', 'mig', 'kaun', 'dial', 'int', 'пл', 'δι'];

interface Row {
  corpus: string;
  engine: string;
  bytes: number;
  buildMs: number;
  times: number[];
  /** CPU time per query (Node only). */
  cpu?: number[];
  where: string;
  answers: string[][];
  queries: readonly LabelledQuery[];
}

const normalise = (route: string) => route.replace(/^\/+|\/+$/g, '');

function elapsed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

/** What a result counts as: the item id of its page, or its route. */
function answerKeys(inputs: readonly LocaleInput[]): Map<string, Map<string, string>> {
  return new Map(inputs.map((input) => [input.locale, new Map(input.sources.map((source) => [normalise(source.route), source.ref ?? normalise(source.route)]))]));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(buildDir, 'search-index', 'manifest.json'))) throw new Error(`No search index in ${buildDir}: run \`npm run build\` first, or set KB_BUILD_DIR.`);
  const index = loadContentIndex(siteDir);
  const localeDir = (locale: Locale) => (locale === 'en' ? buildDir : path.join(buildDir, locale));
  const present = realLocales.filter((locale) => existsSync(path.join(localeDir(locale), 'search-index', 'manifest.json')));
  const real: LocaleInput[] = present.map((locale) => ({
    locale,
    lang: locales[locale].htmlLang,
    sources: searchSources(index, locale),
    scopes: scopesOf(index),
    readPage: (route) => readBuiltPage(localeDir(locale), route),
  }));
  const synthetic = syntheticCorpus();
  const fake: LocaleInput[] = [...new Set(synthetic.pages.map((page) => page.locale))].map((locale) => {
    const pages = synthetic.pages.filter((page) => page.locale === locale);
    const html = new Map(pages.map((page) => [page.route, page.html]));
    return {
      locale,
      lang: locale,
      sources: pages.map((page) => ({scope: 'docs', route: page.route, title: page.title, headings: [], kind: 'page' as const, facets: {}, file: page.route})),
      scopes: ['docs'],
      readPage: (route) => html.get(route),
    };
  });
  const corpora = [
    {name: `real site (${present.join(', ')})`, inputs: real, queries: labelledQueries.filter((query) => present.includes(query.locale as Locale))},
    {name: 'synthetic, 2,000 pages (lt, sr, el)', inputs: fake, queries: synthetic.queries},
  ];

  const {browser, close: closeBrowser} = await launchBrowser();
  const site = await serveBuild(buildDir);
  const rows: Row[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'kb-bench-search-'));
  let codeBytes = 0;
  try {
    for (const corpus of corpora) {
      const keys = answerKeys(corpus.inputs);
      const key = (locale: string, routes: readonly string[]) => routes.map((route) => keys.get(locale)?.get(normalise(route)) ?? normalise(route));
      const queriesOf = (locale: string) => corpus.queries.filter((query) => query.locale === locale);
      const timed = (locale: string) => [...queriesOf(locale).map((query) => query.query), ...prefixQueries];
      const run = (engine: string, searchers: Map<string, Searcher>, buildMs: number, bytes: number): Row => {
        const answers = corpus.queries.map((query) => key(query.locale, searchers.get(query.locale)!.search(query.query).slice(0, 5)));
        const timings = corpus.inputs.map((input) => timeQueries(timed(input.locale), (query) => searchers.get(input.locale)!.search(query)));
        return {corpus: corpus.name, engine, bytes, buildMs, times: timings.flatMap((t) => t.wall), cpu: timings.flatMap((t) => t.cpu), where: 'Node', answers, queries: corpus.queries};
      };

      // Ours.
      const [ours, oursMs] = elapsed(() => new Map(corpus.inputs.map((input) => [input.locale, buildOurs(input)])));
      const first = corpus.inputs[0];
      const firstQuery = queriesOf(first.locale)[0].query;
      const built = ours.get(first.locale)!;
      let bytes: number;
      if (corpus.inputs === real) {
        bytes = await oursBytesInBrowser(browser, site.origin, first.locale === 'en' ? '' : `/${first.locale}`, firstQuery);
        // The worker's code, measured here, is the same for the synthetic corpus.
        codeBytes = bytes - oursFirstResultBytes(built.files, built.scopes, firstQuery, 0);
      } else {
        bytes = oursFirstResultBytes(built.files, built.scopes, firstQuery, codeBytes);
      }
      rows.push(run('ours (flexsearch 0.8, worker)', new Map([...ours].map(([locale, engine]) => [locale, engine.searcher])), oursMs, bytes));

      // lunr.
      const [lunrs, lunrMs] = elapsed(() => new Map(corpus.inputs.map((input) => [input.locale, buildLunr(input)])));
      rows.push(run('lunr 2.3 (Docusaurus lunr plugin setup)', new Map([...lunrs].map(([locale, engine]) => [locale, engine.searcher])), lunrMs, lunrs.get(first.locale)!.bytes));

      // Pagefind: built in Node, searched in Chromium.
      const out = path.join(work, corpus.inputs === real ? 'real' : 'synthetic');
      const start = performance.now();
      await buildPagefind(corpus.inputs, out);
      const pagefindMs = performance.now() - start;
      const served = await serveBuild(out);
      const answers: string[][] = corpus.queries.map(() => []);
      const times: number[] = [];
      let pagefindBytes = 0;
      for (const input of corpus.inputs) {
        const mine = corpus.queries.map((query, i) => [query, i] as const).filter(([query]) => query.locale === input.locale);
        const result = await pagefindInBrowser(browser, served.origin, input.locale, mine.map(([query]) => query.query), timed(input.locale));
        mine.forEach(([, i], n) => (answers[i] = key(input.locale, result.answers[n])));
        times.push(...result.times);
        if (input === first) pagefindBytes = result.bytes;
      }
      await served.close();
      rows.push({corpus: corpus.name, engine: 'Pagefind 1.6', bytes: pagefindBytes, buildMs: pagefindMs, times, where: 'Chromium', answers, queries: corpus.queries});
    }
  } finally {
    await site.close();
    await closeBrowser();
    rmSync(work, {recursive: true, force: true});
  }
  print(rows);
}

function print(rows: readonly Row[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const ms = (value: number) => (value < 10 ? value.toFixed(3) : value.toFixed(0));
  console.log('| corpus | engine | bytes before first result (gzip) | index build | query p50 | query p95 | query p95, CPU time | queries timed in | hit@5 |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const row of rows) {
    const hits = hitRate(row.answers, row.queries.map((query) => query.expect));
    const cpu = row.cpu ? `${ms(percentile(row.cpu, 95))} ms` : '–';
    console.log(`| ${row.corpus} | ${row.engine} | ${kb(row.bytes)} | ${ms(row.buildMs)} ms | ${ms(percentile(row.times, 50))} ms | ${ms(percentile(row.times, 95))} ms | ${cpu} | ${row.where} | ${hits.toFixed(2)} (${Math.round(hits * row.queries.length)}/${row.queries.length}) |`);
  }
  console.log(`\nLoad average during the run: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')} (${os.cpus().length} CPUs).`);
  console.log('\nhit@5 per language:');
  for (const row of rows) {
    const languages = [...new Set(row.queries.map((query) => query.language))];
    const parts = languages.map((language) => {
      const mine = row.queries.map((query, i) => [query, i] as const).filter(([query]) => query.language === language);
      const hit = mine.filter(([query, i]) => row.answers[i].includes(query.expect)).length;
      return `${language} ${hit}/${mine.length}`;
    });
    console.log(`- ${row.corpus}, ${row.engine}: ${parts.join(', ')}`);
  }
  console.log('\nMisses (query -> expected; first results):');
  for (const row of rows) {
    for (const [i, query] of row.queries.entries()) {
      if (!row.answers[i].includes(query.expect)) console.log(`- ${row.engine}, ${query.locale}: \`${query.query}\` -> ${query.expect}; got ${row.answers[i].slice(0, 3).join(', ') || 'nothing'}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
