/**
 * Faceted filtering, the same for the recommendation explorer and the
 * best-practice finder: within a facet the selected values are
 * alternatives (any of them), across facets they all apply, and the free
 * text applies on top. Counts are those of faceted search: the count next
 * to a value is how many items the list would show if that value were
 * ticked too, given the other facets and the text.
 */
import {matchesWords, type QueryWords} from './text';

/** One way to filter items of type `T`. */
export interface Facet<T> {
  /** URL parameter and catalogue key of the facet (`theme`, `level`, …). */
  readonly key: string;
  /** The values of the facet that `item` has; an item may have several. */
  values(item: T): readonly string[];
}

/** Items that can be searched: `text` is their searchable text, already folded. */
export interface Searchable {
  readonly text: string;
}

/** Selected values per facet key; a facet with no values selected does not filter. */
export type Selection = Readonly<Record<string, readonly string[]>>;

/** How many items each value of each facet would show, by facet key and value. */
export type FacetCounts = Readonly<Record<string, ReadonlyMap<string, number>>>;

/** Whether `item` has one of the `selected` values of `facet` (always, when none is selected). */
function passes<T>(item: T, facet: Facet<T>, selected: readonly string[] | undefined): boolean {
  if (!selected || selected.length === 0) return true;
  return facet.values(item).some((value) => selected.includes(value));
}

/** The items that pass every facet of `selection` and contain every word of `words`. */
export function filterItems<T extends Searchable>(items: readonly T[], facets: readonly Facet<T>[], selection: Selection, words: QueryWords): T[] {
  return items.filter((item) => matchesWords(item.text, words) && facets.every((facet) => passes(item, facet, selection[facet.key])));
}

/**
 * The count of every value of every facet: an item counts towards a
 * facet's values when it passes the text and all the other facets.
 */
export function countFacets<T extends Searchable>(items: readonly T[], facets: readonly Facet<T>[], selection: Selection, words: QueryWords): FacetCounts {
  const counts = Object.fromEntries(facets.map((facet) => [facet.key, new Map<string, number>()])) as Record<string, Map<string, number>>;
  const count = (facet: Facet<T>, item: T) => {
    const values = facet.values(item);
    const counted = counts[facet.key];
    values.forEach((value, i) => {
      if (values.indexOf(value) === i) counted.set(value, (counted.get(value) ?? 0) + 1);
    });
  };
  for (const item of items) {
    if (!matchesWords(item.text, words)) continue;
    let failed: Facet<T> | undefined;
    let failures = 0;
    for (const facet of facets) {
      if (passes(item, facet, selection[facet.key])) continue;
      failed = facet;
      failures++;
    }
    // Failing two facets, the item is out whichever value of one of them is ticked.
    if (failures > 1) continue;
    if (failed) count(failed, item);
    else for (const facet of facets) count(facet, item);
  }
  return counts;
}
