/**
 * The recommendation explorer's model: one row per recommendation of an
 * edition, built from the content plugin's global data, its facets (theme,
 * policy level, actor, status, meeting), sorting and the whole query.
 */
import type {SiteData} from '../content/summary';
import {currentVersion} from '../content/site';
import {actors, policyLevels, statuses, themes} from '../content/vocabularies';
import {countFacets, filterItems, type Facet, type FacetCounts, type Searchable} from './facets';
import type {StateSchema, ViewState} from './state';
import {queryWords, searchText} from './text';

/** A recommendation as the explorer lists it. */
export interface RecommendationRow extends Searchable {
  readonly id: string;
  readonly title: string;
  /** Set when the title is shown in another language than the page's. */
  readonly titleLang?: string;
  readonly summary: string;
  readonly summaryLang?: string;
  /** URL without base URL or locale prefix. */
  readonly url: string;
  readonly theme: string;
  readonly levels: readonly string[];
  readonly actors: readonly string[];
  readonly status: string;
  readonly evidence: readonly string[];
  readonly meetings: readonly string[];
}

/** The recommendations of `edition`, in id order. */
export function recommendationRows(data: SiteData, edition: string): RecommendationRow[] {
  return data.items
    .filter((item) => item.kind === 'recommendation' && item.edition === edition)
    .map((item) => ({
      id: item.id,
      title: item.title,
      titleLang: item.titleLang,
      summary: item.summary ?? '',
      summaryLang: item.summaryLang,
      url: item.url,
      theme: item.theme ?? '',
      levels: item.levels ?? [],
      actors: item.actors ?? [],
      status: item.status,
      evidence: item.evidence ?? [],
      meetings: item.meetings ?? [],
      text: searchText(item.id, item.title, item.summary ?? ''),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The explorer's facets, in the order the page shows them. */
export const recommendationFacets: readonly Facet<RecommendationRow>[] = [
  {key: 'theme', values: (row) => [row.theme]},
  {key: 'level', values: (row) => row.levels},
  {key: 'actor', values: (row) => row.actors},
  {key: 'status', values: (row) => [row.status]},
  {key: 'meeting', values: (row) => row.meetings},
];

/** Sort orders; the first is the default. */
export const recommendationSorts = ['id', 'title', 'status', 'evidence'] as const;

/** The meetings and debates a recommendation can be linked to, in id order. */
export function meetingOptions(data: SiteData): {id: string; title: string; titleLang?: string}[] {
  return data.items
    .filter((item) => item.kind === 'meeting' || item.kind === 'debate')
    .map((item) => ({id: item.id, title: item.title, titleLang: item.titleLang}))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The editions the explorer offers, the default first: the newest released
 * edition, then older ones, then the working draft.
 */
export function explorerEditions(data: SiteData): string[] {
  return [...data.editions, currentVersion];
}

/** What the explorer's URL may hold. */
export function explorerSchema(data: SiteData): StateSchema {
  return {
    facets: {
      theme: Object.keys(themes),
      level: Object.keys(policyLevels),
      actor: Object.keys(actors),
      status: Object.keys(statuses.recommendation),
      meeting: meetingOptions(data).map((m) => m.id),
    },
    editions: explorerEditions(data),
    sorts: recommendationSorts,
  };
}

const statusOrder = Object.keys(statuses.recommendation);

const collators = new Map<string, Intl.Collator>();

/** `rows` in the order of `sort`, ties broken by id; titles compared in `locale`. */
export function sortRows(rows: readonly RecommendationRow[], sort: string, locale: string): RecommendationRow[] {
  // Ids are ASCII: plain comparison, the same in every locale.
  const byId = (a: RecommendationRow, b: RecommendationRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const collator = collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale)).get(locale)!;
  const compare: Record<string, (a: RecommendationRow, b: RecommendationRow) => number> = {
    id: byId,
    title: (a, b) => collator.compare(a.title, b.title) || byId(a, b),
    status: (a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) || byId(a, b),
    evidence: (a, b) => b.evidence.length - a.evidence.length || byId(a, b),
  };
  return [...rows].sort(compare[sort] ?? byId);
}

/** The explorer's answer to a state: the rows to list, in order, and the facet counts. */
export interface Exploration {
  readonly rows: readonly RecommendationRow[];
  readonly counts: FacetCounts;
}

/** Filters, counts and sorts `rows` (one edition's) for `state`. */
export function exploreRecommendations(rows: readonly RecommendationRow[], state: ViewState, locale: string): Exploration {
  const words = queryWords(state.query);
  return {
    rows: sortRows(filterItems(rows, recommendationFacets, state.selection, words), state.sort ?? recommendationSorts[0], locale),
    counts: countFacets(rows, recommendationFacets, state.selection, words),
  };
}
