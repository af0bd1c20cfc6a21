/**
 * The state of every translation: for each locale and each English page,
 * whether its translation is up to date, out of date (and by how many
 * commits), missing, orphaned or has an invalid record. The report, the
 * coverage page and the banners all read this one computation.
 */
import type {ContentIndex, Page} from '../content/loader';
import {pageKey} from '../content/loader';
import {currentVersion, defaultLocale, instances, localeCodes, type InstanceId, type Locale} from '../content/site';
import {changesSince, lastCommitOf, type GitHistory} from './history';
import {readTranslationRecord, type TranslationRecord} from './record';

/** What a translation is. `unknown` only when the history could not be read. */
export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'orphaned' | 'invalid' | 'unknown';

/** The states in the order reports list them. */
export const translationStates: readonly TranslationState[] = ['outdated', 'invalid', 'orphaned', 'missing', 'unknown', 'up-to-date'];

/** One page in one locale. */
export interface PageStatus {
  readonly locale: Locale;
  readonly instance: InstanceId;
  readonly version: string;
  /** Path inside the instance version, as in the English source. */
  readonly relativePath: string;
  readonly state: TranslationState;
  /** The English source, site-relative; absent for an orphan. */
  readonly source?: string;
  /** The English page's URL (without base URL); absent for an orphan. */
  readonly sourceUrl?: string;
  /** The translated file, site-relative; absent when missing. */
  readonly translation?: string;
  /** The translation record, when it is valid. */
  readonly record?: TranslationRecord;
  /** Out of date: the commits that changed the source since `record.sourceCommit`, newest first. */
  readonly changes?: readonly string[];
  /** Source commits since the translation that are marked `L10n-trivial: true`, not counted. */
  readonly trivialChanges?: number;
  /** The newest commit of the source: what `sourceCommit` says once the translation is updated. */
  readonly latestCommit?: string;
  /** Out of date: the command that shows what changed. */
  readonly diffCommand?: string;
  /** Out of date: the forge's page for that diff, when a repository URL is configured. */
  readonly diffUrl?: string;
  /** Invalid or unknown: why. */
  readonly reason?: string;
}

/** How much of the site one locale has. */
export interface LocaleCoverage {
  readonly locale: Locale;
  /** English pages. */
  readonly pages: number;
  /** Pages with a translation (complete or partial). */
  readonly translated: number;
  readonly reviewed: number;
  readonly partial: number;
  /** Machine translations nobody has reviewed. */
  readonly machineUnreviewed: number;
  readonly upToDate: number;
  readonly outdated: number;
  readonly missing: number;
  readonly orphaned: number;
  readonly invalid: number;
  readonly unknown: number;
}

/** The whole report. */
export interface TranslationReport {
  /** The commit the report describes. */
  readonly head?: string;
  /** Why the history could not be read (then translated pages are `unknown`). */
  readonly historyError?: string;
  /** The history is shallow: commits before it are unknown. */
  readonly truncated: boolean;
  readonly coverage: readonly LocaleCoverage[];
  readonly pages: readonly PageStatus[];
}

/** Options of {@link translationReport}. */
export interface ReportOptions {
  /** The repository's history, or why it could not be read. */
  readonly history: GitHistory | {readonly error: string};
  /** Locales to report; every locale but English by default. */
  readonly locales?: readonly Locale[];
  /** Web address of the repository, for links to diffs (`<url>/compare/<from>...<to>`). */
  readonly repositoryUrl?: string;
}

/** Computes the state of every translation in `index`. */
export function translationReport(index: ContentIndex, options: ReportOptions): TranslationReport {
  const history = 'error' in options.history ? undefined : options.history;
  const locales = (options.locales ?? localeCodes).filter((locale) => locale !== defaultLocale);
  const sources = index.pages.filter((page) => page.locale === defaultLocale);
  const pages: PageStatus[] = [];
  for (const locale of locales) {
    for (const source of sources) {
      const translation = index.pageByPath.get(pageKey(source.instance, source.version, locale, source.relativePath));
      pages.push(translation ? statusOf(translation, source, history, options) : {...where(source, locale), state: 'missing', source: source.file, sourceUrl: source.url, latestCommit: history && lastCommitOf(history, source.file, originOf(source))?.sha});
    }
    for (const page of index.pages) {
      if (page.locale !== locale || index.pageByPath.has(pageKey(page.instance, page.version, defaultLocale, page.relativePath))) continue;
      const {record} = readTranslationRecord(page.parsed.frontMatter);
      pages.push({...where(page, locale), state: 'orphaned', translation: page.file, ...(record && {record})});
    }
  }
  return {
    ...(history ? {head: history.head} : {historyError: 'error' in options.history ? options.history.error : undefined}),
    truncated: history?.truncated ?? false,
    coverage: locales.map((locale) => coverageOf(locale, sources.length, pages)),
    pages,
  };
}

/** A released edition's page was copied from the working draft when the edition was cut. */
function originOf(source: Page): string | undefined {
  return source.version === currentVersion ? undefined : `${instances[source.instance].dir}/${source.relativePath}`;
}

function where(page: Page, locale: Locale) {
  return {locale, instance: page.instance, version: page.version, relativePath: page.relativePath};
}

function statusOf(translation: Page, source: Page, history: GitHistory | undefined, options: ReportOptions): PageStatus {
  const base = {...where(source, translation.locale), source: source.file, sourceUrl: source.url, translation: translation.file};
  const {record, issues} = readTranslationRecord(translation.parsed.frontMatter);
  if (!record) return {...base, state: 'invalid', reason: issues[0]?.reason};
  const latestCommit = history && lastCommitOf(history, source.file, originOf(source))?.sha;
  const known = {...base, record, ...(latestCommit && {latestCommit})};
  if (!history) return {...known, state: 'unknown', reason: 'the repository history is not available'};
  if (!history.positions.has(record.sourceCommit)) {
    const reason = history.truncated
      ? `commit ${record.sourceCommit} is not in the fetched history (the clone is shallow: fetch the full history)`
      : `commit ${record.sourceCommit} is not in the history of HEAD`;
    return {...known, state: 'invalid', reason};
  }
  const {counted, trivial} = changesSince(history, source.file, record.sourceCommit, originOf(source));
  const trivialChanges = trivial.length > 0 ? {trivialChanges: trivial.length} : {};
  if (counted.length === 0) return {...known, ...trivialChanges, state: 'up-to-date'};
  return {
    ...known,
    ...trivialChanges,
    state: 'outdated',
    changes: counted.map((commit) => commit.sha),
    diffCommand: `git diff ${record.sourceCommit}..HEAD -- ${source.file}`,
    ...(options.repositoryUrl && {diffUrl: `${options.repositoryUrl.replace(/\/+$/, '')}/compare/${record.sourceCommit}...${history.head}`}),
  };
}

function coverageOf(locale: Locale, sourceCount: number, pages: readonly PageStatus[]): LocaleCoverage {
  const mine = pages.filter((page) => page.locale === locale);
  const translated = mine.filter((page) => page.state !== 'missing' && page.state !== 'orphaned');
  const count = (state: TranslationState) => mine.filter((page) => page.state === state).length;
  return {
    locale,
    pages: sourceCount,
    translated: translated.length,
    reviewed: translated.filter((page) => page.record?.reviewed).length,
    partial: translated.filter((page) => page.record?.partial).length,
    machineUnreviewed: translated.filter((page) => page.record?.origin === 'machine' && !page.record.reviewed).length,
    upToDate: count('up-to-date'),
    outdated: count('outdated'),
    missing: count('missing'),
    orphaned: count('orphaned'),
    invalid: count('invalid'),
    unknown: count('unknown'),
  };
}
