/**
 * Translations in a real browser, on the production build in `KB_BUILD_DIR`
 * (default `build/`), for Lithuanian, Serbian (Cyrillic) and Greek: the
 * page's language, the locale dropdown, the locale's navbar and facts-box labels, dates in the
 * reader's language, `hreflang` alternates, and the banners (machine
 * translation, partial translation, page shown in English) in the reader's
 * language, whose link to the English original leaves the locale.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {locales} from '../../src/content/site';
import {formatDate} from '../../src/remark/references/lib/decorate';
import {buildDir, useBuiltSite} from '../support/site-under-test';

const root = path.resolve(__dirname, '../..');

type Strings = Record<string, Record<string, string>>;
const catalogue = (locale: string) => JSON.parse(readFileSync(path.join(root, 'i18n', locale, 'kb.json'), 'utf8')) as Strings;
const navbar = (locale: string) => JSON.parse(readFileSync(path.join(root, 'i18n', locale, 'docusaurus-theme-classic/navbar.json'), 'utf8')) as Record<string, {message: string}>;

beforeAll(() => {
  for (const locale of ['lt', 'sr', 'el']) {
    if (!existsSync(path.join(buildDir, locale, 'index.html'))) throw new Error(`No ${locale} site in ${buildDir}: run \`npm run build\` first, or set KB_BUILD_DIR.`);
  }
});
const site = useBuiltSite();

describe.each(['lt', 'sr', 'el'] as const)('%s', (locale) => {
  const strings = catalogue(locale);

  test('the White Paper introduction: language, navbar, machine-translation banner, link to the English original', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/${locale}/white-paper/`);
    expect(await page.getAttribute('html', 'lang')).toBe(locales[locale].htmlLang);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.navbar').getByText(navbar(locale)['item.label.White Paper'].message, {exact: true}).first().isVisible()).toBe(true);
    const dropdown = await page.locator('.navbar a.dropdown__link[lang]').evaluateAll((links) => links.map((l) => [l.getAttribute('lang'), l.textContent, new URL((l as HTMLAnchorElement).href).pathname]));
    expect(dropdown).toEqual(Object.entries(locales).map(([code, info]) => [info.htmlLang, info.label, code === 'en' ? '/white-paper/' : `/${code}/white-paper/`]));
    const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])));
    expect(alternates).toMatchObject({en: '/white-paper/', lt: '/lt/white-paper/', 'sr-Cyrl': '/sr/white-paper/', el: '/el/white-paper/', 'x-default': '/white-paper/'});

    const banner = page.locator('.kb-translation-banner');
    expect(await banner.getAttribute('aria-label')).toBe(strings.translation.label);
    expect(await banner.locator('.kb-translation-banner__notice').allInnerTexts()).toEqual([strings.translation.machine]);
    const english = banner.getByRole('link', {name: strings.translation.readSource});
    expect(await english.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${site.origin}/white-paper/`);
    expect(await banner.getByRole('link', {name: strings.translation.guide}).evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)).toBe(`/${locale}/docs/translating#review`);
    await Promise.all([page.waitForURL(`${site.origin}/white-paper/`), english.click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.kb-translation-banner').count()).toBe(0);
    await page.close();
  });

  test('a recommendation translated in part: both notices, facts box labels in the language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/${locale}/white-paper/recommendations/rec-gov-01`);
    expect(await page.locator('.kb-translation-banner .kb-translation-banner__notice').allInnerTexts()).toEqual([strings.translation.machine, strings.translation.partial]);
    expect(await page.locator('.kb-facts .kb-facts__term').first().innerText()).toBe(strings.item.status);
    await page.close();
  });

  test('a page not translated: shown in English, said so in the language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/${locale}/docs/network/partners`);
    expect(await page.getAttribute('html', 'lang')).toBe(locales[locale].htmlLang);
    expect(await page.locator('.kb-translation-banner .kb-translation-banner__notice').allInnerTexts()).toEqual([strings.translation.missing]);
    expect(await page.locator('.kb-translation-banner').getByRole('link', {name: strings.translation.guide}).count()).toBe(1);
    await page.close();
  });

  test('meeting dates in the reader’s language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/${locale}/docs/meetings/mtg-2021-kaunas`);
    const dates = page.locator('.kb-facts__term', {hasText: strings.item.dates}).locator('xpath=following-sibling::*[1]');
    expect(await dates.innerText()).toBe(`${formatDate('2021-04-13', locale)} – ${formatDate('2021-04-15', locale)}`);
    await page.close();
  });
});
