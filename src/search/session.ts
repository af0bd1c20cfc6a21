/**
 * A reader's search session: loads a locale's manifest and the indexes it
 * needs (the living docs and one White Paper edition) on first use, then
 * answers queries with the page of results asked for, each with its title
 * and snippet highlighted. It runs in a Web Worker in the browser
 * (`worker.ts`), and directly in the tests and the benchmark.
 */
import type {Fragment, IndexFile, Manifest} from './build';
import {docsScope, editionScope} from './scopes';
import type {FacetCounts, FacetSelection, ResultKind} from './facets';
import {highlight, snippet, type Segment} from './highlight';
import {openScope, search, type OpenScope} from './query';
import {assertSameConfig} from './config';

/** A query as the UI sends it. */
export interface SessionRequest {
  readonly query: string;
  readonly facets?: FacetSelection;
  /** The White Paper edition to search (`current` for the working draft). */
  readonly edition: string;
  /** First result to return. Default 0. */
  readonly offset?: number;
  /** Number of results to return. Default 10. */
  readonly limit?: number;
}

/** One result as the UI shows it. */
export interface ResultView {
  readonly route: string;
  readonly title: readonly Segment[];
  readonly kind: ResultKind;
  readonly ref?: string;
  readonly scope: string;
  readonly breadcrumb: readonly string[];
  readonly snippet: readonly Segment[];
  /** The query was this result's reference id. */
  readonly exact: boolean;
}

/** The answer to a {@link SessionRequest}. */
export interface SessionResponse {
  readonly results: readonly ResultView[];
  readonly total: number;
  readonly counts: FacetCounts;
  readonly partial: boolean;
}

/** Reads a JSON file of the search index by URL; rejects on a missing file. */
export type FetchJson = (url: string) => Promise<unknown>;

/** Thrown when the site has no search index (a development server, or a build without the plugin). */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';
}

/** A session over the search files at `manifestUrl`. */
export class SearchSession {
  private manifest?: Promise<Manifest>;
  private readonly scopes = new Map<string, Promise<OpenScope>>();
  private readonly fragments = new Map<string, Promise<Fragment>>();

  constructor(
    private readonly manifestUrl: string,
    private readonly fetchJson: FetchJson,
  ) {}

  /** Loads the indexes `edition` needs, so that the first query is answered at once. */
  async load(edition: string): Promise<OpenScope[]> {
    const manifest = await this.loadManifest();
    const names = [docsScope, editionScope(edition)].filter((scope) => manifest.scopes[scope]);
    return Promise.all(names.map((scope) => this.loadScope(manifest, scope)));
  }

  /**
   * Answers a query: the requested page of results, with snippets. When
   * `superseded` says a newer query has come in meanwhile (the reader typed
   * on), no fragment is fetched and the answer is empty: nobody will see it.
   */
  async query(request: SessionRequest, superseded: () => boolean = () => false): Promise<SessionResponse> {
    const scopes = await this.load(request.edition);
    const answer = search(scopes, request);
    const offset = request.offset ?? 0;
    const page = superseded() ? [] : answer.matches.slice(offset, offset + (request.limit ?? 10));
    const manifest = await this.loadManifest();
    const results = await Promise.all(
      page.map(async (match): Promise<ResultView> => {
        const fragment = await this.loadFragment(manifest, match.scope, match.id);
        const {document} = match;
        return {
          route: document.route,
          title: highlight(document.title, answer.words),
          kind: document.kind,
          ...(document.ref ? {ref: document.ref} : {}),
          scope: match.scope,
          breadcrumb: document.breadcrumb,
          snippet: snippet(fragment.body, answer.words),
          exact: match.exact,
        };
      }),
    );
    return {results, total: answer.matches.length, counts: answer.counts, partial: answer.partial};
  }

  private loadManifest(): Promise<Manifest> {
    this.manifest ??= this.fetchJson(this.manifestUrl).then(
      (manifest) => {
        assertSameConfig((manifest as Manifest).config, this.manifestUrl);
        return manifest as Manifest;
      },
      (error: unknown) => {
        this.manifest = undefined;
        throw new SearchUnavailableError(`No search index at ${this.manifestUrl}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return this.manifest;
  }

  private loadScope(manifest: Manifest, scope: string): Promise<OpenScope> {
    let loading = this.scopes.get(scope);
    if (!loading) {
      const url = new URL(manifest.scopes[scope].index, this.manifestUrl).href;
      loading = this.fetchJson(url).then((file) => openScope(file as IndexFile, url));
      this.scopes.set(scope, loading);
    }
    return loading;
  }

  private loadFragment(manifest: Manifest, scope: string, id: number): Promise<Fragment> {
    const url = new URL(`${manifest.scopes[scope].fragments}/${id}.json`, this.manifestUrl).href;
    let loading = this.fragments.get(url);
    if (!loading) {
      loading = this.fetchJson(url) as Promise<Fragment>;
      this.fragments.set(url, loading);
    }
    return loading;
  }
}
