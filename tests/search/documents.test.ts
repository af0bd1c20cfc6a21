import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {readBuiltDocuments, searchFiles, type Manifest} from '../../src/search/build';
import {scopesOf, searchSources} from '../../src/search/documents';
import {SearchSession} from '../../src/search/session';

/** A small site: a page, a draft page, a best practice translated into Serbian, a recommendation in the draft and in edition 2021. */
const index = loadContentIndex(path.join(__dirname, 'fixtures/site'));

describe('searchSources', () => {
  test('the fixture site reads without problems', () => {
    expect(index.problems).toEqual([]);
  });

  test('every page of a locale, by scope: its translation where one exists, English otherwise; drafts left out', () => {
    expect(searchSources(index, 'sr').map((source) => [source.scope, source.route, source.title, source.file])).toEqual([
      ['docs', 'docs/best-practices/rs/bp-rs-002', 'Ромске здравствене медијаторке у Србији', 'i18n/sr/docusaurus-plugin-content-docs/current/best-practices/rs/bp-rs-002.md'],
      ['docs', 'docs/', 'The network', 'docs/index.md'],
      ['white-paper@current', 'white-paper/next/', 'White Paper', 'white-paper/index.md'],
      ['white-paper@current', 'white-paper/next/recommendations/rec-gov-03', 'Adopt a city integration model with goals shared across departments', 'white-paper/recommendations/rec-gov-03.md'],
      ['white-paper@2021', 'white-paper/', 'White Paper', 'white-paper_versioned_docs/version-2021/index.md'],
      ['white-paper@2021', 'white-paper/recommendations/rec-gov-03', 'Adopt a city integration model', 'white-paper_versioned_docs/version-2021/recommendations/rec-gov-03.md'],
    ]);
  });

  test('headings of the page shown, and facets from the item of each edition', () => {
    const [practice, , , draft, , released] = searchSources(index, 'sr');
    expect(practice).toMatchObject({kind: 'best-practice', ref: 'BP-RS-002', headings: ['Резултати'], facets: {kind: ['best-practice'], theme: ['services'], country: ['RS'], status: ['documented']}});
    expect(draft.facets).toEqual({kind: ['recommendation'], theme: ['governance'], level: ['local'], status: ['draft']});
    expect(released.facets).toEqual({kind: ['recommendation'], theme: ['governance'], level: ['local', 'national'], status: ['adopted']});
  });

  test('scopes: the living docs, the working draft and each released edition', () => {
    expect(scopesOf(index)).toEqual(['docs', 'white-paper@current', 'white-paper@2021']);
  });
});

describe('from built pages to search files', () => {
  const html = (crumb: string, text: string) =>
    `<nav class=theme-doc-breadcrumbs><ul><li class=breadcrumbs__item><a>${crumb}</a><li class="breadcrumbs__item breadcrumbs__item--active">x</ul></nav><div class="theme-doc-markdown markdown"><p>${text}</p></div>`;
  const pages: Record<string, string> = {
    'docs/best-practices/rs/bp-rs-002': html('Добра пракса', 'Ромкиње раде као здравствене медијаторке.'),
    'docs/': html('', 'Петнаест партнера, међу њима Нови Сад 2021.'),
    'white-paper/next/': html('', 'The White Paper of the network.'),
    'white-paper/next/recommendations/rec-gov-03': html('Recommendations', 'Integration is not the job of a single office.'),
    'white-paper/recommendations/rec-gov-03': html('Recommendations', 'The 2021 wording.'),
  };
  const {documents, missing} = readBuiltDocuments(searchSources(index, 'sr'), (route) => pages[route]);
  const files = searchFiles(scopesOf(index), documents);

  test('a page without built HTML is reported and left out', () => {
    expect(missing.map((source) => source.route)).toEqual(['white-paper/']);
  });

  test('the manifest names an index and a fragment folder per scope, with content hashes', () => {
    const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
    expect(Object.entries(manifest.scopes).map(([scope, entry]) => [scope, entry.documents, entry.index.replace(/[0-9a-f]{10}/, '#')])).toEqual([
      ['docs', 2, 'docs.#.json'],
      ['white-paper@current', 2, 'white-paper-current.#.json'],
      ['white-paper@2021', 1, 'white-paper-2021.#.json'],
    ]);
    expect([...files.keys()].filter((name) => name.includes('/')).map((name) => name.replace(/[0-9a-f]{10}/, '#'))).toEqual([
      'docs.#/0.json',
      'docs.#/1.json',
      'white-paper-current.#/0.json',
      'white-paper-current.#/1.json',
      'white-paper-2021.#/0.json',
    ]);
  });

  test('a Latin query finds the Serbian page, with its breadcrumb', async () => {
    const session = new SearchSession('http://kb.test/sr/search-index/manifest.json', async (url) => JSON.parse(files.get(url.slice('http://kb.test/sr/search-index/'.length))!));
    const {results} = await session.query({query: 'novi sad', edition: '2021'});
    expect(results.map((result) => [result.route, result.breadcrumb])).toEqual([['docs/', []]]);
    const practice = await session.query({query: 'romske zdravstvene', edition: '2021'});
    expect(practice.results.map((result) => [result.route, result.breadcrumb, result.title.map((s) => s.text).join('')])).toEqual([
      ['docs/best-practices/rs/bp-rs-002', ['Добра пракса'], 'Ромске здравствене медијаторке у Србији'],
    ]);
  });
});
