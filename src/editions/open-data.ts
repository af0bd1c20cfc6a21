/**
 * The open data: per version of the White Paper and per locale, every
 * recommendation, best practice, meeting, online debate and strategy item
 * as JSON and CSV, with JSON Schemas and a codebook generated from the
 * field descriptors that check the content. Content licence: CC BY 4.0.
 */
import type {ContentIndex, Item} from '../content/loader';
import {kindNames, kinds, schemas, term, text, url, type Field, type Kind} from '../content/schema';
import {currentVersion, locales, type Locale} from '../content/site';
import {localTitle} from '../content/store';
import {absoluteUrl, dataDir, permalinkPath} from './addresses';
import {fieldSchema, objectSchema, type JsonSchema} from './json-schema';

/** The licence of the content and of the data. */
export const licence = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  credit: 'Intercultural Dialogue Network knowledge base',
} as const;

/** One data set: the items of one kind. */
export interface Dataset {
  readonly kind: Kind;
  /** The file name without extension. */
  readonly name: string;
}

/** The data sets, one per kind of item, in the order the open-data page lists them. */
export const datasets: readonly Dataset[] = [
  {kind: 'recommendation', name: 'recommendations'},
  {kind: 'best-practice', name: 'best-practices'},
  {kind: 'meeting', name: 'meetings'},
  {kind: 'debate', name: 'debates'},
  {kind: 'strategy', name: 'strategy'},
];

const kindVocabulary = Object.fromEntries(kinds.map((kind) => [kind, {label: kindNames[kind]}]));

/** Fields every record has besides the item's own, described with the same descriptors. */
export const recordFields = {
  kind: term(kindVocabulary, 'kind', {required: true, description: 'The kind of item.'}),
  edition: text({required: true, description: 'The White Paper edition the record belongs to: an edition name, or `current` for the working draft. Best practices, meetings, debates and strategy items are not released in editions: they are the same in every edition, as they stood when the site was built.'}),
  locale: term(locales, 'locale', {required: true, description: 'The language of the file the record comes from.'}),
  textLanguage: term(locales, 'locale', {required: true, description: 'The language of `title` and `summary`: the file’s language where the item is translated, English otherwise.'}),
  url: url({required: true, description: 'The address of the item’s page in the file’s language.'}),
  permalink: url({description: 'For recommendations: the permanent short address of the recommendation in this edition.'}),
} satisfies Record<string, Field<unknown>>;

/** A record: the item's fields, with title and summary in the file's language, and the record fields. */
export type DataRecord = Record<string, unknown>;

/** The items of `dataset` in `version`: recommendations of that version, other kinds from the living docs. */
export function itemsOf(index: ContentIndex, dataset: Dataset, version: string): Item[] {
  const edition = dataset.kind === 'recommendation' ? version : currentVersion;
  return [...index.items.values()].filter((item) => item.kind === dataset.kind && item.edition === edition).sort((a, b) => a.id.localeCompare(b.id));
}

/** The record of `item` for `version` and `locale`: title and summary translated where the locale has them. */
export function recordOf(item: Item, version: string, locale: Locale, siteUrl: string): DataRecord {
  const translation = item.translations.get(locale)?.parsed.frontMatter;
  const record: DataRecord = {kind: item.kind, edition: version, locale, textLanguage: translation ? locale : 'en'};
  for (const [key, value] of Object.entries(item.fields as Record<string, unknown>)) record[key] = value;
  record.title = localTitle(item, locale);
  if (typeof translation?.summary === 'string') record.summary = translation.summary;
  record.url = absoluteUrl(siteUrl, locale, item.page.url);
  if (item.kind === 'recommendation') record.permalink = absoluteUrl(siteUrl, locale, permalinkPath(item.id, version));
  return record;
}

/** The JSON file of a data set: what it is, its licence, and its records. */
export function datasetJson(index: ContentIndex, dataset: Dataset, version: string, locale: Locale, siteUrl: string): {readonly [key: string]: unknown} {
  return {
    dataset: dataset.name,
    edition: version,
    locale,
    licence,
    schema: absoluteUrl(siteUrl, locale, `/${dataDir}/schema/${dataset.name}.schema.json`),
    items: itemsOf(index, dataset, version).map((item) => recordOf(item, version, locale, siteUrl)),
  };
}

/** The JSON Schema of a data set's JSON file, generated from the descriptors of its kind. */
export function datasetSchema(dataset: Dataset, id: string): JsonSchema {
  const item = objectSchema({...pick(recordFields, ['kind', 'edition', 'locale', 'textLanguage']), ...schemas[dataset.kind], ...pick(recordFields, ['url', 'permalink'])});
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: `Intercultural Dialogue Network knowledge base: ${dataset.name}`,
    type: 'object',
    properties: {
      dataset: {const: dataset.name},
      edition: fieldSchema(recordFields.edition),
      locale: fieldSchema(recordFields.locale),
      licence: {type: 'object', description: 'The licence of the data.'},
      schema: {type: 'string', description: 'The address of this schema.'},
      items: {type: 'array', items: {$ref: '#/$defs/item'}},
    },
    required: ['dataset', 'edition', 'locale', 'licence', 'items'],
    additionalProperties: false,
    $defs: {item},
  };
}

function pick<T extends Record<string, unknown>, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}

/** One column of a data set's CSV, and what the codebook says of it. */
export interface Column {
  /** The CSV header: the field's name, `parent.child` inside a mapping. */
  readonly name: string;
  readonly field: Field<unknown>;
  /** How the CSV writes it: a value, values joined by `; `, or JSON. */
  readonly form: 'value' | 'list' | 'json';
  /** For `json` columns of lists of mappings: the fields of each entry. */
  readonly entries?: readonly Column[];
}

/** The columns of a data set, in the order of its JSON records. */
export function columnsOf(dataset: Dataset): Column[] {
  const fields: Record<string, Field<unknown>> = {...pick(recordFields, ['kind', 'edition', 'locale', 'textLanguage']), ...schemas[dataset.kind], ...pick(recordFields, ['url'])};
  if (dataset.kind === 'recommendation') fields.permalink = recordFields.permalink;
  return Object.entries(fields).flatMap(([name, field]) => columnsOfField(name, field));
}

function columnsOfField(name: string, field: Field<unknown>): Column[] {
  const isList = field.type.startsWith('list of ');
  if (field.shape && !isList) return Object.entries(field.shape).flatMap(([key, inner]) => columnsOfField(`${name}.${key}`, inner));
  if (field.shape) return [{name, field, form: 'json', entries: Object.entries(field.shape).flatMap(([key, inner]) => columnsOfField(key, inner))}];
  return [{name, field, form: isList ? 'list' : 'value'}];
}

/** The cell of `column` for `record`. */
function cell(record: DataRecord, column: Column): string {
  const value = column.name.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), record);
  if (value === undefined || value === null) return '';
  if (column.form === 'json') return JSON.stringify(value);
  if (column.form === 'list') return (value as unknown[]).join('; ');
  return String(value);
}

/**
 * A CSV file as spreadsheet programs open it: UTF-8 with a byte-order mark,
 * CRLF line ends, a header row, fields quoted when they hold a comma, a
 * quote or a line break; a cell that would start a formula (`=`, `+`, `-`,
 * `@`) is prefixed with `'` so that opening the file runs nothing.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const quote = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** The CSV of a data set in `version` and `locale`. */
export function datasetCsv(index: ContentIndex, dataset: Dataset, version: string, locale: Locale, siteUrl: string): string {
  const columns = columnsOf(dataset);
  const records = itemsOf(index, dataset, version).map((item) => recordOf(item, version, locale, siteUrl));
  return toCsv(columns.map((c) => c.name), records.map((record) => columns.map((column) => cell(record, column))));
}

/** A file the build writes, relative to the locale's output folder. */
export interface DataFile {
  readonly path: string;
  readonly content: string;
}

/** Every open-data file of a locale's build: the schemas, then per version and data set its JSON and CSV. */
export function openDataFiles(index: ContentIndex, versions: readonly string[], locale: Locale, siteUrl: string): DataFile[] {
  const files: DataFile[] = datasets.map((dataset) => {
    const file = `${dataDir}/schema/${dataset.name}.schema.json`;
    return {path: file, content: `${JSON.stringify(datasetSchema(dataset, absoluteUrl(siteUrl, locale, `/${file}`)), null, 2)}\n`};
  });
  for (const version of versions) {
    for (const dataset of datasets) {
      const base = `${dataDir}/${version}/${dataset.name}`;
      files.push({path: `${base}.json`, content: `${JSON.stringify(datasetJson(index, dataset, version, locale, siteUrl), null, 2)}\n`});
      files.push({path: `${base}.csv`, content: datasetCsv(index, dataset, version, locale, siteUrl)});
    }
  }
  return files;
}
