/**
 * The compact view of the content index that the browser gets as
 * Docusaurus global data: one entry per item of the locale being built,
 * with the fields that pages filter and count by.
 */
import {itemKey, type ContentIndex} from './loader';
import {linksOf} from './resolve';
import type {Kind} from './schema';
import {defaultLocale, type Locale} from './site';
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
  readonly alsoIn?: readonly string[];
  readonly city?: string;
  readonly partner?: string;
  readonly evidence?: readonly string[];
  readonly implements?: readonly string[];
  /** Recommendations: ids of the meetings and debates linked to it either way (evidence, status changes, text, outcomes). */
  readonly meetings?: readonly string[];
  /** `en` when the title is shown in English on another locale's pages (not translated yet). */
  readonly titleLang?: string;
  /** `en` when the summary is shown in English on another locale's pages. */
  readonly summaryLang?: string;
}

/** The global data of the content plugin. */
export interface SiteData {
  readonly editions: readonly string[];
  readonly items: readonly ItemSummary[];
}

const copied = ['theme', 'themes', 'levels', 'actors', 'targetGroups', 'country', 'alsoIn', 'city', 'partner', 'evidence', 'implements'] as const;
const meetingKinds: readonly Kind[] = ['meeting', 'debate'];

/**
 * The meetings and debates linked to each recommendation (by item key),
 * from the resolved references: the recommendation's own references to
 * them, and their outcomes naming it (in any edition of it).
 */
function meetingsByRecommendation(index: ContentIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, meeting: string) => out.set(key, (out.get(key) ?? new Set()).add(meeting));
  for (const {from, fromItem, target} of linksOf(index).edges) {
    if (from.locale !== defaultLocale || !fromItem) continue;
    if (fromItem.kind === 'recommendation' && meetingKinds.includes(target.kind)) add(itemKey(fromItem.id, fromItem.edition), target.id);
    if (meetingKinds.includes(fromItem.kind) && target.kind === 'recommendation') {
      for (const edition of index.byId.get(target.id) ?? []) add(itemKey(edition.id, edition.edition), fromItem.id);
    }
  }
  return out;
}

/** Summarises `index` for pages built in `locale`. */
export function summariseIndex(index: ContentIndex, locale: Locale): SiteData {
  const meetings = meetingsByRecommendation(index);
  const items = [...index.items.values()].map((item) => {
    const fields = item.fields as Record<string, unknown>;
    const translation = item.translations.get(locale)?.parsed;
    const summary = (translation?.frontMatter.summary ?? fields.summary) as string | undefined;
    const entry: Record<string, unknown> = {id: item.id, kind: item.kind, edition: item.edition, title: localTitle(item, locale), status: fields.status, url: item.page.url};
    if (summary !== undefined) entry.summary = summary;
    for (const key of copied) if (fields[key] !== undefined) entry[key] = fields[key];
    const linked = meetings.get(itemKey(item.id, item.edition));
    if (item.kind === 'recommendation') entry.meetings = linked ? [...linked].sort() : [];
    if (locale !== defaultLocale) {
      if (translation?.title === undefined) entry.titleLang = defaultLocale;
      if (summary !== undefined && translation?.frontMatter.summary === undefined) entry.summaryLang = defaultLocale;
    }
    return entry as unknown as ItemSummary;
  });
  return {editions: index.editions, items};
}
