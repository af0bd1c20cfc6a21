/**
 * What the build shares between locales: where the English pages are from
 * a locale's pages, and the digest that keeps the bundler's cache from
 * reusing pages compiled with other banners or strings.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {defaultLocaleHref, setBuildTarget, translationDigest, translationReportOf} from '../../src/translations/store';

let site: string;
const env = {...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org'};
const git = (...args: string[]) => execFileSync('git', ['-C', site, ...args], {env, encoding: 'utf8'});
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
  writeFileSync(path.join(site, file), text);
};

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'kb-l10n-store-'));
  git('init', '-q');
  write('docs/index.md', '# Home\n');
  write('i18n/lt/kb.json', '{"translation": {"label": "Apie vertimą"}}');
  git('add', '-A');
  git('commit', '-q', '-m', 'First');
});
afterAll(() => {
  setBuildTarget({localizedBaseUrl: true, siteUrl: '/'});
  rmSync(site, {recursive: true, force: true});
});

test('the English page from a locale of a full build, and of a build of that locale alone', () => {
  setBuildTarget({localizedBaseUrl: true, siteUrl: 'https://kb.example.org/lt/'});
  expect(defaultLocaleHref('/docs/meetings')).toBe('pathname:///../docs/meetings');
  setBuildTarget({localizedBaseUrl: false, siteUrl: 'https://kb.example.org/'});
  expect(defaultLocaleHref('/docs/meetings')).toBe('https://kb.example.org/docs/meetings');
});

test('the digest changes with the catalogues, the history and the build target, and only then', () => {
  setBuildTarget({localizedBaseUrl: true, siteUrl: '/'});
  const digest = () => translationDigest(loadContentIndex(site), site);
  const first = digest();
  expect(digest()).toBe(first);
  write('i18n/lt/kb.json', '{"translation": {"label": "Apie šį vertimą"}}');
  const edited = digest();
  expect(edited).not.toBe(first);
  git('commit', '-q', '--allow-empty', '-m', 'Second');
  const committed = digest();
  expect(committed).not.toBe(edited);
  setBuildTarget({localizedBaseUrl: false, siteUrl: 'https://kb.example.org/'});
  expect(digest()).not.toBe(committed);
  expect(translationReportOf(loadContentIndex(site)).head).toBe(git('rev-parse', 'HEAD').trim());
});
