import {expect, test} from 'vitest';
import {defaultEditionOf, parseSearchParams, searchableEditions, toSearchParams} from '../../src/search/url';

const editions = searchableEditions(['2021']);

test('the state of the search page survives a round trip through its URL', () => {
  const state = {query: 'novi sad', facets: {kind: ['best-practice', 'meeting'], country: ['RS']}, edition: 'current'};
  const search = toSearchParams(state, '2021');
  expect(search).toBe('q=novi+sad&kind=best-practice&kind=meeting&country=RS&edition=current');
  expect(parseSearchParams(`?${search}`, editions, '2021')).toEqual(state);
});

test('the default edition stays out of the URL, and an unknown one falls back to it', () => {
  expect(toSearchParams({query: 'roma', facets: {}, edition: '2021'}, '2021')).toBe('q=roma');
  expect(parseSearchParams('?q=roma&edition=1999', editions, '2021')).toEqual({query: 'roma', facets: {}, edition: '2021'});
});

test('the default edition is the newest release, or the working draft', () => {
  expect([defaultEditionOf(['2021', '2020']), defaultEditionOf([])]).toEqual(['2021', 'current']);
  expect(searchableEditions(['2021', '2020'])).toEqual(['2021', '2020', 'current']);
});
