import {expect, test} from 'vitest';
import {labelledQueries} from '../../src/search/bench/labelled';
import {gzipBytes, hitRate, percentile} from '../../src/search/bench/metrics';
import {syntheticCorpus} from '../../src/search/bench/synthetic';

test('percentile by nearest rank', () => {
  const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
  expect([percentile(values, 50), percentile(values, 95), percentile(values, 100), percentile([], 50)]).toEqual([5, 10, 10, Number.NaN]);
});

test('hit rate: the expected answer among the first k', () => {
  expect(hitRate([['a', 'b'], ['c', 'd', 'e', 'f', 'g', 'h'], []], ['b', 'h', 'x'], 5)).toBeCloseTo(1 / 3);
});

test('gzip size, never more than the raw size', () => {
  expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
  expect(gzipBytes(new Uint8Array([1]))).toBe(1);
});

test('the labelled set: at least 40 queries in at least 6 languages', () => {
  expect(labelledQueries.length).toBeGreaterThanOrEqual(40);
  expect(new Set(labelledQueries.map((query) => query.language)).size).toBeGreaterThanOrEqual(6);
});

test('the synthetic corpus: 2,000 pages in 3 locales, unique titles, labelled queries that name a page', () => {
  const {pages, queries} = syntheticCorpus();
  expect(pages).toHaveLength(2000);
  expect(Object.fromEntries(['lt', 'sr', 'el'].map((locale) => [locale, pages.filter((page) => page.locale === locale).length]))).toEqual({lt: 667, sr: 667, el: 666});
  for (const locale of ['lt', 'sr', 'el']) {
    const titles = pages.filter((page) => page.locale === locale).map((page) => page.title);
    expect(new Set(titles).size).toBe(titles.length);
  }
  const routes = new Set(pages.map((page) => page.route));
  expect(queries).toHaveLength(60);
  expect(queries.every((query) => routes.has(query.expect))).toBe(true);
  // Typed as readers type: no diacritics, Serbian in Latin script, Greek without accents.
  expect(queries.filter((query) => query.locale === 'sr').every((query) => /^[a-z0-9 ]+$/.test(query.query))).toBe(true);
  expect(queries.every((query) => query.query === query.query.normalize('NFD').replace(/\p{M}/gu, ''))).toBe(true);
  expect(syntheticCorpus()).toEqual({pages, queries});
});
