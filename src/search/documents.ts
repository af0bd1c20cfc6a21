/**
 * What the search index of a locale holds: every page the locale shows
 * (its translation where one exists, the English page shown in its place
 * otherwise), grouped into scopes (the living docs, and each White Paper
 * edition), with titles, headings and facets taken from the content index.
 */
import {pageKey, type ContentIndex} from '../content/loader';
import {currentVersion, defaultLocale, instances, urlOf, type Locale} from '../content/site';
import {itemOfPage, localTitle} from '../content/store';
import type {FacetValues, ResultKind} from './facets';
import {docsScope, editionScope} from './scopes';

/** A page to index, before its built HTML is read. */
export interface SearchSource {
  readonly scope: string;
  /** Path of the page under the locale's root, without leading slash (`docs/meetings`). */
  readonly route: string;
  readonly title: string;
  readonly headings: readonly string[];
  readonly kind: ResultKind;
  /** The item's reference id, for item pages. */
  readonly ref?: string;
  readonly facets: FacetValues;
  /** The Markdown file shown (the translation, or the English source). */
  readonly file: string;
}

/**
 * The pages of `locale`, in the content index's order. Pages marked
 * `draft` or `unlisted` are left out: readers cannot reach them from the site.
 */
export function searchSources(index: ContentIndex, locale: Locale): SearchSource[] {
  const out: SearchSource[] = [];
  for (const source of index.pages) {
    if (source.locale !== defaultLocale) continue;
    const page = index.pageByPath.get(pageKey(source.instance, source.version, locale, source.relativePath)) ?? source;
    const front = {...source.parsed.frontMatter, ...page.parsed.frontMatter};
    if (front.draft === true || front.unlisted === true) continue;
    const item = itemOfPage(index, source);
    const scope = source.instance === instances['white-paper'].id ? editionScope(source.version) : docsScope;
    const route = urlOf({...page, locale: defaultLocale}, index.editions).replace(/^\//, '');
    const title = item ? localTitle(item, locale) : (page.parsed.title ?? source.parsed.title ?? source.docPath);
    out.push({
      scope,
      route,
      title,
      headings: page.parsed.headings.filter((heading) => heading.depth > 1).map((heading) => heading.text),
      kind: item?.kind ?? 'page',
      ...(item ? {ref: item.id} : {}),
      facets: item ? facetsOf(item.kind, item.fields as Record<string, unknown>) : {kind: ['page']},
      file: page.file,
    });
  }
  return out;
}

/** The facet values of an item, from its front-matter fields. */
export function facetsOf(kind: ResultKind, fields: Record<string, unknown>): FacetValues {
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);
  const facets: Record<string, string[]> = {kind: [kind]};
  const theme = [...list(fields.theme), ...list(fields.themes)];
  if (theme.length) facets.theme = theme;
  if (list(fields.levels).length) facets.level = list(fields.levels);
  const country = [...list(fields.country), ...list(fields.alsoIn)];
  if (country.length) facets.country = [...new Set(country)];
  if (typeof fields.status === 'string') facets.status = [fields.status];
  return facets;
}

/** Every scope a locale's search offers: the living docs, the draft and each released edition. */
export function scopesOf(index: ContentIndex): string[] {
  return [docsScope, editionScope(currentVersion), ...index.editions.map(editionScope)];
}
