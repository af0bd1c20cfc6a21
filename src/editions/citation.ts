/**
 * Citations of a recommendation and of the whole White Paper, in an
 * edition or the working draft: a plain-text line in the reader's
 * language, BibTeX and CSL-JSON. The author is the network, as a
 * corporate author; the date is the day the edition was cut in the
 * knowledge base, and every format says so.
 */
import type {TFunction} from 'i18next';
import {currentVersion, locales, type Locale} from '../content/site';
import {formatDate} from '../remark/references/lib/decorate';

/** The corporate author of the White Paper. */
export const author = 'Intercultural Dialogue Network';

/** What is cited. */
export interface CitationSource {
  /** The id of a recommendation; undefined for the whole White Paper. */
  readonly id?: string;
  /** The recommendation's title, or the White Paper's, in the reader's language. */
  readonly title: string;
  /** The recommendation's status key (`draft`, `adopted`, …). */
  readonly status?: string;
  /** The title of the White Paper, in the reader's language. */
  readonly work: string;
  /** `current` or an edition name. */
  readonly version: string;
  /** The day the edition was cut (YYYY-MM-DD); undefined for the working draft or an unrecorded edition. */
  readonly date?: string;
  /** The permanent address to cite. */
  readonly url: string;
  readonly locale: Locale;
}

/** One item of CSL-JSON, as citation managers (Zotero, pandoc's citeproc) read it. */
export interface CslItem {
  readonly id: string;
  readonly type: 'chapter' | 'report';
  readonly title: string;
  readonly author: readonly {literal: string}[];
  readonly 'container-title'?: string;
  readonly number?: string;
  readonly edition: string;
  readonly issued?: {'date-parts': number[][]};
  readonly status?: string;
  readonly URL: string;
  readonly language: string;
  readonly note: string;
}

/** A citation in three formats. */
export interface Citation {
  readonly text: string;
  readonly bibtex: string;
  readonly csl: readonly CslItem[];
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Cites `source`; `t` is the translator of `source.locale`. */
export function cite(source: CitationSource, t: TFunction): Citation {
  const draft = source.version === currentVersion;
  const versionName = draft ? t('editions.draftLabel') : t('editions.versionLabel', {edition: source.version});
  const dated = source.date ? t('editions.cite.recorded', {date: formatDate(source.date, source.locale)}) : draft ? t('editions.cite.draftDate') : t('editions.cite.undated');
  const status = source.status ? t(`vocabulary.statuses.recommendation.${source.status}`) : undefined;
  const text = source.id
    ? t('editions.cite.recommendation', {author, title: source.title, id: source.id, status, work: source.work, version: versionName, date: dated, url: source.url})
    : t('editions.cite.whitePaper', {author, work: source.work, version: versionName, date: dated, url: source.url});
  const note = t('editions.cite.note', {date: dated});
  const key = ['idn-wp', draft ? 'draft' : source.version, source.id?.toLowerCase()].filter(Boolean).join('-');
  const [year, month, day] = (source.date ?? '').split('-').map(Number);

  const fields: [string, string][] = [
    ['author', `{${bibtex(author)}}`],
    ['title', `{${bibtex(source.id ? `${source.id}: ${source.title}` : source.title)}}`],
    ['howpublished', bibtex(source.id ? `${source.work}, ${versionName}` : versionName)],
    ...(source.date ? ([['year', String(year)], ['month', months[month - 1]]] as [string, string][]) : []),
    ['url', source.url.replace(/[{}]/g, encodeURIComponent)],
    ['note', bibtex(note)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const bib = `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = ${name === 'month' ? value : `{${value}}`}`).join(',\n')}\n}`;

  const csl: CslItem = {
    id: key,
    type: source.id ? 'chapter' : 'report',
    title: source.id ? `${source.id}: ${source.title}` : source.title,
    author: [{literal: author}],
    ...(source.id ? {'container-title': source.work, number: source.id} : {}),
    edition: draft ? versionName : source.version,
    ...(source.date ? {issued: {'date-parts': [[year, month, day].filter((n) => !Number.isNaN(n))]}} : {}),
    ...(status ? {status} : {}),
    URL: source.url,
    language: locales[source.locale].htmlLang,
    note,
  };
  return {text, bibtex: bib, csl: [csl]};
}

/** Escapes the characters BibTeX and LaTeX treat specially; UTF-8 letters stay as they are. */
export function bibtex(value: string): string {
  return value.replace(/[\\{}%&#$_~^]/g, (c) => ({'\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}'})[c] ?? `\\${c}`);
}
