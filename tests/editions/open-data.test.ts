/**
 * The open data of a small site: the JSON validates against the JSON
 * Schemas generated from the content model, a record that breaks the model
 * does not, and the CSV opens with the right columns and its UTF-8 text
 * intact (byte-order mark, quoting, no formula run on opening).
 */
import Ajv2020 from 'ajv/dist/2020';
import {parse} from 'csv-parse/sync';
import {describe, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {schemas} from '../../src/content/schema';
import {cutEdition} from '../../src/editions/cut';
import {columnsOf, datasets, openDataFiles, toCsv} from '../../src/editions/open-data';
import {writeSite} from '../support/site';
import {fixtureFiles} from './fixture';

const site = writeSite(fixtureFiles());
cutEdition(site, '2021', {date: '2021-09-19'});
const index = loadContentIndex(site);
const files = Object.fromEntries(['en', 'lt'].flatMap((locale) => openDataFiles(index, ['current', '2021'], locale as 'en', 'https://example.org/').map((f) => [`${locale}/${f.path}`, f.content])));
const json = (file: string) => JSON.parse(files[file]) as {items: Record<string, unknown>[]} & Record<string, unknown>;

test('per locale: a schema per data set, and per version a JSON and a CSV per data set', () => {
  expect(Object.keys(files).filter((f) => f.startsWith('en/')).sort()).toEqual(
    [
      ...datasets.map((d) => `en/data/schema/${d.name}.schema.json`),
      ...['2021', 'current'].flatMap((v) => datasets.flatMap((d) => [`en/data/${v}/${d.name}.csv`, `en/data/${v}/${d.name}.json`])),
    ].sort(),
  );
});

describe('JSON', () => {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  const validate = (locale: string, name: string) => {
    const schema = JSON.parse(files[`${locale}/data/schema/${name}.schema.json`]) as {$id: string};
    return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  };
  const schemaOf = (name: string) => JSON.parse(files[`en/data/schema/${name}.schema.json`]);

  test.each(['en', 'lt'].flatMap((locale) => ['current', '2021'].flatMap((version) => datasets.map((d) => [locale, version, d.name]))))('%s %s %s validates against its schema', (locale, version, name) => {
    const validateFile = validate(locale, name);
    const data = json(`${locale}/data/${version}/${name}.json`);
    expect(validateFile(data), JSON.stringify(validateFile.errors)).toBe(true);
    expect(data.items.length).toBe({recommendations: 4, 'best-practices': 1, meetings: 1, debates: 0, strategy: 0}[name]);
  });

  test('the schema is generated from the content model: every field of every kind, with the vocabulary as an enum', () => {
    for (const dataset of datasets) {
      const properties = Object.keys(schemaOf(dataset.name).$defs.item.properties);
      expect(properties).toEqual(expect.arrayContaining(Object.keys(schemas[dataset.kind])));
    }
    const item = schemaOf('recommendations').$defs.item;
    expect(item.properties.theme).toEqual({description: 'The White Paper theme; its code is the middle of the id.', type: 'string', enum: ['governance', 'anti-discrimination', 'culture', 'services', 'education', 'work', 'networking']});
    expect(item.properties.evidence.items.pattern).toBe('^(?:BP-[A-Z]{2}-\\d{3}|MTG-\\d{4}-[A-Z]{3,}|DEB-\\d{4}-\\d{2})(?:@[A-Za-z0-9._-]+)?$');
    expect(item.properties.statusHistory.items.required).toEqual(['status', 'date']);
    expect(item.required).toEqual(expect.arrayContaining(['kind', 'edition', 'locale', 'ref', 'title', 'theme', 'status', 'statusHistory', 'summary', 'url']));
  });

  test.each([
    ['a theme outside the vocabulary', (r: Record<string, unknown>) => ({...r, theme: 'governence'}), '/items/0/theme must be equal to one of the allowed values'],
    ['evidence that is not an id', (r: Record<string, unknown>) => ({...r, evidence: ['Barcelona']}), '/items/0/evidence/0 must match pattern'],
    ['a status change without a date', (r: Record<string, unknown>) => ({...r, statusHistory: [{status: 'draft'}]}), "/items/0/statusHistory/0 must have required property 'date'"],
    ['a field the model does not have', (r: Record<string, unknown>) => ({...r, colour: 'red'}), '/items/0 must NOT have additional properties'],
  ])('a record with %s does not validate', (_, change, message) => {
    const validateFile = validate('en', 'recommendations');
    const data = json('en/data/2021/recommendations.json');
    expect(validateFile({...data, items: [change(data.items[0])]})).toBe(false);
    expect(validateFile.errors!.map((e) => `${e.instancePath} ${e.message}`).join('\n')).toContain(message);
  });

  test('a record carries the edition, the language of its text, its page and its permanent link', () => {
    const [first] = json('lt/data/2021/recommendations.json').items;
    expect(first).toMatchObject({
      kind: 'recommendation',
      edition: '2021',
      locale: 'lt',
      textLanguage: 'lt',
      ref: 'REC-GOV-01',
      title: 'Suteikti gyventojams balsą kiekviename mieste',
      summary: 'Lietuviška santrauka, su kableliu.',
      url: 'https://example.org/lt/white-paper/recommendations/rec-gov-01',
      permalink: 'https://example.org/lt/r/REC-GOV-01@2021',
    });
    expect(json('lt/data/2021/recommendations.json').items[1]).toMatchObject({ref: 'REC-GOV-02', textLanguage: 'en', title: 'Hold participation meetings'});
    expect(json('en/data/current/recommendations.json')).toMatchObject({dataset: 'recommendations', edition: 'current', locale: 'en', licence: {id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/'}});
  });
});

describe('CSV', () => {
  const csv = files['en/data/2021/recommendations.csv'];
  const rows = parse(Buffer.from(csv, 'utf8'), {bom: true}) as string[][];

  test('starts with a byte-order mark and ends lines with CRLF, as spreadsheet programs expect', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n').length).toBe(rows.length + 1);
  });

  test('has the codebook’s columns, one row per record, and every row as wide as the header', () => {
    expect(rows[0]).toEqual(columnsOf(datasets[0]).map((c) => c.name));
    expect(rows[0]).toEqual(['kind', 'edition', 'locale', 'textLanguage', 'ref', 'title', 'theme', 'levels', 'actors', 'targetGroups', 'status', 'statusHistory', 'summary', 'evidence', 'replacedBy', 'url', 'permalink']);
    expect(rows.length - 1).toBe(json('en/data/2021/recommendations.json').items.length);
    for (const row of rows) expect(row.length).toBe(rows[0].length);
  });

  test('keeps text with commas, quotes and letters outside ASCII intact; lists joined; lists of entries as JSON', () => {
    const row = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
    expect(row).toMatchObject({
      ref: 'REC-GOV-01',
      title: 'Give residents a voice, in "every" town of Łódź',
      summary: 'A summary of REC-GOV-01, with a comma.',
      actors: 'municipality; civil-society',
      permalink: 'https://example.org/r/REC-GOV-01@2021',
    });
    expect(JSON.parse(row.statusHistory)).toEqual([{status: 'draft', date: '2021-04-15', meeting: 'MTG-2021-KAUNAS', note: 'Drafted from the themes of the Kaunas meeting.'}]);
    const lt = parse(Buffer.from(files['lt/data/2021/recommendations.csv'], 'utf8'), {bom: true, columns: true}) as Record<string, string>[];
    expect(lt[0].title).toBe('Suteikti gyventojams balsą kiekviename mieste');
  });

  test('flattens mappings into one column per field', () => {
    const header = (parse(Buffer.from(files['en/data/current/meetings.csv'], 'utf8'), {bom: true}) as string[][])[0];
    expect(header).toEqual(expect.arrayContaining(['dates.start', 'dates.end', 'outcomes']));
  });

  test('quotes what needs quoting, and defuses a cell that a spreadsheet would run as a formula', () => {
    const text = toCsv(['a', 'b'], [['=HYPERLINK("x")', 'two\nlines, and "quotes"'], ['-1', '@x']]);
    expect(text).toBe('\ufeffa,b\r\n"\'=HYPERLINK(""x"")","two\nlines, and ""quotes"""\r\n\'-1,\'@x\r\n');
    expect(parse(text, {bom: true})).toEqual([['a', 'b'], ['\'=HYPERLINK("x")', 'two\nlines, and "quotes"'], ["'-1", "'@x"]]);
  });
});
