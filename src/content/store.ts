/**
 * One content index per site directory, shared by the site config, the
 * content plugin and the remark plugin. Docusaurus loads those modules
 * separately, so the index lives on `globalThis`; the content plugin
 * refreshes it whenever Docusaurus reloads content (each build, and each
 * change during `npm start`).
 */
import path from 'node:path';
import {itemKey, loadContentIndex, pageKey, type ContentIndex, type Item, type Page} from './loader';
import {currentVersion, defaultLocale, type Locale} from './site';

interface Store {
  index?: ContentIndex;
  pageByFile?: Map<string, Page>;
  locale: Locale;
}

const store: Store = ((globalThis as Record<symbol, Store>)[Symbol.for('kb.content-store')] ??= {locale: defaultLocale});

/** The index of `siteDir`, read from disk the first time. */
export function getContentIndex(siteDir: string): ContentIndex {
  if (store.index?.siteDir !== path.resolve(siteDir)) return refreshContentIndex(siteDir);
  return store.index;
}

/** Reads `siteDir` again and makes that the shared index. */
export function refreshContentIndex(siteDir: string): ContentIndex {
  store.index = loadContentIndex(path.resolve(siteDir));
  store.pageByFile = undefined;
  return store.index;
}

/** The locale being built; the content plugin sets it as Docusaurus loads each locale. */
export function buildLocale(): Locale {
  return store.locale;
}

export function setBuildLocale(locale: Locale): void {
  store.locale = locale;
}

/**
 * For a remark plugin that only works on the other locales' sites: the
 * locale being built, the index and the page of `file`, or undefined while
 * building English or for a file outside the content.
 */
export function pageInOtherLocale(siteDir: string, file: string | undefined): {locale: Locale; index: ContentIndex; page: Page} | undefined {
  const locale = buildLocale();
  if (locale === defaultLocale || !file) return undefined;
  const index = getContentIndex(siteDir);
  const page = pageOfFile(index, file);
  return page && {locale, index, page};
}

/** The page of an absolute or site-relative file path. */
export function pageOfFile(index: ContentIndex, file: string): Page | undefined {
  if (!store.pageByFile || store.index !== index) {
    store.pageByFile = new Map(index.pages.map((page) => [page.file, page]));
  }
  const relative = path.isAbsolute(file) ? path.relative(index.siteDir, file) : file;
  return store.pageByFile.get(relative.split(path.sep).join('/'));
}

/** The item a page shows: its own, or for a translation, its English source's. */
export function itemOfPage(index: ContentIndex, page: Page): Item | undefined {
  const source = page.locale === defaultLocale ? page : index.pageByPath.get(pageKey(page.instance, page.version, defaultLocale, page.relativePath));
  if (!source?.itemId) return undefined;
  return index.items.get(itemKey(source.itemId, page.instance === 'white-paper' ? page.version : currentVersion));
}

/** The title of `item` in `locale`: its translation's, or the English one. */
export function localTitle(item: Item, locale: Locale): string {
  return item.translations.get(locale)?.parsed.title ?? item.title;
}
