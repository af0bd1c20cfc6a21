/**
 * WCAG 2.1 AA on every kind of page, in English, Serbian (Cyrillic) and
 * Greek: axe-core finds no violation in light or dark mode, every page
 * carries its language, fragments in other languages carry theirs, and
 * the explorer and the map work from the keyboard with a visible focus.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import type {Locale} from '../../src/content/site';
import {useBuiltSite} from '../support/site-under-test';
import {axeViolations, built, htmlLang, hydrated, inLocale, itemUrl, screenshot, whitePaperUrl} from './support';

const site = useBuiltSite();

/** Opens `url` in a fresh context; the site's CSP is bypassed only so that axe-core can be injected. */
async function open(url: string): Promise<{page: Page; status: number; close: () => Promise<void>}> {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 900}, bypassCSP: true, colorScheme: 'light'});
  const page = await context.newPage();
  const response = await page.goto(`${site.origin}${url}`);
  await hydrated(page);
  return {page, status: response?.status() ?? 0, close: () => context.close()};
}

const kinds: {name: string; url: string; status?: number}[] = [
  {name: 'home', url: '/'},
  {name: 'chapter', url: whitePaperUrl('chapters/governance.md')},
  {name: 'recommendation', url: itemUrl('REC-GOV-01')},
  {name: 'best practice', url: itemUrl('BP-LT-001')},
  {name: 'meeting', url: itemUrl('MTG-2021-KAUNAS')},
  {name: 'explorer', url: '/white-paper/explorer?theme=governance'},
  {name: 'printable list', url: '/white-paper/explorer/print?level=eu'},
  {name: 'map', url: '/best-practices/map?country=LT'},
  {name: 'partners', url: '/docs/network/partners'},
  {name: 'search', url: '/search?q=kaunas'},
  {name: 'coverage', url: '/docs/translating/coverage'},
  {name: '404', url: '/no-such-page', status: 404},
];
const testedLocales: Locale[] = ['en', 'sr', 'el'];

for (const locale of testedLocales) {
  describe(`WCAG 2.1 AA in ${locale}`, () => {
    for (const kind of kinds) {
      const url = inLocale(kind.url, locale);
      const present = kind.status === 404 || built(url.split('?')[0]);
      it.skipIf(!present)(`${kind.name}: no axe-core violation in light or dark mode, and lang="${htmlLang(locale)}"`, async () => {
        const {page, status, close} = await open(url);
        expect(status).toBe(kind.status ?? 200);
        expect(await page.getAttribute('html', 'lang')).toBe(htmlLang(locale));
        expect(await axeViolations(page)).toEqual([]);
        // The colour mode is CSS on `data-theme`: switch it (without Infima's colour transitions, which
        // axe would catch half-way) and check the contrast again.
        await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
        expect(await axeViolations(page)).toEqual([]);
        if (locale !== 'en' && ['explorer', 'map'].includes(kind.name)) await screenshot(page, `${kind.name.replace(/ /g, '-')}-${locale}-dark`);
        await close();
      });
    }
  });
}

describe('language of parts', () => {
  it('marks partners\' names in their own language, and English names on other locales\' pages', async () => {
    const {page, close} = await open(inLocale('/docs/network/partners', 'sr'));
    const langOf = (text: string) => page.locator('.kb-partners span', {hasText: text}).first().getAttribute('lang');
    expect(await langOf('Kauno regiono plėtros agentūra')).toBe('lt');
    expect(await langOf('Нови Сад 2021')).toBe('sr-Cyrl');
    expect(await langOf('Општина Могила')).toBe('mk');
    expect(await langOf('Carnikava Municipality')).toBe('en');
    // Years are years, not numbers formatted for the locale (`2.022`).
    expect(await page.locator('.kb-partners').textContent()).toMatch(/Kaunas: [^,]* 2022(?!\d)/);
    await close();
  });

  it('marks a page shown in English for want of a translation as English, and its notice as Serbian', async () => {
    const {page, close} = await open(inLocale('/docs/accessibility', 'sr'));
    const langs = await page.evaluate(() => ({
      html: document.documentElement.lang,
      title: document.querySelector('article h1')?.closest('[lang]')?.getAttribute('lang'),
      text: document.querySelector('article .markdown > p')?.closest('[lang]')?.getAttribute('lang'),
      banner: document.querySelector('.kb-translation-banner')?.closest('[lang]')?.getAttribute('lang'),
    }));
    expect(langs).toEqual({html: 'sr-Cyrl', title: 'en', text: 'en', banner: 'sr-Cyrl'});
    await close();
  });

  it('leaves a translated page in its own language', async () => {
    const {page, close} = await open(inLocale('/docs/translating/', 'sr'));
    expect(await page.evaluate(() => document.querySelector('article h1')?.closest('[lang]')?.getAttribute('lang'))).toBe('sr-Cyrl');
    await close();
  });

  it('marks recommendation titles shown in English on a Greek page', async () => {
    const {page, close} = await open(inLocale('/white-paper/explorer', 'el'));
    const titles = await page.locator('.kb-table__title').evaluateAll((links) => links.map((a) => ({lang: a.getAttribute('lang'), text: a.textContent ?? ''})));
    expect(titles.length).toBeGreaterThan(0);
    // A title in Latin letters on the Greek page is the English fallback and must say so.
    for (const {lang, text} of titles) expect(lang === 'en').toBe(!/[\u0370-\u03ff]/.test(text));
    await close();
  });
});

describe('keyboard', () => {
  it('skips to the content, filters the explorer and shows where the focus is', async () => {
    const {page, close} = await open('/white-paper/explorer');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href')}));
    expect(skip.text).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    // From the main content, the first checkbox is a few tabs away: edition, search, then the theme summary and its boxes.
    let focused = '';
    for (let i = 0; i < 8 && focused !== 'checkbox'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '');
    }
    expect(focused).toBe('checkbox');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=governance');
    await close();
  });

  it('reaches the map\'s markers by Tab, shows the focus on them and selects with Enter', async () => {
    const {page, close} = await open('/best-practices/map');
    await page.locator('.kb-map__marker').first().focus();
    const ring = await page.locator('.kb-map__marker').first().evaluate((link) => getComputedStyle(link.querySelector('.kb-map__dot')!).strokeWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toMatch(/^\?country=[A-Z]{2}$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('kb-map__marker'))).toBe(true);
    await close();
  });
});
