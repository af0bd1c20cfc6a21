/**
 * Reading the White Paper from the built site in a browser: from the
 * edition's first page, each page's content, then its "next" link, in the
 * order of the sidebar, as Docusaurus built it.
 */
import type {Page} from 'playwright-core';

/** What {@link readChapter} returns for one page. */
export interface ReadPage {
  readonly title: string;
  readonly category?: string;
  /** Content with ids and in-page links prefixed, other links absolute. */
  readonly html: string;
  /** Absolute URL of the next page of the sidebar. */
  readonly next?: string;
  /** The site's stylesheets, absolute URLs. */
  readonly stylesheets: string[];
}

/**
 * Runs in the page (self-contained: Playwright sends its source): the
 * doc's content, with ids prefixed by `anchor` so that the chapters of one
 * document never clash.
 */
export function readChapter(anchor: string): ReadPage {
  const content = document.querySelector('article .theme-doc-markdown');
  if (!content) throw new Error(`No document content at ${location.href}`);
  const clone = content.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.hash-link').forEach((element) => element.remove());
  clone.querySelectorAll('[id]').forEach((element) => {
    element.id = `${anchor}-${element.id}`;
  });
  clone.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((link) => {
    const href = link.getAttribute('href')!;
    link.setAttribute('href', href.startsWith('#') ? `#${anchor}-${href.slice(1)}` : link.href);
  });
  clone.querySelectorAll<HTMLImageElement>('img[src]').forEach((image) => image.setAttribute('src', image.src));
  const crumbs = Array.from(document.querySelectorAll('.breadcrumbs__item'))
    .map((item) => item.textContent?.trim() ?? '')
    .filter((text) => text !== '');
  return {
    title: clone.querySelector('h1')?.textContent?.trim() ?? document.title,
    category: crumbs.length > 1 ? crumbs[crumbs.length - 2] : undefined,
    html: clone.innerHTML,
    next: document.querySelector<HTMLAnchorElement>('a.pagination-nav__link--next')?.href,
    stylesheets: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map((link) => link.href),
  };
}

/** A page of the edition as read, with its address and anchor. */
export interface CollectedPage extends ReadPage {
  readonly path: string;
  readonly anchor: string;
}

/**
 * Every page of the edition starting at `start` (an absolute URL), in
 * sidebar order. Throws when `start` is not a page of the build.
 */
export async function collectPages(page: Page, start: string): Promise<CollectedPage[]> {
  const out: CollectedPage[] = [];
  const seen = new Set<string>();
  for (let url: string | undefined = start; url && !seen.has(url); ) {
    seen.add(url);
    const response = await page.goto(url, {waitUntil: 'load'});
    if (!response || response.status() !== 200) throw new Error(`No page at ${url} (status ${response?.status() ?? 'none'}): build this edition and locale first.`);
    const anchor = `c${out.length + 1}`;
    const read = await page.evaluate(readChapter, anchor);
    out.push({...read, path: new URL(url).pathname, anchor});
    url = read.next;
  }
  return out;
}
