/**
 * Answering a query over the opened indexes of a locale: the living docs
 * and one White Paper edition. Each query word is looked up by prefix in
 * every field; a document must match every word (or, when none does, as many
 * as any document does). Ranking puts an exact reference id first
 * (`REC-GOV-03` goes straight to that recommendation), then a match in the id
 * or title before one in the headings, before one in the body text.
 */
import type {Document} from 'flexsearch';
import {assertSameConfig, createDocumentIndex, searchFields, type IndexedText, type SearchField} from './config';
import {countFacets, passes, type FacetCounts, type FacetSelection} from './facets';
import {queryWords, wordsOf} from './fold';
import type {DocumentEntry, IndexFile} from './build';

/** An index file, opened for searching. */
export interface OpenScope {
  readonly scope: string;
  readonly documents: readonly DocumentEntry[];
  readonly index: Document<IndexedText>;
  /** Words in each document's title: a title match counts more in a short title. */
  readonly titleWords: Uint16Array;
}

/**
 * Opens an index file. Throws {@link SearchConfigMismatchError} when it was
 * built with another configuration: `source` (its URL or path) names it.
 */
export function openScope(file: IndexFile, source: string): OpenScope {
  assertSameConfig(file.config, source);
  const index = createDocumentIndex(file.config);
  // flexsearch's typings want strings; it takes parsed data as well.
  for (const [key, data] of file.data) index.import(key, data as string);
  return {scope: file.scope, documents: file.documents, index, titleWords: Uint16Array.from(file.documents, (document) => Math.max(1, wordsOf(document.title).length))};
}

/** A query with its facet choices. */
export interface SearchRequest {
  readonly query: string;
  readonly facets?: FacetSelection;
}

/** One document that answers a query. */
export interface Match {
  readonly scope: string;
  /** The document's id in its scope (for its fragment). */
  readonly id: number;
  readonly document: DocumentEntry;
  /** The query is this document's reference id. */
  readonly exact: boolean;
  readonly score: number;
}

/** The answer to a query: all matches, best first, and the facet counts over them. */
export interface SearchAnswer {
  readonly matches: readonly Match[];
  readonly counts: FacetCounts;
  /** The folded query words, for highlighting. */
  readonly words: readonly (readonly string[])[];
  /** No document has every word: the matches have as many as any has. */
  readonly partial: boolean;
}

/** Weight of a match per field: an id or title match outranks a body match. */
export const fieldWeights: Readonly<Record<SearchField, number>> = {ref: 16, title: 8, headings: 3, body: 1};

/** A reference id typed as a query, with an optional pinned edition (`REC-GOV-03@2021`). */
const idQuery = /^\s*([a-z]{2,4}(?:-[a-z0-9]+)+)(?:@[\w.-]+)?\s*$/i;
/** Orders titles for a listing without query (one collator: `localeCompare` per comparison is slow). */
const titles = new Intl.Collator();
/** How many ids flexsearch returns per field and word. */
const perFieldLimit = 1000;

/**
 * The documents that answer `request` in `scopes`, filtered by its facets.
 * An empty query with facets lists every document those facets let through,
 * by title; an empty query without facets answers nothing.
 */
export function search(scopes: readonly OpenScope[], request: SearchRequest): SearchAnswer {
  const words = queryWords(request.query);
  const selection = request.facets ?? {};
  const exactId = idQuery.exec(request.query)?.[1].toUpperCase();
  let candidates: Match[] = [];
  let partial = false;
  if (words.length === 0) {
    if (Object.values(selection).some((values) => values && values.length > 0)) {
      for (const scope of scopes) scope.documents.forEach((document, id) => candidates.push({scope: scope.scope, id, document, exact: false, score: 0}));
    }
  } else {
    const scored: (Match & {matched: number})[] = [];
    const perScope = scopes.map((scope) => words.map((forms) => wordScores(scope, forms)));
    // A word found in few documents says more than one found in most (`of`, `i`, `και`), in any language.
    const total = scopes.reduce((sum, scope) => sum + scope.documents.length, 0);
    const found = words.map((_, w) => perScope.reduce((sum, perWord) => sum + perWord[w].found, 0));
    const rarity = found.map((count) => Math.log(1 + total / Math.max(1, count)));
    scopes.forEach((scope, s) => {
      const perWord = perScope[s];
      for (let id = 0; id < scope.documents.length; id++) {
        let matched = 0;
        let score = 0;
        for (let w = 0; w < perWord.length; w++) {
          const value = perWord[w].scores[id];
          if (value > 0) {
            matched++;
            score += value * rarity[w];
          }
        }
        if (matched === 0) continue;
        const document = scope.documents[id];
        scored.push({scope: scope.scope, id, document, exact: exactId !== undefined && document.ref === exactId, score, matched});
      }
    });
    const most = Math.max(0, ...scored.map((match) => match.matched));
    partial = most < words.length;
    candidates = scored.filter((match) => match.matched === most || match.exact).map(({matched: _matched, ...match}) => match);
  }
  const counts = countFacets(candidates.map((match) => match.document.facets), selection);
  const matches = candidates.filter((match) => passes(match.document.facets, selection));
  // Equal scores keep the site's order (scopes, then pages as the content index lists them); a listing without query goes by title.
  if (words.length === 0) matches.sort((a, b) => titles.compare(a.document.title, b.document.title));
  else matches.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
  return {matches, counts, words, partial: partial && matches.length > 0};
}

/**
 * Scores of the documents matching one query word (any of its forms) in
 * any field, by document id (0 where it does not match): the best field's
 * weight (a title match a little more in a short title), plus a quarter of
 * the other fields' weights. Arrays by id rather than maps: this loop is
 * most of a query's time.
 */
function wordScores(scope: OpenScope, forms: readonly string[]): {scores: Float64Array; found: number} {
  const size = scope.documents.length;
  const best = new Float64Array(size);
  const sum = new Float64Array(size);
  for (const form of forms) {
    const results = scope.index.search(form, {index: [...searchFields], limit: perFieldLimit}) as {field: SearchField; result: number[]}[];
    for (const {field, result} of results) {
      const weight = fieldWeights[field];
      const title = field === 'title';
      for (const id of result) {
        const value = title ? weight * (1 + 1 / scope.titleWords[id]) : weight;
        if (value > best[id]) best[id] = value;
        sum[id] += value;
      }
    }
  }
  let found = 0;
  for (let id = 0; id < size; id++) {
    if (best[id] === 0) continue;
    found++;
    best[id] += (sum[id] - best[id]) / 4;
  }
  return {scores: best, found};
}
