/**
 * The White Paper of one edition and locale as a PDF, printed by Chromium
 * from the production build: title page, contents with page numbers, every
 * page of the edition, page numbers in the footer, bookmarks and tags.
 */
import type {Browser} from 'playwright-core';
import type {TFunction} from 'i18next';
import {currentVersion, locales, urlOf, type Locale} from '../content/site';
import {bookHtml, escapeHtml, type Chapter} from './book';
import {destinationPages} from './destinations';
import {collectPages} from './extract';
import {linkChapters} from './links';

/** Options of {@link whitePaperPdf}. */
export interface WhitePaperPdfOptions {
  readonly browser: Browser;
  /** Origin the production build is served from (`http://127.0.0.1:4173`). */
  readonly origin: string;
  /** The public address of the site, for links and the title page. */
  readonly siteUrl: string;
  /** `current` or a released edition. */
  readonly edition: string;
  /** Released editions, newest first (their URLs depend on it). */
  readonly editions: readonly string[];
  readonly locale: Locale;
  /** Translate function of `locale` (catalogue section `pdf`). */
  readonly t: TFunction;
  /** Date printed on the title page. Default: now. */
  readonly date?: Date;
}

/** The PDF and what it holds. */
export interface WhitePaperPdf {
  readonly pdf: Buffer;
  readonly chapters: readonly Chapter[];
  /** Page number of each chapter, as printed in the contents. */
  readonly pages: ReadonlyMap<string, number>;
}

/** Prints the White Paper. */
export async function whitePaperPdf({browser, origin, siteUrl, edition, editions, locale, t, date = new Date()}: WhitePaperPdfOptions): Promise<WhitePaperPdf> {
  const startPath = urlOf({instance: 'white-paper', version: edition, locale, docPath: ''}, editions);
  const context = await browser.newContext({colorScheme: 'light'});
  try {
    const page = await context.newPage();
    const collected = await collectPages(page, `${origin}${startPath}`);
    const chapters: Chapter[] = collected.map(({anchor, title, category, html}) => ({anchor, title, category, html: linkChapters(html, origin, siteUrl, collected)}));
    const lang = locales[locale].htmlLang;
    const editionLabel = edition === currentVersion ? t('pdf.editionCurrent') : t('pdf.editionNamed', {edition});
    const texts = {
      title: t('pdf.title'),
      network: t('pdf.network'),
      edition: editionLabel,
      notice: t('pdf.draftNotice'),
      printedFrom: t('pdf.printedFrom', {url: `${siteUrl.replace(/\/+$/, '')}${startPath}`, date: new Intl.DateTimeFormat(lang, {dateStyle: 'long'}).format(date)}),
      contents: t('pdf.contents'),
    };
    const options = {
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      margin: {top: '18mm', bottom: '18mm', left: '16mm', right: '16mm'},
      headerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;color:#333;">${escapeHtml(`${texts.title} – ${editionLabel}`)}</div>`,
      footerTemplate: `<div style="font-size:9px;width:100%;text-align:center;color:#000;">${t('pdf.pageOf', {page: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>'})}</div>`,
    } as const;

    // Contents need page numbers, which only the printed PDF knows: print, read them, print again.
    let pages = new Map<string, number>();
    for (let pass = 0; pass < 3; pass++) {
      await page.setContent(bookHtml({lang, texts, chapters, stylesheets: collected[0].stylesheets, pages}), {waitUntil: 'load'});
      await page.emulateMedia({media: 'print'});
      const pdf = await page.pdf(options);
      const found = destinationPages(pdf);
      const numbers = new Map(chapters.map((c) => [c.anchor, found.get(c.anchor) ?? 0]));
      if (chapters.every((c) => numbers.get(c.anchor) === pages.get(c.anchor))) return {pdf, chapters, pages};
      pages = numbers;
    }
    throw new Error('The page numbers of the contents did not settle after three passes.');
  } finally {
    await context.close();
  }
}
