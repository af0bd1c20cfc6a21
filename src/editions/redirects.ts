/**
 * The permanent short links of recommendations: `/r/REC-GOV-03@2021` for
 * every recommendation in every edition (and `@current` for the working
 * draft), and `/r/REC-GOV-03` for the edition an unpinned reference from
 * the living docs means. They are static pages written by each build from
 * the content index, so they follow a recommendation whose file moves: they
 * resolve by id, never by path.
 */
import type {ContentIndex, Item} from '../content/loader';
import {resolveReference} from '../content/resolve';
import {currentVersion, locales, type Locale} from '../content/site';
import {localTitle} from '../content/store';
import {permalinkPath} from './addresses';

/** A short link and the page it leads to. */
export interface Redirect {
  /** Path without base URL, `/r/…`. */
  readonly from: string;
  /** The item it leads to. */
  readonly item: Item;
}

/** Every short link of the index, for the versions built. */
export function redirectsOf(index: ContentIndex, versions: readonly string[]): Redirect[] {
  const out: Redirect[] = [];
  for (const [id, items] of index.byId) {
    if (items[0].kind !== 'recommendation') continue;
    for (const item of items) if (versions.includes(item.edition)) out.push({from: permalinkPath(id, item.edition), item});
    // The same edition an unpinned `[[ID]]` in the living docs resolves to.
    const unpinned = resolveReference(index, {id}, {instance: 'docs', version: currentVersion});
    if (unpinned.ok && versions.includes(unpinned.item.edition)) out.push({from: permalinkPath(id), item: unpinned.item});
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => escapes[c]);

/**
 * The HTML of a short link in `locale`: a refresh to the page, its canonical
 * address, and a plain link for readers whose browser does not follow.
 * `baseUrl` is the locale's base URL (`/` or `/lt/`); `siteUrl` the site's address.
 */
export function redirectPage(redirect: Redirect, locale: Locale, baseUrl: string, siteUrl: string): string {
  const target = `${baseUrl.replace(/\/+$/, '')}${redirect.item.page.url}`;
  const title = `${redirect.item.id}: ${localTitle(redirect.item, locale)}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locales[locale].htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escape(title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escape(`${siteUrl.replace(/\/+$/, '')}${target}`)}">`,
    `<meta http-equiv="refresh" content="0; url=${escape(target)}">`,
    '</head>',
    '<body>',
    `<p><a href="${escape(target)}">${escape(title)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
