/**
 * What a production build publishes for the editions (`KB_BUILD_DIR`,
 * default `build/`, built from the site in `KB_SITE_DIR`, default the
 * project): a short link for every recommendation in every edition, the
 * open data of every built locale (JSON valid against the published
 * schemas, CSV with the codebook's columns and its text intact), the pages
 * of each edition, the version banners, and the citations.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {parse} from 'csv-parse/sync';
import {describe, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {currentVersion, defaultLocale, localeCodes, type Locale} from '../../src/content/site';
import {readChangelog} from '../../src/editions/edition';
import {columnsOf, datasets} from '../../src/editions/open-data';

const root = path.resolve(__dirname, '../..');
const buildDir = path.resolve(root, process.env.KB_BUILD_DIR ?? 'build');
const siteDir = path.resolve(root, process.env.KB_SITE_DIR ?? '.');
const index = loadContentIndex(siteDir);
const versions = [currentVersion, ...index.editions];
const latest = index.editions[0];
/** The locales this build has: English at the root, the others in their folders. */
const builtLocales = localeCodes.filter((locale) => existsSync(path.join(buildDir, locale === defaultLocale ? '' : locale, 'index.html')));
const localeDir = (locale: Locale) => path.join(buildDir, locale === defaultLocale ? '' : locale);
const html = (locale: Locale, route: string) => readFileSync(path.join(localeDir(locale), route, 'index.html'), 'utf8');
const recommendations = [...index.items.values()].filter((item) => item.kind === 'recommendation');

test('the build and its content have at least one released edition', () => {
  expect(latest, `no edition in ${siteDir}: cut one with \`npm run edition\``).toBeDefined();
  expect(builtLocales).toContain('en');
});

describe('short links', () => {
  test.each(builtLocales)('%s: /r/<id>@<edition> for every recommendation in every edition, and /r/<id>, lead to pages that exist', (locale) => {
    const prefix = locale === defaultLocale ? '' : `/${locale}`;
    const links = [...recommendations.map((item) => [`${item.id}@${item.edition}`, item.page.url] as const), ...[...new Set(recommendations.map((i) => i.id))].map((id) => [id, index.byId.get(id)!.find((i) => i.edition === latest)?.page.url ?? index.byId.get(id)!.at(-1)!.page.url] as const)];
    expect(links.length).toBe(recommendations.length + new Set(recommendations.map((i) => i.id)).size);
    for (const [from, to] of links) {
      const page = html(locale, `r/${from}`);
      expect(page, from).toContain(`<meta http-equiv="refresh" content="0; url=${prefix}${to}">`);
      expect(existsSync(path.join(buildDir, `${prefix}${to}`, 'index.html')), `${from} -> ${to}`).toBe(true);
    }
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  test.each(builtLocales.flatMap((locale) => versions.flatMap((version) => datasets.map((dataset) => [locale, version, dataset.name] as const))))('%s %s %s: the JSON validates against the published schema, the CSV has its columns and the same text', (locale, version, name) => {
    const dir = path.join(localeDir(locale), 'data');
    const schema = JSON.parse(readFileSync(path.join(dir, 'schema', `${name}.schema.json`), 'utf8')) as {$id: string};
    const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
    const data = JSON.parse(readFileSync(path.join(dir, version, `${name}.json`), 'utf8')) as {items: Record<string, unknown>[]};
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const kind = datasets.find((d) => d.name === name)!.kind;
    const expected = [...index.items.values()].filter((item) => item.kind === kind && item.edition === (kind === 'recommendation' ? version : currentVersion)).length;
    expect(data.items.length).toBe(expected);

    const bytes = readFileSync(path.join(dir, version, `${name}.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, {bom: true}) as string[][];
    expect(rows[0]).toEqual(columnsOf(datasets.find((d) => d.name === name)!).map((c) => c.name));
    expect(rows.length - 1).toBe(data.items.length);
    const titles = rows.slice(1).map((row) => row[rows[0].indexOf('title')]);
    expect(titles).toEqual(data.items.map((item) => item.title));
  });

  test('letters outside ASCII survive in the files (the Polish practices’ titles)', () => {
    const csv = readFileSync(path.join(buildDir, 'data', currentVersion, 'best-practices.csv'), 'utf8');
    expect(csv).toContain('Gdańsk');
  });

  test.each(builtLocales)('%s: the open-data page states the licence and describes every column', (locale) => {
    const page = html(locale, 'open-data');
    expect(page).toContain('CC BY 4.0');
    for (const dataset of datasets) for (const column of columnsOf(dataset)) expect(page, `${dataset.name}.${column.name}`).toContain(`<code>${column.name}</code>`);
  });
});

describe('the pages of the editions', () => {
  const date = readChangelog(siteDir).find((entry) => entry.edition === latest)?.date;

  test('the oldest edition says it is the first one; the working draft is compared with the latest edition', () => {
    const oldest = index.editions.at(-1)!;
    expect(html('en', `white-paper/editions/${oldest}/changes`)).toContain(`Edition ${oldest} is the first edition of the White Paper: there is no earlier edition to compare it with.`);
    expect(html('en', 'white-paper/editions/next/changes')).toContain(`Compared with Edition ${latest}. Computed from the content of both editions when the site was built.`);
  });

  test('the list of editions gives the day each edition was recorded, and the edition page cites the whole White Paper', () => {
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shown = new Intl.DateTimeFormat('en', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));
    expect(html('en', 'white-paper/editions')).toContain(shown);
    const page = html('en', `white-paper/editions/${latest}`);
    expect(page).toContain(`This edition was recorded in the knowledge base on ${shown}. That is not a date of publication by the network.`);
    expect(page).toContain(`Intercultural Dialogue Network. White Paper on intercultural dialogue, migration and the humanitarian crisis, Edition ${latest}. Recorded in the knowledge base on ${shown}.`);
  });

  test('the recommendations by status list every recommendation of the edition as a draft, and no adoption', () => {
    const page = html('en', `white-paper/editions/${latest}/status`);
    const count = recommendations.filter((item) => item.edition === latest).length;
    expect(page).toContain(`Draft (${count} recommendations)`);
    expect(page).toContain('Adopted (0 recommendations)');
  });

  test('the working draft has the draft banner with a link to the same page in the latest edition; the latest edition has none', () => {
    const url = index.items.get(`REC-GOV-03@${currentVersion}`)!.page.url;
    const draftPage = html('en', url.slice(1));
    expect(draftPage).toContain('You are reading the working draft of the White Paper. Partners are still editing it: it is not a released edition, and its text may change.');
    expect(draftPage).toContain(`<a href=${index.items.get(`REC-GOV-03@${latest}`)!.page.url}>Read this page in the latest edition (Edition ${latest})</a>`);
    expect(html('en', index.items.get(`REC-GOV-03@${latest}`)!.page.url.slice(1))).not.toContain('kb-version-banner');
  });

  test('a recommendation of the latest edition can be cited with the edition and its date', () => {
    const page = html('en', index.items.get(`REC-GOV-03@${latest}`)!.page.url.slice(1));
    expect(page).toContain(`(REC-GOV-03, Draft). In: White Paper on intercultural dialogue, migration and the humanitarian crisis, Edition ${latest}.`);
    expect(page).toContain(`@misc{idn-wp-${latest}-rec-gov-03,`);
    expect(page).toContain(`year         = {${date!.slice(0, 4)}},`);
    expect(page).toContain(`/r/REC-GOV-03@${latest}`);
  });
});
