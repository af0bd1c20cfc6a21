/**
 * Which notices a page gets (selectBanner), and the HTML the banner
 * becomes, with its links to the English original and the guide.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import type {Root} from 'mdast';
import {describe, expect, test} from 'vitest';
import type {Page} from '../../src/content/loader';
import {createTranslator} from '../../src/i18n/catalogue';
import {bannerNode} from '../../src/remark/translation-banner/lib/render';
import {selectBanner} from '../../src/remark/translation-banner';
import type {PageStatus} from '../../src/translations/status';

const english = {locale: 'en', instance: 'docs', version: 'current', relativePath: 'meetings/index.md', file: 'docs/meetings/index.md', url: '/docs/meetings'} as Page;
const translation = {...english, locale: 'lt', file: 'i18n/lt/docusaurus-plugin-content-docs/current/meetings/index.md', url: '/lt/docs/meetings'} as Page;
const sha = 'a'.repeat(40);
const status = (overrides: Partial<PageStatus>, record: Partial<NonNullable<PageStatus['record']>> = {}): PageStatus => ({
  locale: 'lt',
  instance: 'docs',
  version: 'current',
  relativePath: 'meetings/index.md',
  source: english.file,
  sourceUrl: english.url,
  translation: translation.file,
  state: 'up-to-date',
  record: {sourceCommit: sha, origin: 'human', reviewed: true, partial: false, ...record},
  ...overrides,
});

describe('selectBanner', () => {
  test.each<[string, Parameters<typeof selectBanner>, ReturnType<typeof selectBanner>]>([
    ['English pages in English: nothing', ['en', english, undefined], undefined],
    ['an English page shown in Lithuanian: missing', ['lt', english, undefined], {notices: ['missing'], guideSection: 'start-a-page'}],
    ['a current, human, reviewed translation: nothing', ['lt', translation, status({})], undefined],
    ['a current human translation not yet reviewed: nothing', ['lt', translation, status({}, {reviewed: false})], undefined],
    ['a reviewed machine translation: nothing', ['lt', translation, status({}, {origin: 'machine'})], undefined],
    ['an unreviewed machine translation', ['lt', translation, status({}, {origin: 'machine', reviewed: false})], {notices: ['machine'], sourceUrl: '/docs/meetings', guideSection: 'review'}],
    ['out of date, with the number of changes', ['lt', translation, status({state: 'outdated', changes: ['b'.repeat(40), 'c'.repeat(40)]})], {notices: ['outdated'], changes: 2, sourceUrl: '/docs/meetings', guideSection: 'update-a-page'}],
    ['partial', ['lt', translation, status({}, {partial: true})], {notices: ['partial'], sourceUrl: '/docs/meetings', guideSection: 'start-a-page'}],
    [
      'out of date, machine-made, unreviewed and partial at once',
      ['lt', translation, status({state: 'outdated', changes: [sha]}, {origin: 'machine', reviewed: false, partial: true})],
      {notices: ['outdated', 'machine', 'partial'], changes: 1, sourceUrl: '/docs/meetings', guideSection: 'update-a-page'},
    ],
    ['an invalid record: no notice (the checker reports it)', ['lt', translation, status({state: 'invalid', record: undefined, reason: 'x'})], undefined],
    ['history not available: no out-of-date notice', ['lt', translation, status({state: 'unknown'}, {origin: 'machine', reviewed: false})], {notices: ['machine'], sourceUrl: '/docs/meetings', guideSection: 'review'}],
  ])('%s', (_name, args, expected) => {
    expect(selectBanner(...args)).toEqual(expected);
  });
});

describe('the banner in HTML', () => {
  const lt = {
    translation: {
      label: 'Apie šį vertimą',
      outdated_one: 'Originalas pakeistas {{count}} kartą.',
      outdated_few: 'Originalas pakeistas {{count}} kartus.',
      outdated_many: 'Originalas pakeistas {{count}} karto.',
      outdated_other: 'Originalas pakeistas {{count}} kartų.',
      machine: 'Išversta mašininiu vertimu.',
      readSource: 'Skaityti originalą',
      guide: 'Vertėjų vadovas',
    },
  };
  const t = createTranslator('lt', {en: {}, lt});
  const html = (node: ReturnType<typeof bannerNode>) =>
    unified().use(remarkRehype).use(rehypeStringify).stringify(unified().use(remarkRehype).runSync({type: 'root', children: [node]} as Root));

  test('notices in the reader’s language, the English page one level above the locale, the guide in the locale', () => {
    const banner = selectBanner('lt', translation, status({state: 'outdated', changes: ['b', 'c', 'd']}, {origin: 'machine', reviewed: false}))!;
    expect(html(bannerNode(banner, t, {englishHref: (url) => `pathname:///..${url}`, guideUrl: '/docs/translating', lang: 'lt'}))).toBe(
      '<aside class="kb-translation-banner kb-translation-banner--warning" role="note" aria-label="Apie šį vertimą" lang="lt">\n' +
        '<p class="kb-translation-banner__notice kb-translation-banner__notice--outdated">Originalas pakeistas 3 kartus.</p>\n' +
        '<p class="kb-translation-banner__notice kb-translation-banner__notice--machine">Išversta mašininiu vertimu.</p>\n' +
        '<p class="kb-translation-banner__links"><a href="pathname:///../docs/meetings" target="_self" hreflang="en" class="kb-translation-banner__source">Skaityti originalą</a> · <a href="/docs/translating#update-a-page">Vertėjų vadovas</a></p>\n' +
        '</aside>',
    );
  });

  test('eleven changes take the Lithuanian form for 11', () => {
    const banner = selectBanner('lt', translation, status({state: 'outdated', changes: Array.from({length: 11}, (_, i) => String(i))}))!;
    expect(html(bannerNode(banner, t, {englishHref: (url) => url, lang: 'lt'}))).toContain('Originalas pakeistas 11 kartų.');
  });
});
