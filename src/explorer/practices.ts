/**
 * The best-practice finder's model: practices from the content plugin's
 * global data and the network's partners, filtered by theme, target group,
 * status and country (the map selects countries), and by free text.
 */
import type {SiteData} from '../content/summary';
import {partners, type Partner} from '../content/partners';
import {countries, statuses, targetGroups, themes, type CountryCode} from '../content/vocabularies';
import {countFacets, filterItems, type Facet, type FacetCounts, type Searchable} from './facets';
import type {StateSchema, ViewState} from './state';
import {matchesWords, queryWords, searchText} from './text';

/** A best practice as the finder lists it. */
export interface PracticeRow extends Searchable {
  readonly id: string;
  readonly title: string;
  readonly titleLang?: string;
  readonly url: string;
  /** Its country first, then the other countries where it runs. */
  readonly countries: readonly string[];
  readonly city?: string;
  /** Id of the network partner whose practice it is. */
  readonly partner?: string;
  readonly themes: readonly string[];
  readonly targetGroups: readonly string[];
  readonly status: string;
}

/** A partner as the finder lists it. */
export interface PartnerRow extends Searchable {
  readonly partner: Partner;
}

/** Every best practice, in id order. */
export function practiceRows(data: SiteData): PracticeRow[] {
  return data.items
    .filter((item) => item.kind === 'best-practice')
    .map((item) => ({
      id: item.id,
      title: item.title,
      titleLang: item.titleLang,
      url: item.url,
      countries: [item.country ?? '', ...(item.alsoIn ?? [])].filter((c) => c !== ''),
      city: item.city,
      partner: item.partner,
      themes: item.themes ?? [],
      targetGroups: item.targetGroups ?? [],
      status: item.status,
      text: searchText(item.id, item.title, item.city ?? ''),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every partner of the network, in the order of `src/content/partners.ts`. */
export function partnerRows(): PartnerRow[] {
  return partners.map((partner: Partner) => ({partner, text: searchText(partner.name, partner.localName ?? '', partner.city ?? '')}));
}

/** The finder's facets, in the order the page shows them. */
export const practiceFacets: readonly Facet<PracticeRow>[] = [
  {key: 'country', values: (row) => row.countries},
  {key: 'theme', values: (row) => row.themes},
  {key: 'group', values: (row) => row.targetGroups},
  {key: 'status', values: (row) => [row.status]},
];

/** What the finder's URL may hold. */
export const practiceSchema: StateSchema = {
  facets: {
    country: Object.keys(countries),
    theme: Object.keys(themes),
    group: Object.keys(targetGroups),
    status: Object.keys(statuses['best-practice']),
  },
};

/** The finder's answer to a state. */
export interface PracticeSearch {
  readonly practices: readonly PracticeRow[];
  /** Counts per facet value; `country` counts are what the map shows. */
  readonly counts: FacetCounts;
  /** Partners in the selected countries (all when none is selected) that match the text. */
  readonly partners: readonly PartnerRow[];
  /** Partners matching the text, per country, whatever country is selected: the map's partner markers. */
  readonly partnersByCountry: ReadonlyMap<CountryCode, number>;
}

/** Filters practices and partners for `state`. */
export function explorePractices(practices: readonly PracticeRow[], partnerList: readonly PartnerRow[], state: ViewState): PracticeSearch {
  const words = queryWords(state.query);
  const matching = partnerList.filter((row) => matchesWords(row.text, words));
  const selected = state.selection.country ?? [];
  const partnersByCountry = new Map<CountryCode, number>();
  for (const {partner} of matching) partnersByCountry.set(partner.country, (partnersByCountry.get(partner.country) ?? 0) + 1);
  return {
    practices: filterItems(practices, practiceFacets, state.selection, words),
    counts: countFacets(practices, practiceFacets, state.selection, words),
    partners: selected.length === 0 ? matching : matching.filter((row) => selected.includes(row.partner.country)),
    partnersByCountry,
  };
}
