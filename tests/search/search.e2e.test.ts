/**
 * Search in a real browser, on the production build in `KB_BUILD_DIR`
 * (default `build/`): for English, Lithuanian, Serbian and Greek, typing
 * shows results, facets narrow them, the URL reproduces them, and a query
 * without diacritics (in Latin script, for Serbian) finds the page written
 * with them. Also: nothing of the index loads before the search box gets
 * focus, the keyboard alone reaches a result, a typed id goes straight to
 * its recommendation, page text is shown as text, and an index built with
 * another configuration is refused.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, test} from 'vitest';
import {searchFiles} from '../../src/search/build';
import {buildDir, useBuiltSite} from '../support/site-under-test';
import {doc} from './corpus';

/** How long to wait for the worker to load an index on a busy 2-core machine. */
const patience = {timeout: 30_000};

/** Per locale: a query typed without diacritics, and the item it must find (written with them). */
const locales = [
  {locale: 'en', prefix: '', query: 'aleksandrow lodzki', finds: 'MTG-2020-ALEKSANDROW'},
  {locale: 'lt', prefix: '/lt', query: 'mazumu bendruomeniu tarpininkus', finds: 'REC-SRV-02'},
  {locale: 'sr', prefix: '/sr', query: 'medijatore iz manjinskih zajednica', finds: 'REC-SRV-02'},
  {locale: 'el', prefix: '/el', query: 'διαμεσολαβητες μειονοτικες', finds: 'REC-SRV-02'},
] as const;

beforeAll(() => {
  if (!existsSync(path.join(buildDir, 'search-index', 'manifest.json'))) {
    throw new Error(`No search index in ${buildDir}: run \`npm run build\` first, or set KB_BUILD_DIR.`);
  }
});
const site = useBuiltSite();

/** The results of the search page: id (or title) of each, in order. */
async function pageResults(page: Page): Promise<string[]> {
  return page.locator('main ol > li').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
}

/** Waits until the search page has answered (a count, or no result), and returns the list. */
async function settled(page: Page): Promise<string[]> {
  await page.locator('main section[aria-busy=false] [role=status]').filter({hasText: /\d|“/}).waitFor(patience);
  return pageResults(page);
}

describe.each(locales)('$locale', ({prefix, query, finds}) => {
  test('typing on the search page shows results; a query without diacritics finds the page with them', async () => {
    const page = await site.browser.newPage();
    // The working draft: its recommendations are the ones translated.
    await page.goto(`${site.origin}${prefix}/search?edition=current`);
    await page.getByRole('searchbox').last().pressSequentially(query, {delay: 20});
    const results = await settled(page);
    const hit = page.locator('main ol > li').filter({hasText: finds}).first();
    await expect.poll(() => hit.count(), patience).toBe(1);
    const marks = await hit.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // The words found are highlighted as the page writes them, which is not how they were typed.
    const typed = query.split(' ');
    expect(marks.filter((mark) => !typed.includes(mark.toLowerCase()))).not.toEqual([]);
    expect(results.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.close();
  });

  test('facets narrow the results, and the URL reproduces them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${prefix}/search?q=roma&edition=current`);
    const all = await settled(page);
    await page.locator('#kb-facet-kind-best-practice').check();
    await expect.poll(async () => (await pageResults(page)).length, patience).toBeLessThan(all.length);
    const narrowed = await settled(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((text) => /BP-[A-Z]{2}-\d{3}/.test(text))).toBe(true);
    const url = page.url();
    expect(new URL(url).searchParams.getAll('kind')).toEqual(['best-practice']);

    const again = await site.browser.newPage();
    await again.goto(url);
    await expect.poll(() => pageResults(again), patience).toEqual(narrowed);
    expect(await again.locator('#kb-facet-kind-best-practice').isChecked()).toBe(true);
    await page.close();
    await again.close();
  });

  test('the navbar box: nothing loads before focus, results as you type, the keyboard opens one', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}${prefix}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('search-index'))).toEqual([]);

    const box = page.getByRole('combobox');
    const focused = () => box.evaluate((element) => element === document.activeElement);
    // `/` works once the page has hydrated; press it until it does, never twice into the box.
    await expect
      .poll(async () => {
        if (!(await focused())) await page.keyboard.press('/');
        return focused();
      }, patience)
      .toBe(true);
    await page.keyboard.type('roma', {delay: 20});
    const options = page.getByRole('option');
    await expect.poll(() => page.getByRole('listbox').getAttribute('aria-busy'), patience).toBe('false');
    expect(await options.count()).toBeGreaterThan(1);
    expect(requested.filter((url) => url.includes('search-index')).length).toBeGreaterThan(0);
    // Only this locale's index, and one White Paper edition.
    const indexes = new Set(requested.filter((url) => /search-index\/[^/]+\.json$/.test(url) && !url.endsWith('manifest.json')));
    expect(indexes.size).toBe(2);
    expect([...indexes].every((url) => url.startsWith(`${prefix}/search-index/`))).toBe(true);

    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    const title = (await page.locator(`[id="${active}"]`).textContent()) ?? '';
    const before = page.url();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url(), patience).not.toBe(before);
    // The page opened is the result chosen: its heading starts the option's text.
    await expect.poll(async () => title.startsWith((await page.locator('h1').first().textContent()) || '\u0000'), patience).toBe(true);
    await page.close();
  });
});

describe('English only', () => {
  test('a reference id typed in the box goes straight to that recommendation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/docs/`);
    const box = page.getByRole('combobox');
    await box.focus();
    await box.pressSequentially('REC-GOV-03', {delay: 20});
    await expect.poll(() => page.getByRole('option').first().textContent(), patience).toContain('REC-GOV-03');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, patience).toMatch(/\/white-paper\/(next\/)?recommendations\/rec-gov-03$/);
    await page.close();
  });

  test('Enter pressed at once after typing a reference id waits for the answer and opens the recommendation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/docs/`);
    const box = page.getByRole('combobox');
    await box.focus();
    await box.pressSequentially('REC-GOV-03');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, patience).toMatch(/\/white-paper\/(next\/)?recommendations\/rec-gov-03$/);
    await page.close();
  });

  /** Serves `files` in place of the site's search files. */
  async function withIndex(page: Page, files: Map<string, string>): Promise<void> {
    await page.route('**/search-index/**', (route) => {
      const name = new URL(route.request().url()).pathname.replace(/^.*\/search-index\//, '');
      const body = files.get(name);
      return body === undefined ? route.fulfill({status: 404}) : route.fulfill({status: 200, contentType: 'application/json', body});
    });
  }

  test('a page whose text contains markup shows it as text, and runs nothing', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = doc({route: 'docs/', title: 'Quoting <img src=x onerror=alert(1)> in a page', body: 'The page quotes <img src=x onerror=alert(1)> as text, and <script>alert(2)</script> too.'});
    await withIndex(page, searchFiles(['docs', 'white-paper@current'], new Map([['docs', [hostile]]])));
    await page.goto(`${site.origin}/search?q=onerror&edition=current`);
    await settled(page);
    const result = page.locator('main ol > li').first();
    expect(await result.textContent()).toContain('The page quotes <img src=x onerror=alert(1)> as text, and <script>alert(2)</script> too.');
    expect(await result.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('an index built with another configuration is refused, on the page and in the console', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const files = searchFiles(['docs', 'white-paper@current'], new Map([['docs', [doc({route: 'docs/', title: 'Roma', body: 'Roma'})]]]));
    for (const [name, text] of files) {
      if (name !== 'manifest.json' && !name.includes('/')) files.set(name, text.replace('"tokenize":"forward"', '"tokenize":"strict"'));
    }
    await withIndex(page, files);
    await page.goto(`${site.origin}/search?q=roma&edition=current`);
    await expect.poll(() => page.locator('main [role=status]').textContent(), patience).toContain('built for another version of the site');
    expect(await page.locator('main ol > li').count()).toBe(0);
    expect(errors.some((error) => error.includes('SearchConfigMismatchError') || error.includes('another search configuration'))).toBe(true);
    await page.close();
  });
});
