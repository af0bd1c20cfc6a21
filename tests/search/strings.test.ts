import {describe, expect, test} from 'vitest';
import {createTranslator} from '../../src/i18n/catalogue';
import {formatMessage, resolveSearchStrings, searchMessages} from '../../src/search/strings';

const english = {search: {results_one: '{{count}} result', results_other: '{{count}} results', noResults: 'No results for “{{query}}”.', label: 'Search'}, kind: {recommendation: 'Recommendation'}};
const lithuanian = {search: {results_one: '{{count}} rezultatas', results_few: '{{count}} rezultatai', results_other: '{{count}} rezultatų'}};

describe('resolveSearchStrings', () => {
  const strings = resolveSearchStrings(createTranslator('lt', {en: english, lt: lithuanian}), 'lt');

  test('every message is resolved, in the locale or in English', () => {
    expect(Object.keys(strings.messages).sort()).toEqual([...searchMessages].sort());
    expect(formatMessage(strings, 'noResults', {query: 'Kaunas'})).toBe('No results for “Kaunas”.');
  });

  test("plural forms follow the locale's rules", () => {
    expect([1, 2, 10, 21, 22].map((count) => formatMessage(strings, 'results', {count}))).toEqual(['1 rezultatas', '2 rezultatai', '10 rezultatų', '21 rezultatas', '22 rezultatai']);
  });

  test('facet labels from the vocabularies', () => {
    expect(strings.labels.kind.recommendation).toBe('Recommendation');
    expect(strings.labels.theme.governance).toBe('Participatory governance');
    expect(strings.labels.country.RS).toBe('Serbia');
    expect(strings.labels.status.documented).toBe('Documented from public sources');
  });
});

test('a locale without its own strings gets English, with English plural forms', () => {
  const strings = resolveSearchStrings(createTranslator('sr', {en: english}), 'sr-Cyrl');
  expect([1, 3, 5].map((count) => formatMessage(strings, 'results', {count}))).toEqual(['1 result', '3 results', '5 results']);
});

test('values are inserted as text, and unknown placeholders are left alone', () => {
  const strings = resolveSearchStrings(createTranslator('en', {en: english}), 'en');
  expect(formatMessage(strings, 'noResults', {query: '<img src=x>'})).toBe('No results for “<img src=x>”.');
  expect(formatMessage(strings, 'noResults')).toBe('No results for “{{query}}”.');
});
