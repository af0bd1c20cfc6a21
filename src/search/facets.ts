/**
 * The facets of the search page: what each result can be filtered by, and
 * how a set of chosen values filters and counts results. Within a facet the
 * chosen values are alternatives (any of them); across facets all must hold.
 */
import type {Kind} from '../content/schema';

/** The facets a result can be filtered by (the edition is chosen apart: it picks the index). */
export const facetNames = ['kind', 'theme', 'level', 'country', 'status'] as const;
export type FacetName = (typeof facetNames)[number];

/** The kind of a search result: an item's kind, or a plain page. */
export type ResultKind = Kind | 'page';

/** Facet values of one document. */
export type FacetValues = Readonly<Partial<Record<FacetName, readonly string[]>>>;

/** Chosen values per facet; a facet without values does not filter. */
export type FacetSelection = Readonly<Partial<Record<FacetName, readonly string[]>>>;

/** Counts per facet and value, over the results that the other facets let through. */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** Whether `values` pass `selection`, ignoring the facet `except`. */
export function passes(values: FacetValues, selection: FacetSelection, except?: FacetName): boolean {
  for (const name of facetNames) {
    const chosen = selection[name];
    if (name === except || !chosen || chosen.length === 0) continue;
    const own = values[name] ?? [];
    if (!chosen.some((value) => own.includes(value))) return false;
  }
  return true;
}

/**
 * Counts of each facet value among `documents`, each facet counted with the
 * other facets applied (so choosing a theme still shows how many results each
 * other theme would give).
 */
export function countFacets(documents: readonly FacetValues[], selection: FacetSelection): FacetCounts {
  const counts = Object.fromEntries(facetNames.map((name) => [name, {}])) as FacetCounts;
  const filtering = facetNames.some((name) => (selection[name]?.length ?? 0) > 0);
  for (const values of documents) {
    for (const name of facetNames) {
      const own = values[name];
      if (!own || (filtering && !passes(values, selection, name))) continue;
      for (const value of own) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}
