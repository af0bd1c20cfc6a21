/**
 * The one flexsearch configuration of the site's search, used to build the
 * index at build time and to open it in the reader's browser.
 *
 * flexsearch does not store its configuration in an exported index (its
 * `cfg` export is empty), and an index imported with other options answers
 * silently wrong. So the build writes {@link searchConfig} into every index
 * file, and {@link assertSameConfig} refuses a file whose config differs from
 * the code reading it.
 */
import {Document, Encoder} from 'flexsearch';
import {foldText} from './fold';

/** The fields of a search document that flexsearch indexes, best first. */
export const searchFields = ['ref', 'title', 'headings', 'body'] as const;
export type SearchField = (typeof searchFields)[number];

/**
 * Text that shows how {@link foldText} behaves: its folded form is part of
 * the config, so a change to the folding rules changes the config too.
 */
const foldProbe = 'Łódź Đurđevac Нови Сад Ђорђе щъ Й ќѓ Ελληνικά ς ß Timișoara Kėdainiai İ ĳ';

/** What an index was built with; compared whole when an index is opened. */
export interface SearchConfig {
  /** The flexsearch version: its export format is not stable across versions. */
  readonly engine: string;
  /** Index format of this project, raised when the file layout changes. */
  readonly format: number;
  readonly tokenize: 'forward';
  /**
   * flexsearch resolution (score slots by word position) per field. 1: the
   * position of a word is not used for ranking, which saves a fifth of the
   * index's bytes and changed no answer of the labelled queries.
   */
  readonly resolution: Readonly<Record<SearchField, number>>;
  readonly fields: readonly SearchField[];
  /** {@link foldProbe}, folded. */
  readonly fold: string;
}

/** The configuration of this build of the site. */
export const searchConfig: SearchConfig = {
  engine: 'flexsearch@0.8.212',
  format: 1,
  tokenize: 'forward',
  resolution: {ref: 1, title: 1, headings: 1, body: 1},
  fields: searchFields,
  fold: foldText(foldProbe),
};

/** A document as flexsearch indexes it: numeric id and the text fields. */
export type IndexedText = {id: number} & Record<SearchField, string>;

/** A flexsearch Document index with the site's configuration. */
export function createDocumentIndex(config: SearchConfig = searchConfig): Document<IndexedText> {
  // `normalize` replaces flexsearch's own lower-casing and accent stripping;
  // no letter deduplication and no number splitting, so terms stay as folded.
  const encoder = new Encoder({normalize: foldText, numeric: false, dedupe: false, cache: false});
  return new Document<IndexedText>({
    id: 'id',
    index: config.fields.map((field) => ({field, tokenize: config.tokenize, resolution: config.resolution[field], encoder})),
  });
}

/** Thrown when an index file was built with another configuration. */
export class SearchConfigMismatchError extends Error {
  override readonly name = 'SearchConfigMismatchError';
  constructor(
    readonly source: string,
    readonly differences: readonly string[],
  ) {
    super(
      `The search index ${source} was built with another search configuration (${differences.join('; ')}). ` +
        'It is not searched, since its answers would be wrong: rebuild the site with `npm run build`.',
    );
  }
}

/**
 * Throws {@link SearchConfigMismatchError} unless `stored` (read from an
 * index file) equals `expected` in every key.
 */
export function assertSameConfig(stored: unknown, source: string, expected: SearchConfig = searchConfig): void {
  const differences: string[] = [];
  const record = (stored ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(expected) as (keyof SearchConfig)[]) {
    const want = JSON.stringify(expected[key]);
    const got = JSON.stringify(record[key]);
    if (want !== got) differences.push(`${key}: expected ${want}, found ${got ?? 'nothing'}`);
  }
  if (differences.length > 0) throw new SearchConfigMismatchError(source, differences);
}
