/**
 * Staleness of translations in a temporary git repository: up to date, out
 * of date (and by how many commits), trivial edits ignored, missing,
 * orphaned, invalid records and commits, renames followed; the text and
 * JSON report, and `--fail-on` of `npm run translations`.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {failingPages, formatTranslationReport} from '../../src/translations/format';
import {parseGitLog, readGitHistory, type GitHistory} from '../../src/translations/history';
import {translationReport, type PageStatus, type TranslationReport} from '../../src/translations/status';

const env = {...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org'};
let site: string;
const git = (...args: string[]) => execFileSync('git', ['-C', site, ...args], {env, encoding: 'utf8'}).trim();
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
  writeFileSync(path.join(site, file), text);
};
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
};
const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n${body}\n`;
const translated = (title: string, sha: string, extra = '') => `---\ntitle: ${title}\nl10n:\n  sourceCommit: ${sha}\n  origin: machine\n  reviewed: false\n${extra}---\n\nTekstas.\n`;
const lt = (file: string) => `i18n/lt/docusaurus-plugin-content-docs/current/${file}`;

let first: string;
let report: TranslationReport;
let history: GitHistory;
const shas: Record<string, string> = {};

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'kb-l10n-'));
  git('init', '-q', '-b', 'main');
  write('docs/current.md', page('Current', 'One.'));
  write('docs/changed.md', page('Changed', 'One.'));
  write('docs/trivial.md', page('Trivial', 'One.'));
  write('docs/moved.md', page('Moved', 'One.'));
  write('docs/edited-then-moved.md', page('Edited, then moved', 'One.'));
  write('docs/untranslated.md', page('Untranslated', 'One.'));
  first = commit('First version');
  write(lt('current.md'), translated('Dabartinis', first));
  write(lt('changed.md'), translated('Pakeistas', first));
  write(lt('trivial.md'), translated('Smulkmena', first));
  write(lt('edited-then-moved.md'), translated('Pakeistas ir perkeltas', first));
  write(lt('gone.md'), translated('Dingęs', first));
  write(lt('bad-sha.md'), translated('Blogas', 'abc123'));
  write(lt('unknown-sha.md'), translated('Nežinomas', 'f'.repeat(40)));
  write('docs/bad-sha.md', page('Bad sha', 'One.'));
  write('docs/unknown-sha.md', page('Unknown sha', 'One.'));
  shas.translations = commit('Lithuanian translations');
  write('docs/changed.md', page('Changed', 'Two.'));
  write('docs/edited-then-moved.md', page('Edited, then moved', 'Two.'));
  shas.change1 = commit('Change the text');
  write('docs/changed.md', page('Changed', 'Three.'));
  write('docs/trivial.md', page('Trivial', 'One!'));
  shas.change2 = commit('Change the text again\n\nL10n-trivial: true');
  write('docs/changed.md', page('Changed', 'Four.'));
  shas.change3 = commit('Change it a third time');
  write('docs/trivial.md', page('Trivial', 'One, fixed.'));
  shas.typo = commit('Fix a typo\n\nSigned-off-by: Test <test@example.org>\nL10n-trivial: true');
  // The source moves with its translation; the move itself does not change the text.
  mkdirSync(path.join(site, 'docs/sub'));
  renameSync(path.join(site, 'docs/moved.md'), path.join(site, 'docs/sub/moved.md'));
  renameSync(path.join(site, 'docs/edited-then-moved.md'), path.join(site, 'docs/sub/edited-then-moved.md'));
  rmSync(path.join(site, lt('moved.md')), {force: true});
  write(lt('sub/moved.md'), translated('Perkeltas', first));
  renameSync(path.join(site, lt('edited-then-moved.md')), path.join(site, lt('sub/edited-then-moved.md')));
  shas.move = commit('Move a page');
  const read = readGitHistory(site);
  if (!('history' in read)) throw new Error(read.error);
  history = read.history;
  report = translationReport(loadContentIndex(site), {history, repositoryUrl: 'https://git.example.org/kb'});
});

afterAll(() => rmSync(site, {recursive: true, force: true}));

const statusOf = (relativePath: string): PageStatus => report.pages.find((p) => p.locale === 'lt' && p.relativePath === relativePath)!;

describe('the state of each translation', () => {
  test('up to date: the source has not changed since the recorded commit', () => {
    expect(statusOf('current.md')).toMatchObject({state: 'up-to-date', translation: lt('current.md'), source: 'docs/current.md'});
  });

  test('out of date: the commits since, newest first, with the diff', () => {
    expect(statusOf('changed.md')).toMatchObject({
      state: 'outdated',
      changes: [shas.change3, shas.change1],
      trivialChanges: 1,
      latestCommit: shas.change3,
      diffCommand: `git diff ${first}..HEAD -- docs/changed.md`,
      diffUrl: `https://git.example.org/kb/compare/${first}...${shas.move}`,
    });
  });

  test('commits with the trailer L10n-trivial: true do not count', () => {
    expect(statusOf('trivial.md')).toMatchObject({state: 'up-to-date', trivialChanges: 2});
  });

  test('a rename that keeps the text is followed and does not count', () => {
    expect(statusOf('sub/moved.md')).toMatchObject({state: 'up-to-date', source: 'docs/sub/moved.md'});
  });

  test('a change made before a rename still counts', () => {
    expect(statusOf('sub/edited-then-moved.md')).toMatchObject({state: 'outdated', changes: [shas.change1]});
  });

  test('missing, with the commit a new translation records', () => {
    expect(statusOf('untranslated.md')).toEqual({locale: 'lt', instance: 'docs', version: 'current', relativePath: 'untranslated.md', state: 'missing', source: 'docs/untranslated.md', sourceUrl: '/docs/untranslated', latestCommit: first});
  });

  test('orphaned: the translation has no source', () => {
    expect(statusOf('gone.md')).toMatchObject({state: 'orphaned', translation: lt('gone.md')});
  });

  test('invalid: a malformed sha, and a sha that is not in the history', () => {
    expect(statusOf('bad-sha.md')).toMatchObject({state: 'invalid', reason: 'Unexpected `l10n.sourceCommit` `abc123`, expected the full 40-character sha of a commit'});
    expect(statusOf('unknown-sha.md')).toMatchObject({state: 'invalid', reason: `commit ${'f'.repeat(40)} is not in the history of HEAD`});
  });

  test('every other locale has every page missing', () => {
    expect(report.coverage.find((c) => c.locale === 'pl')).toEqual({locale: 'pl', pages: 8, translated: 0, reviewed: 0, partial: 0, machineUnreviewed: 0, upToDate: 0, outdated: 0, missing: 8, orphaned: 0, invalid: 0, unknown: 0});
    expect(report.coverage.find((c) => c.locale === 'lt')).toEqual({locale: 'lt', pages: 8, translated: 7, reviewed: 0, partial: 0, machineUnreviewed: 6, upToDate: 3, outdated: 2, missing: 1, orphaned: 1, invalid: 2, unknown: 0});
  });
});

describe('the report', () => {
  const short = (text: string) => text.replaceAll(first, '<first>').replaceAll(shas.change3, '<change3>').replaceAll(shas.change1, '<change1>').replaceAll(shas.move, '<head>').replaceAll(shas.move.slice(0, 12), '<head>');

  test('text for one locale lists every page that needs work', () => {
    const one = translationReport(loadContentIndex(site), {history, locales: ['lt']});
    expect(short(formatTranslationReport(one, {listMissing: true}))).toBe(
      [
        'locale  pages  translated  reviewed  up to date  out of date  missing  orphaned  invalid',
        'lt          8           7         0           3            2        1         1        2',
        '',
        'lt (Lietuvių)',
        `  out of date  ${lt('changed.md')}  (2 changes to docs/changed.md, 1 trivial ignored)`,
        '               git diff <first>..HEAD -- docs/changed.md',
        '               then set l10n.sourceCommit: <change3>',
        `  out of date  ${lt('sub/edited-then-moved.md')}  (1 change to docs/sub/edited-then-moved.md)`,
        '               git diff <first>..HEAD -- docs/sub/edited-then-moved.md',
        '               then set l10n.sourceCommit: <change1>',
        `  invalid      ${lt('bad-sha.md')}: Unexpected \`l10n.sourceCommit\` \`abc123\`, expected the full 40-character sha of a commit`,
        `  invalid      ${lt('unknown-sha.md')}: commit ${'f'.repeat(40)} is not in the history of HEAD`,
        `  orphaned     ${lt('gone.md')}: its English source is gone; move or delete it`,
        '  missing      docs/untranslated.md  (sourceCommit: <first>)',
        '',
        '1 locales at <head>: 3 up to date, 2 out of date, 1 missing, 1 orphaned, 2 invalid.',
      ].join('\n'),
    );
  });

  test('--fail-on picks the pages in the named states', () => {
    expect(failingPages(report, ['stale']).map((p) => p.relativePath)).toEqual(['changed.md', 'sub/edited-then-moved.md']);
    expect(failingPages(report, ['orphaned', 'invalid']).map((p) => `${p.locale} ${p.relativePath}`)).toEqual(['lt bad-sha.md', 'lt unknown-sha.md', 'lt gone.md']);
  });

  test('npm run translations: JSON, and exit code 1 with --fail-on stale', () => {
    const run = spawnSync(process.execPath, [path.join(__dirname, '../../node_modules/tsx/dist/cli.mjs'), path.join(__dirname, '../../scripts/translations.ts'), '--site', site, '--locale', 'lt', '--json', '--fail-on', 'stale'], {encoding: 'utf8'});
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('2 pages are stale (--fail-on).');
    const json = JSON.parse(run.stdout) as TranslationReport;
    expect(json.head).toBe(shas.move);
    expect(json.pages.filter((p) => p.state === 'outdated').map((p) => [p.relativePath, p.changes?.length])).toEqual([['changed.md', 2], ['sub/edited-then-moved.md', 1]]);
  }, 60_000);

  test('a repository without history: states are unknown, and the report says why', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-l10n-nogit-'));
    try {
      const read = readGitHistory(dir);
      expect('error' in read).toBe(true);
      const none = translationReport(loadContentIndex(site), {history: read as {error: string}, locales: ['lt']});
      expect(none.pages.find((p) => p.relativePath === 'changed.md')).toMatchObject({state: 'unknown', reason: 'the repository history is not available'});
      expect(formatTranslationReport(none).split('\n')[0]).toMatch(/^The repository's history could not be read \(fatal: not a git repository/);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('parsing git log', () => {
  test('a shallow history is marked truncated', () => {
    const text = '\x1eaaa\x1fbbb\x1f\n\nM\tdocs/a.md\n';
    expect(parseGitLog(text)).toMatchObject({head: 'aaa', truncated: true, commits: [{sha: 'aaa', parents: ['bbb'], trivial: false}]});
  });
});

describe('a White Paper edition copies the working draft', () => {
  test('its translations follow the draft up to the cut, and the copy itself is not a change', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-l10n-edition-'));
    const run = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], {env, encoding: 'utf8'}).trim();
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
      writeFileSync(path.join(dir, file), text);
    };
    const save = (message: string) => {
      run('add', '-A');
      run('commit', '-q', '-m', message);
      return run('rev-parse', 'HEAD');
    };
    try {
      run('init', '-q');
      put('white-paper/kept.md', page('Kept', 'One.'));
      put('white-paper/edited.md', page('Edited', 'One.'));
      const translatedAt = save('Draft');
      for (const name of ['kept', 'edited']) put(`i18n/lt/docusaurus-plugin-content-docs-white-paper/current/${name}.md`, translated(name, translatedAt));
      save('Translations');
      put('white-paper/edited.md', page('Edited', 'Two.'));
      save('Edit the draft before the cut');
      // The cut: the draft and its translations are copied as they are.
      for (const name of ['kept', 'edited']) {
        put(`white-paper_versioned_docs/version-2021/${name}.md`, page(name === 'kept' ? 'Kept' : 'Edited', name === 'kept' ? 'One.' : 'Two.'));
        put(`i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2021/${name}.md`, translated(name, translatedAt));
      }
      put('white-paper_versions.json', '["2021"]');
      save('Cut edition 2021');
      put('white-paper/kept.md', page('Kept', 'Changed after the cut.'));
      save('Edit the draft after the cut');
      const read = readGitHistory(dir);
      if (!('history' in read)) throw new Error(read.error);
      const edition = translationReport(loadContentIndex(dir), {history: read.history, locales: ['lt']}).pages.filter((p) => p.version === '2021');
      expect(edition.map((p) => [p.relativePath, p.state, p.changes?.length])).toEqual([
        ['edited.md', 'outdated', 1],
        ['kept.md', 'up-to-date', undefined],
      ]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
