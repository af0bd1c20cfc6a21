/**
 * Builds the static search files of one locale: per scope (living docs,
 * each White Paper edition) an index file with the flexsearch index, the
 * configuration it was built with and the table of documents; beside it one
 * small fragment per document with its body text, fetched only for the
 * results a reader sees; and a manifest naming them all.
 *
 * Files are named by the hash of their content, so a static host can cache
 * them for ever; only the manifest is fetched fresh.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createDocumentIndex, searchConfig, type SearchConfig} from './config';
import {extractPage} from './extract';
import type {FacetValues, ResultKind} from './facets';
import type {SearchSource} from './documents';

/** Folder of the search files under a locale's build folder. */
export const searchIndexDir = 'search-index';
/** The manifest's file name in {@link searchIndexDir}. */
export const manifestFile = 'manifest.json';

/** A document as the results list shows it. */
export interface DocumentEntry {
  readonly title: string;
  readonly kind: ResultKind;
  /** Path under the locale's root, without leading slash. */
  readonly route: string;
  readonly breadcrumb: readonly string[];
  readonly facets: FacetValues;
  readonly ref?: string;
}

/** A document to index: what the list shows, and the text searched. */
export interface SearchDocument extends DocumentEntry {
  readonly headings: readonly string[];
  readonly body: string;
}

/** One scope's index file. */
export interface IndexFile {
  readonly config: SearchConfig;
  readonly scope: string;
  /** Documents by id (their position). */
  readonly documents: readonly DocumentEntry[];
  /** flexsearch's export, as `[key, data]` pairs in export order. */
  readonly data: readonly (readonly [string, unknown])[];
}

/** A document's body text, fetched for its snippet. */
export interface Fragment {
  readonly body: string;
}

/** Where a scope's files are, relative to {@link searchIndexDir}. */
export interface ScopeEntry {
  readonly index: string;
  /** Folder of the fragments, named `<id>.json`. */
  readonly fragments: string;
  readonly documents: number;
}

/** The manifest of a locale's search files. */
export interface Manifest {
  readonly config: SearchConfig;
  readonly scopes: Readonly<Record<string, ScopeEntry>>;
}

/** Builds the flexsearch index of one scope. */
export function buildScopeIndex(scope: string, documents: readonly SearchDocument[]): IndexFile {
  const index = createDocumentIndex();
  documents.forEach((document, id) => {
    index.add({id, ref: document.ref ?? '', title: document.title, headings: document.headings.join(' \n '), body: document.body});
  });
  const data: [string, unknown][] = [];
  index.export((key: string, value: string) => {
    data.push([key, JSON.parse(value) as unknown]);
  });
  const entries = documents.map(({headings: _headings, body: _body, ...entry}) => entry);
  return {config: searchConfig, scope, documents: entries, data};
}

/** Reads the built page of each source; sources whose page is missing are returned apart. */
export function readBuiltDocuments(
  sources: readonly SearchSource[],
  readPage: (route: string) => string | undefined,
): {documents: Map<string, SearchDocument[]>; missing: SearchSource[]} {
  const documents = new Map<string, SearchDocument[]>();
  const missing: SearchSource[] = [];
  for (const source of sources) {
    const html = readPage(source.route);
    if (html === undefined) {
      missing.push(source);
      continue;
    }
    const {body, breadcrumb} = extractPage(html);
    const document: SearchDocument = {
      title: source.title,
      kind: source.kind,
      route: source.route,
      breadcrumb,
      facets: source.facets,
      ...(source.ref ? {ref: source.ref} : {}),
      headings: source.headings,
      body,
    };
    documents.set(source.scope, [...(documents.get(source.scope) ?? []), document]);
  }
  return {documents, missing};
}

/**
 * The files of a locale's search, by path relative to {@link searchIndexDir}:
 * the manifest, an index file per scope and the fragments. Every scope in
 * `scopes` gets an index, an empty one when it has no documents.
 */
export function searchFiles(scopes: readonly string[], documents: ReadonlyMap<string, readonly SearchDocument[]>): Map<string, string> {
  const files = new Map<string, string>();
  const entries: Record<string, ScopeEntry> = {};
  for (const scope of scopes) {
    const list = documents.get(scope) ?? [];
    const json = JSON.stringify(buildScopeIndex(scope, list));
    const name = `${scope.replace(/[^a-z0-9.-]+/gi, '-')}.${hash(json)}`;
    files.set(`${name}.json`, json);
    list.forEach((document, id) => files.set(`${name}/${id}.json`, JSON.stringify({body: document.body} satisfies Fragment)));
    entries[scope] = {index: `${name}.json`, fragments: name, documents: list.length};
  }
  files.set(manifestFile, JSON.stringify({config: searchConfig, scopes: entries} satisfies Manifest));
  return files;
}

/** The HTML Docusaurus wrote for `route` in `outDir` (`route/index.html` or `route.html`), if any. */
export function readBuiltPage(outDir: string, route: string): string | undefined {
  const base = path.join(outDir, route);
  for (const file of [path.join(base, 'index.html'), `${base.replace(/[\\/]+$/, '')}.html`]) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
