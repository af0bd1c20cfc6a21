/**
 * The engines `npm run bench:search` compares, over the same built HTML:
 * ours (flexsearch, as the site builds and searches it), lunr (as the
 * common Docusaurus plugin uses it: one index with the page text, loaded
 * whole) and Pagefind (its Node indexer; its search runs in the browser, see
 * `browser.ts`).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import {readBuiltDocuments, searchFiles, type Manifest} from '../build';
import {extractPage} from '../extract';
import type {SearchSource} from '../documents';
import {openScope, search, type OpenScope} from '../query';
import type {IndexFile} from '../build';
import {docsScope, editionOfScope} from '../scopes';
import {gzipBytes} from './metrics';

/** One locale of a corpus: the pages to index and where their HTML is. */
export interface LocaleInput {
  readonly locale: string;
  /** `lang` of its pages, for Pagefind. */
  readonly lang: string;
  readonly sources: readonly SearchSource[];
  readonly scopes: readonly string[];
  readonly readPage: (route: string) => string | undefined;
}

/** A built engine for one locale: its answers (routes, best first). */
export interface Searcher {
  search(query: string): string[];
}

/** Our index of a locale: the files the site serves, opened for searching. */
export function buildOurs(input: LocaleInput): {files: Map<string, string>; searcher: Searcher; scopes: OpenScope[]} {
  const {documents} = readBuiltDocuments(input.sources, input.readPage);
  const files = searchFiles(input.scopes, documents);
  const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
  const scopes = input.scopes.map((scope) => openScope(JSON.parse(files.get(manifest.scopes[scope].index)!) as IndexFile, scope));
  return {files, scopes, searcher: {search: (query) => search(scopes, {query}).matches.map((match) => match.document.route)}};
}

/**
 * Bytes our search fetches before it shows its first results: the manifest,
 * the living docs and one edition's index, and the fragments of the results
 * the search box shows; `code` is the gzip size of the worker's JavaScript.
 */
export function oursFirstResultBytes(files: ReadonlyMap<string, string>, scopes: readonly OpenScope[], query: string, code: number, shown = 8): number {
  const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
  const edition = Object.keys(manifest.scopes).find((scope) => editionOfScope(scope) !== undefined && manifest.scopes[scope].documents > 0);
  const loaded = scopes.filter((scope) => scope.scope === docsScope || scope.scope === edition);
  const fetched = ['manifest.json', ...loaded.map((scope) => manifest.scopes[scope.scope].index)];
  for (const match of search(loaded, {query}).matches.slice(0, shown)) fetched.push(`${manifest.scopes[match.scope].fragments}/${match.id}.json`);
  return code + fetched.reduce((sum, name) => sum + gzipBytes(files.get(name)!), 0);
}

/** lunr, configured as the usual Docusaurus lunr plugin does: title boosted, trailing wildcard, any term. */
export function buildLunr(input: LocaleInput): {searcher: Searcher; bytes: number} {
  const documents = input.sources.flatMap((source) => {
    const html = input.readPage(source.route);
    return html === undefined ? [] : [{route: source.route, title: source.title, body: extractPage(html).body}];
  });
  const index = lunr(function () {
    this.ref('route');
    this.field('title', {boost: 10});
    this.field('body');
    for (const document of documents) this.add(document);
  });
  const library = readFileSync(path.join(path.dirname(require.resolve('lunr')), 'lunr.min.js'));
  // The plugin ships the index and the titles (for the result list) as one file, loaded whole.
  const bytes = gzipBytes(library) + gzipBytes(JSON.stringify({index, titles: documents.map(({route, title}) => [route, title])}));
  const searcher: Searcher = {
    search(query) {
      const terms = lunr.tokenizer(query).map((token) => token.toString());
      if (terms.length === 0) return [];
      return index
        .query((q) => {
          for (const term of terms) {
            q.term(term, {boost: 10});
            q.term(term, {wildcard: lunr.Query.wildcard.TRAILING});
          }
        })
        .map((result) => result.ref);
    },
  };
  return {searcher, bytes};
}

/** Writes Pagefind's index of `inputs` to `outDir/pagefind/`, and a blank page per locale (`<locale>.html`) to search from. */
export async function buildPagefind(inputs: readonly LocaleInput[], outDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  // Pagefind reads the same region of each page as our extractor: the article, without the facts box and anchors.
  const {index, errors} = await pagefind.createIndex({rootSelector: 'article', excludeSelectors: ['.kb-facts', '.hash-link', '.theme-doc-breadcrumbs', '.theme-doc-toc-mobile']});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const input of inputs) {
    for (const source of input.sources) {
      const html = input.readPage(source.route);
      if (html !== undefined) await index.addHTMLFile({url: `/${input.locale}/${source.route}`, content: html});
    }
    mkdirSync(outDir, {recursive: true});
    writeFileSync(path.join(outDir, `${input.locale}.html`), `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${input.locale}</title></head><body></body></html>`);
  }
  await index.writeFiles({outputPath: path.join(outDir, 'pagefind')});
  await pagefind.close();
}
