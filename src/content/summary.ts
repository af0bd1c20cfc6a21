/**
 * The compact view of the content index that the browser gets as
 * Docusaurus global data: one entry per item of the locale being built,
 * with the fields that pages filter and count by.
 */
import type {ContentIndex} from './loader';
import type {Kind} from './schema';
import type {Locale} from './site';
import {localTitle} from './store';

/** One item as the site's pages see it. */
export interface ItemSummary {
  readonly id: string;
  readonly kind: Kind;
  readonly edition: string;
  readonly title: string;
  readonly status: string;
  /** URL without base URL or locale prefix (Docusaurus' Link adds them). */
  readonly url: string;
  readonly summary?: string;
  readonly theme?: string;
  readonly themes?: readonly string[];
  readonly levels?: readonly string[];
  readonly actors?: readonly string[];
  readonly targetGroups?: readonly string[];
  readonly country?: string;
  readonly city?: string;
  readonly evidence?: readonly string[];
  readonly implements?: readonly string[];
}

/** The global data of the content plugin. */
export interface SiteData {
  readonly editions: readonly string[];
  readonly items: readonly ItemSummary[];
}

const copied = ['theme', 'themes', 'levels', 'actors', 'targetGroups', 'country', 'city', 'evidence', 'implements'] as const;

/** Summarises `index` for pages built in `locale`. */
export function summariseIndex(index: ContentIndex, locale: Locale): SiteData {
  const items = [...index.items.values()].map((item) => {
    const fields = item.fields as Record<string, unknown>;
    const translated = item.translations.get(locale)?.parsed.frontMatter;
    const summary = (translated?.summary ?? fields.summary) as string | undefined;
    const entry: Record<string, unknown> = {id: item.id, kind: item.kind, edition: item.edition, title: localTitle(item, locale), status: fields.status, url: item.page.url};
    if (summary !== undefined) entry.summary = summary;
    for (const key of copied) if (fields[key] !== undefined) entry[key] = fields[key];
    return entry as unknown as ItemSummary;
  });
  return {editions: index.editions, items};
}
