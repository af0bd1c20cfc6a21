/**
 * A policymaker's paths through the production build in Debian's Chromium:
 * the explorer and its filters, a recommendation and its evidence, the map,
 * print, switching language, and search from the navbar.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {useBuiltSite} from '../support/site-under-test';
import {hydrated, inLocale, itemUrl, screenshot} from './support';

const site = useBuiltSite();
let context: BrowserContext;

async function open(path: string): Promise<Page> {
  context = await site.browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  await hydrated(page);
  return page;
}

const rowIds = (page: Page) => page.locator('.kb-table tbody th').allTextContents();

describe('a policymaker finds recommendations and their evidence', () => {
  it('goes from home to the explorer, filters, opens a recommendation, its evidence and a best practice, and back', async () => {
    const page = await open('/');
    await page.getByRole('main').getByRole('link', {name: 'Recommendation explorer'}).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/white-paper/explorer');
    await page.getByRole('heading', {level: 1, name: 'Recommendation explorer'}).waitFor();
    const all = await rowIds(page);
    expect(all.length).toBeGreaterThan(20);
    await screenshot(page, 'explorer-en');

    // Filter: participatory governance, local level.
    await page.getByRole('checkbox', {name: /^Participatory governance/}).check();
    await page.getByRole('checkbox', {name: /^Local/}).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=governance&level=local');
    const filtered = await rowIds(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((id) => id.startsWith('REC-GOV-'))).toBe(true);
    await page.getByRole('heading', {level: 2, name: `${filtered.length} recommendations of ${all.length}`}).waitFor();

    // The recommendation, then the first best practice in its evidence.
    await page.getByRole('link', {name: 'Give migrant and minority residents a standing advisory voice in city policy'}).click();
    await page.getByRole('heading', {level: 1, name: 'Give migrant and minority residents a standing advisory voice in city policy'}).waitFor();
    const evidence = page.locator('#evidence ~ ul a, #evidence + ul a').first();
    const practiceTitle = (await evidence.textContent())!.replace(/BP-[A-Z]{2}-\d{3}$/, '').trim();
    await evidence.click();
    await page.getByRole('heading', {level: 1, name: practiceTitle}).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/docs\/best-practices\/[a-z]{2}\/bp-/);
    await screenshot(page, 'best-practice-en');

    // Back twice: the explorer, filters intact.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=governance&level=local');
    await expect.poll(() => rowIds(page)).toEqual(filtered);
    expect(await page.getByRole('checkbox', {name: /^Participatory governance/}).isChecked()).toBe(true);
    await context.close();
  });

  it('opens a shared URL in the state it names, exports it to CSV and to a printable list', async () => {
    const page = await open('/white-paper/explorer?theme=culture&sort=evidence&q=capital');
    await expect.poll(() => page.getByRole('searchbox', {name: 'Search within the list'}).inputValue()).toBe('capital');
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('REC-CUL-'))).toBe(true);
    expect(await page.getByRole('combobox', {name: 'Sort by'}).inputValue()).toBe('evidence');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download CSV'}).click()]);
    expect(download.suggestedFilename()).toMatch(/^recommendations-.+-en\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFReference,Recommendation,Summary,Theme,Policy levels,Actors,Status,Evidence,Evidence items,Meetings and debates,Address\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(ids);
    expect(lines[1]).toContain('Culture and European Capitals of Culture');

    await page.getByRole('link', {name: 'Printable list'}).click();
    await page.getByRole('heading', {level: 1, name: 'Recommendations of the White Paper'}).waitFor();
    expect(new URL(page.url()).search).toBe('?theme=culture&q=capital&sort=evidence');
    expect(await page.locator('.kb-print-list__id').allTextContents()).toEqual(ids);
    await page.emulateMedia({media: 'print'});
    expect(await page.locator('.navbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', {name: 'Print'}).isVisible()).toBe(false);
    await screenshot(page, 'explorer-print-en');
    await context.close();
  });
});

describe('the best-practice map', () => {
  it('filters the list by the country chosen on the map, and the map by the list\'s filters', async () => {
    const page = await open('/best-practices/map');
    const practices = page.locator('.kb-practice-list__item');
    const total = await practices.count();
    expect(total).toBeGreaterThan(10);
    await screenshot(page, 'map-en');

    const lithuania = page.getByRole('link', {name: /^Lithuania: \d+ best practices?, 1 partner$/});
    const name = await lithuania.getAttribute('aria-label');
    const count = Number(/: (\d+) best/.exec(name!)![1]);
    await lithuania.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?country=LT');
    await expect.poll(() => practices.count()).toBe(count);
    expect(await page.getByRole('checkbox', {name: /^Lithuania/}).isChecked()).toBe(true);
    expect(await lithuania.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('.kb-partners tbody th').allTextContents()).toEqual([expect.stringContaining('Kaunas Regional Development Agency')]);

    // The list's filters change the map: a theme no Lithuanian practice has empties its marker.
    await page.getByRole('checkbox', {name: /^Lithuania/}).uncheck();
    await page.getByRole('checkbox', {name: /^Culture and European Capitals of Culture/}).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=culture');
    const culture = await practices.count();
    expect(culture).toBeLessThan(total);
    const markerCounts = await page.locator('.kb-map__marker').evaluateAll((links) => links.map((l) => Number(/: (\d+) best/.exec(l.getAttribute('aria-label')!)![1])));
    // A practice running in several countries counts in each of them.
    expect(markerCounts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(culture);
    await screenshot(page, 'map-culture-en');
    await context.close();
  });
});

describe('reading in another language and on paper', () => {
  it('switches the locale and lands on the same page, filters kept', async () => {
    const page = await open('/white-paper/explorer?theme=governance');
    const languages = (page: Page) => page.locator('.navbar__items--right .dropdown', {has: page.locator('a[lang="el"]')});
    await languages(page).hover();
    await languages(page).getByRole('link', {name: 'Српски'}).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sr/white-paper/explorer');
    await hydrated(page);
    expect(await page.getAttribute('html', 'lang')).toBe('sr-Cyrl');
    expect(new URL(page.url()).search).toBe('?theme=governance');
    await screenshot(page, 'explorer-sr');

    await page.goto(`${site.origin}${inLocale(itemUrl('BP-LT-001'), 'el')}`);
    await languages(page).hover();
    await languages(page).getByRole('link', {name: 'English'}).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(itemUrl('BP-LT-001'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('prints a recommendation without navigation, with the addresses of its links', async () => {
    const page = await open(itemUrl('REC-GOV-01'));
    await page.emulateMedia({media: 'print'});
    for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.pagination-nav', '.footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const link = page.locator('article .markdown a[href^="/docs/best-practices/"]').first();
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await link.getAttribute('href'));
    // Before the browser's own print dialogue, links get their full address.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await link.getAttribute('data-print-url')).toBe(`${site.origin}${await link.getAttribute('href')}`);
    expect(await page.locator('h1').first().evaluate((h) => getComputedStyle(h).breakBefore)).toBe('page');
    await page.screenshot({path: `${__dirname}/../../test-results/screenshots/print-recommendation-en.png`, fullPage: true});
    await context.close();
  });
});

describe('search from the navbar', () => {
  it('finds a meeting by a word typed without diacritics and opens it', async () => {
    const page = await open('/');
    const box = page.locator('.navbar').getByRole('searchbox').or(page.locator('.navbar').getByRole('combobox')).first();
    await box.click();
    await box.fill('kaunas');
    const result = page.getByRole('option', {name: /Participatory governance and civil society/}).or(page.getByRole('link', {name: /Participatory governance and civil society/})).first();
    await result.waitFor();
    await result.click();
    await page.getByRole('heading', {level: 1, name: 'Participatory governance and civil society in intercultural policy-making'}).waitFor();
    expect(new URL(page.url()).pathname).toBe(itemUrl('MTG-2021-KAUNAS'));
    await context.close();
  });
});
