/**
 * The pages the editions add to the site, as data: the list of editions,
 * each version's page with the citation of the whole White Paper, what
 * changed, the recommendations by status and theme, and the open data with
 * its codebook. Every label is translated here, at build time, from the
 * locale's catalogue, so the React components only lay the data out.
 */
import type {TFunction} from 'i18next';
import type {ContentIndex, Item} from '../content/loader';
import {pageKey} from '../content/loader';
import {resolveReference} from '../content/resolve';
import {families, kindNames, schemas, type Field} from '../content/schema';
import {currentVersion, defaultLocale, whitePaperPdfPath, type Locale} from '../content/site';
import {localTitle} from '../content/store';
import {statuses, themes} from '../content/vocabularies';
import {formatDate} from '../remark/references/lib/decorate';
import {absoluteUrl, dataDir, openDataPage, versionPages} from './addresses';
import {compareVersions, recommendationsOf, type FieldChange} from './changes';
import {cite} from './citation';
import {editionDate, readChangelog, whitePaperTitle} from './edition';
import {columnsOf, datasets, itemsOf, licence, type Column} from './open-data';

/** A link: its text and where it goes (a path without base URL). */
export interface LinkData {
  readonly label: string;
  readonly to: string;
}

/** A value on a page: text, a link when it names an item, and a mark in a diff. */
export interface ValueData {
  readonly text: string;
  readonly to?: string;
  readonly mark?: 'added' | 'removed';
}

/** A recommendation as the pages list it. */
export interface ItemData {
  readonly id: string;
  readonly title: string;
  readonly to: string;
  readonly status: string;
  readonly statusLabel: string;
}

/** A citation with its labels. */
export interface CitationData {
  readonly heading: string;
  readonly intro: string;
  readonly formats: readonly {readonly label: string; readonly language: 'text' | 'bibtex' | 'json'; readonly value: string}[];
}

/** `/white-paper/editions/`: every version, newest first. */
export interface EditionsIndexData {
  readonly title: string;
  readonly intro: string;
  readonly columns: readonly string[];
  readonly rows: readonly {readonly label: string; readonly state: string; readonly date: string; readonly count: number; readonly links: readonly LinkData[]}[];
}

/** The page of a version, with the citation of the whole White Paper. */
export interface EditionPageData {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly linksHeading: string;
  readonly links: readonly LinkData[];
  /**
   * The PDF that `npm run pdf` makes of this version in this locale, where
   * a deployment publishes it; the page offers it, with its size, only
   * when it is there.
   */
  readonly pdf: LinkData;
  readonly citation: CitationData;
}

/** One entry of a list of changes. */
export interface ChangeEntryData {
  readonly item: ItemData;
  /** For changed recommendations: the fields that differ. */
  readonly fields?: readonly {readonly label: string; readonly before: readonly ValueData[]; readonly after: readonly ValueData[]}[];
  /** For changed recommendations: the parts of the text that differ. */
  readonly text?: readonly string[];
  /** Superseded or withdrawn: why, and what replaces it. */
  readonly reason?: string;
  readonly replacement?: ItemData;
  /** Links to the full texts (before and after). */
  readonly links?: readonly LinkData[];
}

/** What changed in a version. */
export interface ChangesPageData {
  readonly title: string;
  readonly intro: string;
  readonly labels: {readonly field: string; readonly before: string; readonly after: string; readonly added: string; readonly removed: string; readonly text: string; readonly reason: string; readonly replacedBy: string};
  readonly sections: readonly {readonly id: string; readonly heading: string; readonly empty: string; readonly entries: readonly ChangeEntryData[]}[];
  readonly unchanged: string;
}

/** The recommendations of a version by status, then theme. */
export interface StatusPageData {
  readonly title: string;
  readonly intro: string;
  readonly statuses: readonly {
    readonly status: string;
    readonly label: string;
    readonly count: string;
    readonly empty: string;
    readonly themes: readonly {readonly theme: string; readonly label: string; readonly items: readonly (ItemData & {readonly since: string})[]}[];
  }[];
}

/** The open data: files, licence and codebook. */
export interface OpenDataPageData {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly filesHeading: string;
  readonly versions: readonly {readonly id: string; readonly label: string; readonly files: readonly {readonly label: string; readonly count: number; readonly json: string; readonly csv: string}[]}[];
  /** The names of the two formats, as links to the files. */
  readonly formats: {readonly json: string; readonly csv: string};
  readonly schemasHeading: string;
  readonly schemas: readonly LinkData[];
  readonly codebookHeading: string;
  readonly codebookIntro: string;
  readonly columns: readonly string[];
  readonly codebook: readonly {readonly id: string; readonly label: string; readonly rows: readonly (readonly string[])[]}[];
}

/** What every page builder needs. */
export interface PageContext {
  readonly index: ContentIndex;
  readonly locale: Locale;
  readonly t: TFunction;
  /** The site's address with its base URL, for absolute links in citations. */
  readonly siteUrl: string;
  /** The versions this build includes, working draft first. */
  readonly versions: readonly string[];
}

/** The name of a version in the reader's language. */
export function versionName(t: TFunction, version: string): string {
  return version === currentVersion ? t('editions.draftLabel') : t('editions.versionLabel', {edition: version});
}

/** Where a version's White Paper starts. */
function versionRoot(index: ContentIndex, version: string): string {
  return index.pageByPath.get(pageKey('white-paper', version, defaultLocale, 'index.md'))?.url ?? '/white-paper/';
}

function itemData(item: Item, {t, locale}: PageContext): ItemData {
  const status = String(item.fields.status);
  return {id: item.id, title: localTitle(item, locale), to: item.page.url, status, statusLabel: t(`vocabulary.statuses.${item.kind}.${status}`)};
}

/** The data of `/white-paper/editions/`. */
export function editionsIndexPage(context: PageContext): EditionsIndexData {
  const {t, index, locale} = context;
  const changelog = readChangelog(index.siteDir);
  return {
    title: t('editions.index.title'),
    intro: t('editions.index.intro'),
    columns: [t('editions.index.edition'), t('editions.index.state'), t('editions.index.date'), t('editions.index.recommendations'), ''],
    rows: context.versions.map((version) => {
      const date = changelog.find((entry) => entry.edition === version)?.date;
      const pages = versionPages(version);
      return {
        label: versionName(t, version),
        state: t(version === currentVersion ? 'editions.index.draft' : version === index.editions[0] ? 'editions.index.latest' : 'editions.index.earlier'),
        date: date ? formatDate(date, locale) : '',
        count: recommendationsOf(index, version).size,
        links: [
          {label: t('editions.index.read'), to: versionRoot(index, version)},
          {label: t('editions.index.about'), to: pages.edition},
          {label: t('editions.index.changes'), to: pages.changes},
          {label: t('editions.index.statuses'), to: pages.status},
        ],
      };
    }),
  };
}

/** The data of a version's page, with the citation of the whole White Paper. */
export function editionPage(context: PageContext, version: string): EditionPageData {
  const {t, index, locale} = context;
  const name = versionName(t, version);
  const date = editionDate(index.siteDir, version);
  const note = readChangelog(index.siteDir).find((entry) => entry.edition === version)?.note;
  const pages = versionPages(version);
  const work = whitePaperTitle(index, version, locale);
  const citation = cite({title: work, work, version, date, url: absoluteUrl(context.siteUrl, locale, pages.edition), locale}, t);
  return {
    title: t('editions.edition.title', {version: name}),
    paragraphs: [
      version === currentVersion ? t('editions.edition.draft') : date ? t('editions.edition.recorded', {date: formatDate(date, locale)}) : t('editions.edition.undated'),
      ...(note ? [note] : []),
      t('editions.edition.honesty'),
      t('editions.edition.count', {count: recommendationsOf(index, version).size}),
    ],
    linksHeading: t('editions.edition.links'),
    links: [
      {label: t('editions.index.read'), to: versionRoot(index, version)},
      {label: t('editions.index.changes'), to: pages.changes},
      {label: t('editions.index.statuses'), to: pages.status},
      {label: t('editions.edition.data'), to: `${openDataPage}#data-${version}`},
    ],
    pdf: {label: t('editions.edition.pdf'), to: `/${whitePaperPdfPath(version, locale)}`},
    citation: citationData(citation, version === currentVersion ? t('editions.cite.introDraft') : t('editions.cite.introWhitePaper', {version: name}), t),
  };
}

function citationData(citation: ReturnType<typeof cite>, intro: string, t: TFunction): CitationData {
  return {
    heading: t('editions.edition.citeHeading'),
    intro,
    formats: [
      {label: t('editions.cite.plain'), language: 'text', value: citation.text},
      {label: t('editions.cite.bibtex'), language: 'bibtex', value: citation.bibtex},
      {label: t('editions.cite.csl'), language: 'json', value: JSON.stringify(citation.csl, null, 2)},
    ],
  };
}

/** Catalogue names of the vocabularies, by the name a term field gives itself. */
const vocabularyKeys: Record<string, string> = {theme: 'themes', 'policy level': 'policyLevels', actor: 'actors', 'target group': 'targetGroups', country: 'countries', format: 'meetingFormats'};

/** The values of `field` of `item` as the changes page shows them. */
function values(field: string, value: unknown, item: Item, context: PageContext, mark?: 'added' | 'removed'): ValueData[] {
  const {t, locale} = context;
  const descriptor = (schemas.recommendation as Record<string, Field<unknown>>)[field];
  const one = (v: unknown): ValueData => {
    if (field === 'status') return {text: t(`vocabulary.statuses.recommendation.${String(v)}`), mark};
    if (field === 'statusHistory') {
      const change = v as {status: string; date?: string; meeting?: string; note?: string};
      const meeting = change.meeting ? linked(change.meeting, item, context) : undefined;
      const parts = [t(`vocabulary.statuses.recommendation.${change.status}`), change.date && formatDate(change.date, locale), meeting && `${t('editions.history.at')} ${meeting.text}`, change.note];
      return {text: parts.filter(Boolean).join(' · '), mark};
    }
    if (descriptor?.refKinds) return {...linked(String(v), item, context), mark};
    if (descriptor?.vocabulary) {
      const name = vocabularyKeys[descriptor.type.replace(/^list of /, '').replace(/ key$/, '')];
      return {text: name ? t(`vocabulary.${name}.${String(v)}`) : (descriptor.vocabulary[String(v)] ?? String(v)), mark};
    }
    return {text: String(v), mark};
  };
  if (value === undefined) return [{text: t('editions.changes.unset')}];
  return Array.isArray(value) ? value.map(one) : [one(value)];
}

function linked(written: string, from: Item, context: PageContext): ValueData {
  const [id, edition] = written.split('@');
  const resolution = resolveReference(context.index, {id, edition}, from.page);
  return resolution.ok ? {text: localTitle(resolution.item, context.locale), to: resolution.item.page.url} : {text: written};
}

function fieldRow(change: FieldChange, before: Item, after: Item, context: PageContext) {
  const {t} = context;
  const label = ['title', 'statusHistory'].includes(change.field) ? t(`editions.fields.${change.field}`) : t(`item.${change.field}`);
  const old = (before.fields as Record<string, unknown>)[change.field];
  const now = (after.fields as Record<string, unknown>)[change.field];
  if (!change.added && !change.removed) return {label, before: values(change.field, old, before, context), after: values(change.field, now, after, context)};
  // Lists: both in full, with what left and what came marked.
  const removed = new Set(change.removed!.map((v) => JSON.stringify(v)));
  const added = new Set(change.added!.map((v) => JSON.stringify(v)));
  const marked = (list: unknown, item: Item, set: Set<string>, mark: 'added' | 'removed') => ((list as unknown[] | undefined) ?? []).flatMap((v) => values(change.field, v, item, context, set.has(JSON.stringify(v)) ? mark : undefined));
  return {label, before: marked(old, before, removed, 'removed'), after: marked(now, after, added, 'added')};
}

/** The data of what changed in `version`. */
export function changesPage(context: PageContext, version: string): ChangesPageData {
  const {t, index} = context;
  const changes = compareVersions(index, version);
  const name = versionName(t, version);
  const retired = (item: Item): ChangeEntryData => {
    const fields = item.fields as {statusHistory?: {status: string; note?: string}[]; replacedBy?: string};
    const last = [...(fields.statusHistory ?? [])].reverse().find((change) => change.status === item.fields.status);
    const replacement = fields.replacedBy ? resolveReference(index, {id: fields.replacedBy.split('@')[0], edition: fields.replacedBy.split('@')[1]}, item.page) : undefined;
    return {item: itemData(item, context), reason: last?.note ?? t('editions.retired.noReason'), replacement: replacement?.ok ? itemData(replacement.item, context) : undefined};
  };
  const section = (id: string, entries: ChangeEntryData[]) => ({id, heading: t(`editions.changes.${id}`), empty: t('editions.changes.none'), entries});
  const sectionLabel = (s: {heading: string; change: string}) => t(`editions.changes.section${s.change[0].toUpperCase()}${s.change.slice(1)}`, {section: s.heading || t('editions.changes.introduction')});
  return {
    title: t('editions.changes.title', {version: name}),
    intro: changes.previous === undefined ? t('editions.changes.first', {edition: version}) : t('editions.changes.compared', {previous: versionName(t, changes.previous)}),
    labels: {field: t('editions.changes.field'), before: t('editions.changes.before'), after: t('editions.changes.after'), added: t('editions.changes.addedValues'), removed: t('editions.changes.removedValues'), text: t('editions.changes.text'), reason: t('editions.changes.reason'), replacedBy: t('editions.changes.replacedBy')},
    sections: [
      section('added', changes.added.map((item) => ({item: itemData(item, context)}))),
      ...(changes.previous === undefined
        ? []
        : [
            section(
              'changed',
              changes.changed.map(({before, after, fields, sections}) => ({
                item: itemData(after, context),
                fields: fields.map((change) => fieldRow(change, before, after, context)),
                text: sections.map(sectionLabel),
                links: [
                  {label: t('editions.changes.readBefore', {version: versionName(t, before.edition)}), to: before.page.url},
                  {label: t('editions.changes.readAfter', {version: versionName(t, after.edition)}), to: after.page.url},
                ],
              })),
            ),
          ]),
      section('superseded', changes.superseded.map(retired)),
      section('withdrawn', changes.withdrawn.map(retired)),
      ...(changes.previous === undefined ? [] : [section('removed', changes.removed.map((item) => ({item: itemData(item, context)})))]),
    ],
    unchanged: changes.previous === undefined ? '' : t('editions.changes.unchanged', {count: changes.unchanged.length}),
  };
}

/** The data of the recommendations of `version` by status and theme. */
export function statusPage(context: PageContext, version: string): StatusPageData {
  const {t, index, locale} = context;
  const name = versionName(t, version);
  const items = [...recommendationsOf(index, version).values()];
  return {
    title: t('editions.status.title', {version: name}),
    intro: t('editions.status.intro', {version: name}),
    statuses: Object.keys(statuses.recommendation).map((status) => {
      const inStatus = items.filter((item) => item.fields.status === status);
      return {
        status,
        label: t(`vocabulary.statuses.recommendation.${status}`),
        count: t('editions.status.count', {count: inStatus.length}),
        empty: t('editions.status.none'),
        themes: Object.keys(themes)
          .map((theme) => ({
            theme,
            label: t(`vocabulary.themes.${theme}`),
            items: inStatus
              .filter((item) => (item.fields as {theme?: string}).theme === theme)
              .map((item) => {
                const since = (item.fields as {statusHistory?: {date?: string}[]}).statusHistory?.at(-1)?.date;
                return {...itemData(item, context), since: since ? t('editions.status.lastChange', {date: formatDate(since, locale)}) : ''};
              }),
          }))
          .filter((group) => group.items.length > 0),
      };
    }),
  };
}

/** How the codebook names a column's type. */
function typeOf(column: Column): string {
  const {field} = column;
  const base = field.type.replace(/^list of /, '');
  const one = field.refKinds
    ? `id of ${field.refKinds.map((k) => `a ${kindNames[k]} (${families.find((f) => f.kind === k)!.shape})`).join(' or ')}`
    : field.vocabulary
      ? 'one of the values'
      : base === 'date'
        ? 'date: YYYY, YYYY-MM or YYYY-MM-DD'
        : base === 'url'
          ? 'address (https://…)'
          : base;
  if (column.form === 'json') return 'JSON list of entries, each with the fields below';
  return column.form === 'list' ? `list, values separated by "; ": ${one}` : one;
}

/** A row of the codebook: column, type, required, description, and the values of a vocabulary with their English labels. */
function codebookRow(name: string, column: Column, t: TFunction): string[] {
  const {field} = column;
  const values = field.vocabulary ? Object.entries(field.vocabulary).map(([key, label]) => (key === label ? key : `${key} (${label})`)).join('; ') : '';
  return [name, typeOf(column), field.required ? t('editions.data.yes') : t('editions.data.no'), field.description, values];
}

/** The data of the open-data page: files, schemas, licence and codebook. */
export function openDataPageData(context: PageContext): OpenDataPageData {
  const {t, index} = context;
  return {
    title: t('editions.data.title'),
    paragraphs: [t('editions.data.intro'), t('editions.data.licence'), t('editions.data.living'), t('editions.data.csv')],
    filesHeading: t('editions.data.files'),
    versions: context.versions.map((version) => ({
      id: version,
      label: versionName(t, version),
      files: datasets.map((dataset) => ({
        label: t(`kind.${dataset.kind}`),
        count: itemsOf(index, dataset, version).length,
        json: `/${dataDir}/${version}/${dataset.name}.json`,
        csv: `/${dataDir}/${version}/${dataset.name}.csv`,
      })),
    })),
    formats: {json: 'JSON', csv: 'CSV'},
    schemasHeading: t('editions.data.schemas'),
    schemas: datasets.map((dataset) => ({label: t(`kind.${dataset.kind}`), to: `/${dataDir}/schema/${dataset.name}.schema.json`})),
    codebookHeading: t('editions.data.codebook'),
    codebookIntro: `${t('editions.data.codebookIntro')} ${licence.name} (${licence.id}).`,
    columns: [t('editions.data.column'), t('editions.data.type'), t('editions.data.required'), t('editions.data.description'), t('editions.data.values')],
    codebook: datasets.map((dataset) => ({
      id: dataset.name,
      label: t(`kind.${dataset.kind}`),
      rows: columnsOf(dataset).flatMap((column) => [
        codebookRow(column.name, column, t),
        ...(column.entries ?? []).map((entry) => codebookRow(`${column.name}[].${entry.name}`, entry, t)),
      ]),
    })),
  };
}

/** The version banner of a version, in the reader's language (the theme's `DocVersionBanner` shows it). */
export interface BannerData {
  readonly text: string;
  /** The label of the link to the same page in the latest edition. */
  readonly latest: string;
  readonly changes: LinkData;
}

/** What the site's pages get as the editions plugin's global data. */
export interface EditionsGlobalData {
  /** Banners by version name, for the versions Docusaurus shows a banner on. */
  readonly banners: Readonly<Record<string, BannerData>>;
}

/** The editions plugin's global data for the locale being built. */
export function globalData(context: PageContext): EditionsGlobalData {
  const {t, index} = context;
  const latest = index.editions[0];
  const banners: Record<string, BannerData> = {};
  if (latest === undefined) return {banners};
  for (const version of context.versions) {
    if (version === latest) continue;
    banners[version] = {
      text: version === currentVersion ? t('editions.banner.draft') : t('editions.banner.older', {edition: version}),
      latest: t('editions.banner.latest', {edition: versionName(t, latest)}),
      changes: {label: version === currentVersion ? t('editions.banner.changes') : t('editions.index.changes'), to: versionPages(version).changes},
    };
  }
  return {banners};
}
