import {describe, expect, test} from 'vitest';
import {searchFiles, type IndexFile} from '../../src/search/build';
import {SearchConfigMismatchError} from '../../src/search/config';
import {SearchSession, SearchUnavailableError} from '../../src/search/session';
import {docsDocuments, draftDocuments, editionDocuments} from './corpus';

const origin = 'http://kb.test/lt/search-index/';
const files = searchFiles(
  ['docs', 'white-paper@current', 'white-paper@2021'],
  new Map([
    ['docs', docsDocuments],
    ['white-paper@current', draftDocuments],
    ['white-paper@2021', editionDocuments],
  ]),
);

/** A session over the files above, recording what it fetched. */
function session(alter: (name: string, json: unknown) => unknown = (_name, json) => json) {
  const fetched: string[] = [];
  const fetchJson = async (url: string) => {
    const name = url.slice(origin.length);
    fetched.push(name.replace(/\.[0-9a-f]{10}/, '.<hash>'));
    const text = files.get(name);
    if (text === undefined) throw new Error(`HTTP 404 for ${url}`);
    return alter(name, JSON.parse(text));
  };
  return {fetched, session: new SearchSession(`${origin}manifest.json`, fetchJson)};
}

describe('loading', () => {
  test('loads the manifest, the living docs and the chosen edition only', async () => {
    const {fetched, session: s} = session();
    await s.load('2021');
    expect(fetched).toEqual(['manifest.json', 'docs.<hash>.json', 'white-paper-2021.<hash>.json']);
  });

  test('fetches the fragments of the results it returns, and no others', async () => {
    const {fetched, session: s} = session();
    const response = await s.query({query: 'kaunas', edition: 'current', limit: 1});
    expect(response.total).toBe(3);
    expect(fetched.filter((name) => name.includes('/'))).toEqual(['docs.<hash>/2.json']);
  });

  test('an index file built with another configuration is refused loudly', async () => {
    const {session: s} = session((name, json) => (name.startsWith('docs.') ? {...(json as IndexFile), config: {...(json as IndexFile).config, format: 0}} : json));
    await expect(s.query({query: 'roma', edition: 'current'})).rejects.toThrowError(SearchConfigMismatchError);
  });

  test('a site without search files says search is unavailable', async () => {
    const s = new SearchSession(`${origin}manifest.json`, async (url) => {
      throw new Error(`HTTP 404 for ${url}`);
    });
    await expect(s.query({query: 'roma', edition: 'current'})).rejects.toThrowError(SearchUnavailableError);
  });
});

describe('results', () => {
  test('each result: title and snippet highlighted, kind, id, place', async () => {
    const {session: s} = session();
    const {results, total, partial} = await s.query({query: 'roma mediator', edition: 'current'});
    expect({total, partial}).toEqual({total: 2, partial: false});
    expect(results[0]).toEqual({
      route: 'docs/best-practices/rs/bp-rs-002',
      title: [
        {text: 'Roma', match: true},
        {text: ' health ', match: false},
        {text: 'mediators', match: true},
        {text: ' in Serbia', match: false},
      ],
      kind: 'best-practice',
      ref: 'BP-RS-002',
      scope: 'docs',
      breadcrumb: [],
      snippet: [
        {text: 'Roma', match: true},
        {text: ' women work as health ', match: false},
        {text: 'mediators', match: true},
        {text: ' between ', match: false},
        {text: 'Roma', match: true},
        {text: ' settlements and health centres in Novi Sad and other towns.', match: false},
      ],
      exact: false,
    });
  });

  test('the edition chosen decides which White Paper text answers', async () => {
    const {session: s} = session();
    const [draft] = (await s.query({query: 'REC-GOV-03', edition: 'current'})).results;
    const [released] = (await s.query({query: 'REC-GOV-03', edition: '2021'})).results;
    expect([draft.scope, draft.exact, draft.route]).toEqual(['white-paper@current', true, 'white-paper/next/recommendations/rec-gov-03']);
    expect([released.scope, released.exact, released.route]).toEqual(['white-paper@2021', true, 'white-paper/recommendations/rec-gov-03']);
  });

  test('offset and limit page through the results', async () => {
    const {session: s} = session();
    const all = await s.query({query: 'kaunas', edition: 'current'});
    const second = await s.query({query: 'kaunas', edition: 'current', offset: 1, limit: 1});
    expect(second.results.map((r) => r.route)).toEqual([all.results[1].route]);
  });
});

test('a query superseded by a newer one fetches no fragment', async () => {
  const fetched: string[] = [];
  const s = new SearchSession(`${origin}manifest.json`, async (url) => {
    fetched.push(url.slice(origin.length));
    return JSON.parse(files.get(url.slice(origin.length))!);
  });
  const response = await s.query({query: 'kaunas', edition: 'current'}, () => true);
  expect(response).toMatchObject({results: [], total: 3});
  expect(fetched.filter((name) => name.includes('/'))).toEqual([]);
});
