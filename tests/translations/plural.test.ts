/**
 * Plural forms per language: the categories each locale needs, and the form
 * i18next picks for a count through the project's translator.
 */
import {describe, expect, test} from 'vitest';
import {createTranslator, type Catalogue} from '../../src/i18n/catalogue';
import {pluralCategories, splitPluralKey} from '../../src/i18n/plural';
import {loadCatalogues} from '../../src/i18n/load';
import type {Locale} from '../../src/content/site';

const english: Catalogue = {item: {evidenceCount_one: '{{count}} evidence item', evidenceCount_other: '{{count}} evidence items'}};

/** A catalogue whose every form names its category, so the test sees which one was picked. */
function tagged(locale: Locale): Catalogue {
  return {item: Object.fromEntries(pluralCategories(locale).map((category) => [`evidenceCount_${category}`, `{{count}} ${category}`]))};
}

const counts = [0, 1, 2, 5, 11, 21, 22, 101, 111, 1.5];

describe('plural categories', () => {
  test.each([
    ['en', ['one', 'other']],
    ['lt', ['one', 'few', 'many', 'other']],
    ['pl', ['one', 'few', 'many', 'other']],
    ['lv', ['zero', 'one', 'other']],
    ['sr', ['one', 'few', 'other']],
    ['hr', ['one', 'few', 'other']],
    ['ro', ['one', 'few', 'other']],
    ['es', ['one', 'many', 'other']],
    ['it', ['one', 'many', 'other']],
    ['el', ['one', 'other']],
    ['bg', ['one', 'other']],
    ['mk', ['one', 'other']],
    ['nl', ['one', 'other']],
    ['sq', ['one', 'other']],
  ])('%s needs %j', (locale, categories) => {
    expect(pluralCategories(locale)).toEqual(categories);
  });

  test('splits i18next plural keys and leaves other underscores alone', () => {
    expect(splitPluralKey('evidenceCount_few')).toEqual({base: 'evidenceCount', category: 'few'});
    expect(splitPluralKey('sort_by')).toBeUndefined();
    expect(splitPluralKey('_other')).toBeUndefined();
  });
});

describe('item.evidenceCount picks the form of the language', () => {
  test.each<[Locale, string[]]>([
    ['en', ['0 other', '1 one', '2 other', '5 other', '11 other', '21 other', '22 other', '101 other', '111 other', '1.5 other']],
    ['lt', ['0 other', '1 one', '2 few', '5 few', '11 other', '21 one', '22 few', '101 one', '111 other', '1,5 many']],
    ['pl', ['0 many', '1 one', '2 few', '5 many', '11 many', '21 many', '22 few', '101 many', '111 many', '1,5 other']],
    ['lv', ['0 zero', '1 one', '2 other', '5 other', '11 zero', '21 one', '22 other', '101 one', '111 zero', '1,5 other']],
    ['sr', ['0 other', '1 one', '2 few', '5 other', '11 other', '21 one', '22 few', '101 one', '111 other', '1,5 other']],
    ['hr', ['0 other', '1 one', '2 few', '5 other', '11 other', '21 one', '22 few', '101 one', '111 other', '1,5 other']],
    ['ro', ['0 few', '1 one', '2 few', '5 few', '11 few', '21 other', '22 other', '101 few', '111 few', '1,5 few']],
    ['es', ['0 other', '1 one', '2 other', '5 other', '11 other', '21 other', '22 other', '101 other', '111 other', '1,5 other']],
    ['el', ['0 other', '1 one', '2 other', '5 other', '11 other', '21 other', '22 other', '101 other', '111 other', '1,5 other']],
  ])('%s', (locale, expected) => {
    const t = createTranslator(locale, {en: english, [locale]: locale === 'en' ? english : tagged(locale)});
    const forms = counts.map((count) => t('item.evidenceCount', {count}));
    expect(forms).toEqual(locale === 'en' ? expected.map((e) => e.replace(/ other$/, ' evidence items').replace(/ one$/, ' evidence item')) : expected);
  });

  test('real words: Lithuanian and Serbian (Cyrillic)', () => {
    const lt = createTranslator('lt', {en: english, lt: {item: {evidenceCount_one: '{{count}} įrodymas', evidenceCount_few: '{{count}} įrodymai', evidenceCount_many: '{{count}} įrodymo', evidenceCount_other: '{{count}} įrodymų'}}});
    expect([1, 2, 10, 21].map((count) => lt('item.evidenceCount', {count}))).toEqual(['1 įrodymas', '2 įrodymai', '10 įrodymų', '21 įrodymas']);
    const sr = createTranslator('sr', {en: english, sr: {item: {evidenceCount_one: '{{count}} доказ', evidenceCount_few: '{{count}} доказа', evidenceCount_other: '{{count}} доказа'}}});
    expect([1, 3, 5].map((count) => sr('item.evidenceCount', {count}))).toEqual(['1 доказ', '3 доказа', '5 доказа']);
  });

  test('a missing form falls back to English, which is why the checker requires every form', () => {
    const es = createTranslator('es', {en: english, es: {item: {evidenceCount_one: '{{count}} prueba', evidenceCount_other: '{{count}} pruebas'}}});
    expect(es('item.evidenceCount', {count: 1_000_000})).toBe('1.000.000 evidence items');
  });

  test('numbers are written the reader’s way', () => {
    const t = (locale: Locale, count: number) => createTranslator(locale, {en: english, [locale]: tagged(locale)})('item.evidenceCount', {count});
    // Lithuanian and Polish group with a no-break space; Italian and Polish only from five digits on (CLDR).
    expect([t('en', 1234), t('lt', 1234), t('it', 1234), t('it', 12345), t('pl', 12345)]).toEqual(['1,234 other', '1\u00a0234 few', '1234 other', '12.345 other', '12\u00a0345 many']);
  });

  test('a sentence that ends with a date ending in a full stop has one full stop; an ellipsis stays', () => {
    const sr = createTranslator('sr', loadCatalogues());
    const date = new Intl.DateTimeFormat('sr-Cyrl', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(Date.UTC(2026, 10, 29)));
    expect(sr('pdf.printedFrom', {url: 'https://example.org/sr/white-paper/', date})).toBe('Одштампано са https://example.org/sr/white-paper/ 29. новембар 2026.');
    expect(createTranslator('en', {en: {a: 'Wait for it...'}})('a')).toBe('Wait for it...');
  });
});
