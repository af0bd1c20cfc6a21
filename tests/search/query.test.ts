import {describe, expect, test} from 'vitest';
import {buildScopeIndex} from '../../src/search/build';
import {SearchConfigMismatchError, searchConfig} from '../../src/search/config';
import {openScope, search} from '../../src/search/query';
import {docsDocuments, draftDocuments} from './corpus';

const docs = openScope(JSON.parse(JSON.stringify(buildScopeIndex('docs', docsDocuments))), 'docs.json');
const draft = openScope(JSON.parse(JSON.stringify(buildScopeIndex('white-paper@current', draftDocuments))), 'draft.json');
const routes = (query: string, facets = {}) => search([docs, draft], {query, facets}).matches.map((match) => match.document.route);

describe('ranking', () => {
  test('a typed reference id goes first, flagged exact', () => {
    const answer = search([docs, draft], {query: 'REC-SRV-02'});
    expect(answer.matches[0]).toMatchObject({exact: true, document: {ref: 'REC-SRV-02'}});
    expect(answer.matches.filter((match) => match.exact)).toHaveLength(1);
  });

  test('an id with a pinned edition still finds the item', () => {
    expect(search([docs, draft], {query: 'rec-gov-03@2021'}).matches[0]).toMatchObject({exact: true, document: {ref: 'REC-GOV-03'}});
  });

  test('a title match comes before a body match', () => {
    expect(routes('roma')).toEqual(['docs/best-practices/rs/bp-rs-002', 'white-paper/next/recommendations/rec-srv-02']);
    expect(routes('integration')[0]).toBe('white-paper/next/recommendations/rec-gov-03');
  });

  test('every word must match, across fields', () => {
    expect(routes('roma novi')).toEqual(['docs/best-practices/rs/bp-rs-002']);
  });

  test('when no page has every word, the pages with most of them, flagged partial', () => {
    const answer = search([docs, draft], {query: 'jonava zzzz'});
    expect(answer.partial).toBe(true);
    expect(answer.matches.map((match) => match.document.ref)).toEqual(['BP-LT-002']);
  });

  test('nothing matches nothing', () => {
    expect(search([docs, draft], {query: 'qqqq'})).toMatchObject({matches: [], partial: false});
  });
});

describe('facets', () => {
  test('within a facet any value, across facets all', () => {
    expect(routes('health', {kind: ['best-practice', 'meeting']})).toEqual(['docs/best-practices/rs/bp-rs-002', 'docs/meetings/mtg-2021-kaunas']);
    expect(routes('health', {kind: ['best-practice', 'meeting'], country: ['LT']})).toEqual(['docs/meetings/mtg-2021-kaunas']);
  });

  test('counts each facet with the other facets applied', () => {
    const {counts} = search([docs, draft], {query: 'health', facets: {country: ['RS']}});
    expect(counts.country).toEqual({RS: 1, LT: 1});
    expect(counts.kind).toEqual({'best-practice': 1});
  });

  test('an empty query with facets lists what they let through, by title', () => {
    expect(routes('', {level: ['local']})).toEqual(['white-paper/next/recommendations/rec-gov-03', 'white-paper/next/recommendations/rec-srv-02']);
    expect(routes('')).toEqual([]);
  });
});

describe('configuration', () => {
  test('an index built with another configuration is refused, saying what differs', () => {
    const file = {...buildScopeIndex('docs', docsDocuments), config: {...searchConfig, tokenize: 'strict', resolution: {...searchConfig.resolution, body: 9}}};
    expect(() => openScope(JSON.parse(JSON.stringify(file)), '/search-index/docs.abc.json')).toThrowError(SearchConfigMismatchError);
    expect(() => openScope(JSON.parse(JSON.stringify(file)), '/search-index/docs.abc.json')).toThrowError(
      'The search index /search-index/docs.abc.json was built with another search configuration (tokenize: expected "forward", found "strict"; resolution: expected {"ref":1,"title":1,"headings":1,"body":1}, found {"ref":1,"title":1,"headings":1,"body":9}). It is not searched, since its answers would be wrong: rebuild the site with `npm run build`.',
    );
  });

  test('an index from an older flexsearch is refused', () => {
    const file = {...buildScopeIndex('docs', docsDocuments), config: {...searchConfig, engine: 'flexsearch@0.7.43'}};
    expect(() => openScope(file, 'old.json')).toThrowError(/engine: expected "flexsearch@0.8.212", found "flexsearch@0.7.43"/);
  });
});
