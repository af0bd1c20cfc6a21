/**
 * The translation report the build uses: computed once per content index
 * (each locale's build, each reload in `npm start`), from a git history
 * read once per HEAD commit. The banners and the coverage page read it.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {ContentIndex} from '../content/loader';
import {readGitHistory, type GitHistory} from './history';
import {configuredRepositoryUrl} from './repository';
import {translationReport, type TranslationReport} from './status';

type HistoryResult = {history: GitHistory} | {error: string};

interface Cache {
  readonly histories: Map<string, {head: string; result: HistoryResult}>;
  readonly reports: WeakMap<ContentIndex, TranslationReport>;
  /** Where the default locale's pages are, for the locale being built. */
  target: BuildTarget;
}

/** How the locale being built is published, as the translations plugin sees it. */
export interface BuildTarget {
  /** The locale's base URL has its own segment (`/lt/`): the English pages are one level up. */
  readonly localizedBaseUrl: boolean;
  /** The site's address with its base URL (`https://example.org/`), for a single-locale build. */
  readonly siteUrl: string;
}

// Docusaurus may load this module more than once in a build; the cache is shared on globalThis.
const cache: Cache = ((globalThis as Record<symbol, Cache>)[Symbol.for('kb.translation-store')] ??= {histories: new Map(), reports: new WeakMap(), target: {localizedBaseUrl: true, siteUrl: '/'}});

/** Records how the locale being built is published; the translations plugin calls it for each locale. */
export function setBuildTarget(target: BuildTarget): void {
  cache.target = target;
}

/**
 * The address of a default-locale page (`url` without base URL) as seen
 * from the locale being built. In a build of all locales the locale's base
 * URL is `<base>/lt/`, and `pathname:///../docs/x` becomes `<base>/lt/../docs/x`
 * (Docusaurus's Link adds the locale's base URL even behind `pathname://`;
 * the browser resolves the dot segment to `<base>/docs/x`, and `pathname://`
 * makes it a full page load, as the English page is not part of the
 * locale's single-page app). A single-locale build (`--locale lt`) is
 * published on its own, so the English page is on the site's address.
 */
export function defaultLocaleHref(url: string): string {
  return cache.target.localizedBaseUrl ? `pathname:///..${url}` : `${cache.target.siteUrl.replace(/\/$/, '')}${url}`;
}

/**
 * A digest of what the banners and the coverage page show: how the locale
 * is published, the report and the catalogues. The translations plugin adds it to the bundler's cache
 * version, because a page's compiled output depends on them, not only on
 * its own file.
 */
export function translationDigest(index: ContentIndex, catalogues: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(cache.target)).update(JSON.stringify(translationReportOf(index)));
  for (const file of readdirSync(path.join(catalogues, 'i18n'), {withFileTypes: true})) {
    const kb = path.join(catalogues, 'i18n', file.name, 'kb.json');
    if (file.isDirectory() && existsSync(kb)) hash.update(file.name).update(readFileSync(kb));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The translation report of `index`. */
export function translationReportOf(index: ContentIndex): TranslationReport {
  let report = cache.reports.get(index);
  if (!report) {
    const history = historyOf(index.siteDir);
    report = translationReport(index, {history: 'history' in history ? history.history : history, repositoryUrl: configuredRepositoryUrl(index.siteDir)});
    cache.reports.set(index, report);
  }
  return report;
}

function historyOf(siteDir: string): HistoryResult {
  let head = '';
  try {
    head = execFileSync('git', ['-C', siteDir, 'rev-parse', '--verify', '-q', 'HEAD'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    // Not a repository, or no commit yet: readGitHistory says which.
  }
  const cached = cache.histories.get(siteDir);
  if (head !== '' && cached?.head === head) return cached.result;
  const result = readGitHistory(siteDir);
  if (head !== '') cache.histories.set(siteDir, {head, result});
  return result;
}
