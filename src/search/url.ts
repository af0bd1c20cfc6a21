/**
 * The search page's state in its URL, so that a list of results can be
 * shared: `/search?q=roma&kind=best-practice&country=RS&edition=2021`. A
 * facet with several values repeats its parameter.
 */
import {currentVersion} from '../content/site';
import {facetNames, type FacetName, type FacetSelection} from './facets';

/** The search page's path below the locale's base URL. */
export const searchRoute = 'search';

/** What the search page shows. */
export interface SearchState {
  readonly query: string;
  readonly facets: FacetSelection;
  /** The White Paper edition searched. */
  readonly edition: string;
}

/**
 * Reads the state from a query string. An edition that is not among
 * `editions` (or absent) gives `defaultEdition`.
 */
export function parseSearchParams(search: string, editions: readonly string[], defaultEdition: string): SearchState {
  const params = new URLSearchParams(search);
  const facets: Partial<Record<FacetName, string[]>> = {};
  for (const name of facetNames) {
    const values = [...new Set(params.getAll(name).filter((value) => value !== ''))];
    if (values.length) facets[name] = values;
  }
  const edition = params.get('edition');
  return {query: params.get('q') ?? '', facets, edition: edition && editions.includes(edition) ? edition : defaultEdition};
}

/** Writes the state as a query string (without `?`); the default edition is left out. */
export function toSearchParams(state: SearchState, defaultEdition: string): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of facetNames) for (const value of state.facets[name] ?? []) params.append(name, value);
  if (state.edition !== defaultEdition) params.set('edition', state.edition);
  return params.toString();
}

/** The editions a reader can search, newest release first, the working draft last. */
export function searchableEditions(released: readonly string[]): string[] {
  return [...released, currentVersion];
}

/** The edition searched unless the page or the URL says otherwise: the newest release, or the draft. */
export function defaultEditionOf(released: readonly string[]): string {
  return released[0] ?? currentVersion;
}
