/**
 * The benchmark's browser measurements, in Debian's Chromium: the bytes a
 * reader's browser fetches before the first results (ours on the built
 * site; Pagefind on its own bundle), and Pagefind's answers and query times
 * (its search only runs in a browser).
 */
import type {Browser, Page, Response} from 'playwright-core';
import {gzipBytes} from './metrics';

/** Adds up the gzip size of every response `page` receives while `act` runs and the network settles. */
async function bytesDuring(page: Page, accept: (url: string) => boolean, act: () => Promise<void>): Promise<number> {
  const pending: Promise<number>[] = [];
  const onResponse = (response: Response) => {
    if (accept(response.url())) pending.push(response.body().then((body) => gzipBytes(body), () => 0));
  };
  page.on('response', onResponse);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return (await Promise.all(pending)).reduce((sum, bytes) => sum + bytes, 0);
}

/**
 * Bytes our search box fetches on the built site, from focus to the first
 * results of `query` with their snippets (worker code, manifest, indexes,
 * fragments), in a fresh browser context (empty cache).
 */
export async function oursBytesInBrowser(browser: Browser, origin: string, prefix: string, query: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${prefix}/`);
  await page.waitForLoadState('networkidle');
  const bytes = await bytesDuring(page, (url) => url.startsWith(origin), async () => {
    const box = page.getByRole('combobox');
    await box.focus();
    // The query at once: one answer, the first results (typing letter by letter fetches snippets for lists on the way).
    await box.fill(query);
    await page.getByRole('listbox').and(page.locator('[aria-busy=false]')).getByRole('option').first().waitFor({timeout: 60_000});
  });
  await context.close();
  return bytes;
}

/** Pagefind in the browser, for one locale's page of the bench bundle. */
export interface PagefindRun {
  /** Bytes from loading Pagefind to the data of the first five results of the first query. */
  readonly bytes: number;
  /** Routes of the results of each labelled query, best first (first five). */
  readonly answers: string[][];
  /** Time of each `search()` call in ms, measured in the page, after a warm-up round. */
  readonly times: number[];
}

/** Runs `queries` (labelled) and `timed` (latency) through Pagefind on `origin/<locale>.html`. */
export async function pagefindInBrowser(browser: Browser, origin: string, locale: string, queries: readonly string[], timed: readonly string[]): Promise<PagefindRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${locale}.html`);
  const top5 = (query: string) =>
    page.evaluate(async (q) => {
      const w = window as unknown as {pf?: {init(): Promise<void>; search(q: string): Promise<{results: {data(): Promise<{url: string}>}[]}>}};
      w.pf ??= await import(/* webpackIgnore: true */ `${location.origin}/pagefind/pagefind.js`);
      await w.pf!.init();
      const found = await w.pf!.search(q);
      return Promise.all(found.results.slice(0, 5).map(async (result) => (await result.data()).url));
    }, query);
  const bytes = await bytesDuring(page, (url) => url.includes('/pagefind/'), async () => {
    await top5(queries[0]);
  });
  const prefix = `/${locale}/`;
  const answers: string[][] = [];
  for (const query of queries) answers.push((await top5(query)).map((url) => url.replace(prefix, '')));
  const times = await page.evaluate(async (list) => {
    const pf = (window as unknown as {pf: {search(q: string): Promise<unknown>}}).pf;
    for (const q of list) await pf.search(q);
    const out: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of list) {
        const start = performance.now();
        await pf.search(q);
        out.push(performance.now() - start);
      }
    }
    return out;
  }, timed);
  await context.close();
  return {bytes, answers, times};
}
