/**
 * Relative links in a locale's build reach the page that locale shows:
 * its translation when there is one, the English page otherwise.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {pageKey, loadContentIndex, type ContentIndex} from '../../src/content/loader';
import {localisedLink} from '../../src/remark/translated-links';

let site: string;
let index: ContentIndex;
const lt = 'i18n/lt/docusaurus-plugin-content-docs/current';
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'kb-l10n-links-'));
  const files: Record<string, string> = {
    'docs/index.md': '# Home\n',
    'docs/meetings/index.md': '# Meetings\n',
    'docs/meetings/debates/index.md': '# Debates\n',
    'docs/network/partners.md': '# Partners\n',
    [`${lt}/meetings/index.md`]: '# Susitikimai\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
    writeFileSync(path.join(site, file), text);
  }
  index = loadContentIndex(site);
});
afterAll(() => rmSync(site, {recursive: true, force: true}));

const page = (locale: 'en' | 'lt', relativePath: string) => index.pageByPath.get(pageKey('docs', 'current', locale, relativePath))!;

test.each([
  ['a translated page, to a page not translated', 'lt', 'meetings/index.md', 'debates/index.md', '@site/docs/meetings/debates/index.md'],
  ['a translated page, to a page not translated, with its anchor', 'lt', 'meetings/index.md', '../network/partners.md#kaunas', '@site/docs/network/partners.md#kaunas'],
  ['an English page shown in Lithuanian, to a translated page', 'en', 'index.md', './meetings/index.md', `@site/${lt}/meetings/index.md`],
  ['a link to a missing page is left for the checker', 'lt', 'meetings/index.md', './nowhere.md', undefined],
  ['a link out of the instance is left alone', 'lt', 'meetings/index.md', '../../outside.md', undefined],
  ['an address is not a file link', 'lt', 'meetings/index.md', '/docs/network/partners', undefined],
  ['a web link is not a file link', 'lt', 'meetings/index.md', 'https://example.org/a.md', undefined],
] as const)('%s', (_name, locale, from, url, expected) => {
  expect(localisedLink(index, page(locale, from), 'lt', url)).toBe(expected);
});
