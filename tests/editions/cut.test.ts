/**
 * `npm run edition`: what a cut writes, the errors it gives, and that a
 * failed or killed cut leaves the site as it was.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadContentIndex} from '../../src/content/loader';
import {cutEdition, EditionError, recoverInterruptedCut} from '../../src/editions/cut';
import sidebars from '../../src/sidebars';
import {writeSite} from '../support/site';
import {edit, fixtureFiles, treeOf} from './fixture';

const root = path.join(__dirname, '../..');
const read = (site: string, file: string) => readFileSync(path.join(site, file), 'utf8');
const json = (site: string, file: string) => JSON.parse(read(site, file)) as unknown;

/** Runs a cut of edition 2022 in a child process that kills itself before `step`. */
function crash(site: string, step: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-cut.ts'), site, step], {cwd: root, encoding: 'utf8'});
}

/** The error a cut throws, as the command line prints it. */
function failure(run: () => unknown): EditionError {
  try {
    run();
  } catch (error) {
    if (error instanceof EditionError) return error;
    throw error;
  }
  throw new Error('the cut did not fail');
}

describe('cutting the first edition', () => {
  const site = writeSite(fixtureFiles());
  const result = cutEdition(site, '2021', {date: '2021-09-19', note: 'The first edition.'});

  test('writes the version, its sidebars, the translations, the changelog and the versions file, in that order', () => {
    expect(result).toEqual({
      edition: '2021',
      date: '2021-09-19',
      locales: ['lt'],
      recovered: undefined,
      written: [
        'white-paper_versioned_docs/version-2021',
        'white-paper_versioned_sidebars/version-2021-sidebars.json',
        'i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2021',
        'i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2021.json',
        'white-paper_changelog.json',
        'white-paper_versions.json',
      ],
    });
    expect(json(site, 'white-paper_versions.json')).toEqual(['2021']);
    expect(json(site, 'white-paper_changelog.json')).toEqual([{edition: '2021', date: '2021-09-19', note: 'The first edition.'}]);
    expect(json(site, 'white-paper_versioned_sidebars/version-2021-sidebars.json')).toEqual(sidebars);
    expect(existsSync(path.join(site, '.edition-cut'))).toBe(false);
  });

  test('the edition is a copy of the working draft, and the translation keeps its sidebar labels with the edition’s label', () => {
    expect(read(site, 'white-paper_versioned_docs/version-2021/recommendations/rec-gov-01.md')).toBe(read(site, 'white-paper/recommendations/rec-gov-01.md'));
    expect(read(site, 'i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2021/recommendations/rec-gov-01.md')).toContain('title: Suteikti gyventojams balsą kiekviename mieste');
    const labels = json(site, 'i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2021.json') as Record<string, {message: string}>;
    expect(labels['sidebar.main.category.Recommendations'].message).toBe('Rekomendacijos');
    // The label comes from the project's Lithuanian catalogue (English where it has no translation yet).
    expect(labels['version.label'].message).toMatch(/ 2021$/);
  });

  test('the content index sees the edition, its items and their translations', () => {
    const index = loadContentIndex(site);
    expect(index.editions).toEqual(['2021']);
    const item = index.items.get('REC-GOV-01@2021')!;
    expect(item.page.url).toBe('/white-paper/recommendations/rec-gov-01');
    expect(item.translations.get('lt')?.parsed.title).toBe('Suteikti gyventojams balsą kiekviename mieste');
    expect(index.items.get('REC-GOV-01@current')!.page.url).toBe('/white-paper/next/recommendations/rec-gov-01');
  });

  test('a second edition goes first in the versions file and the changelog', () => {
    const again = writeSite(fixtureFiles());
    cutEdition(again, '2021', {date: '2021-09-19'});
    cutEdition(again, '2022', {date: '2022-06-01'});
    expect(json(again, 'white-paper_versions.json')).toEqual(['2022', '2021']);
    expect(json(again, 'white-paper_changelog.json')).toEqual([{edition: '2022', date: '2022-06-01'}, {edition: '2021', date: '2021-09-19'}]);
  });
});

describe('bad input changes nothing', () => {
  test.each([
    ['2021', 'exists', 'Unexpected edition name `2021`: edition 2021 already exists (it is listed in white-paper_versions.json), expected a new name'],
    ['v2', 'invalid-name', 'Unexpected edition name `v2`, expected a year such as `2025`, optionally with a qualifier such as `2025-rev1` (lower-case letters and digits)'],
    ['next', 'invalid-name', 'Unexpected edition name `next`, expected a year such as `2025`, optionally with a qualifier such as `2025-rev1` (lower-case letters and digits)'],
  ])('edition `%s`: %s', (name, code, message) => {
    const site = writeSite(fixtureFiles());
    cutEdition(site, '2021', {date: '2021-09-19'});
    const before = treeOf(site);
    const error = failure(() => cutEdition(site, name, {date: '2022-06-01'}));
    expect([error.code, error.message]).toEqual([code, message]);
    expect(treeOf(site)).toEqual(before);
  });

  test('content with errors is not released', () => {
    const site = writeSite(fixtureFiles());
    edit(site, 'white-paper/recommendations/rec-gov-02.md', (text) => text.replace('status: draft\n', 'status: adopted\n'));
    const before = treeOf(site);
    const error = failure(() => cutEdition(site, '2021', {date: '2021-09-19'}));
    expect([error.code, error.message]).toEqual([
      'content-errors',
      'Unexpected content errors (1), expected none before an edition is cut; fix them (`npm run check` lists them all):\n' +
        '  white-paper/recommendations/rec-gov-02.md:7:9: Unexpected status `adopted` of `REC-GOV-02` while the last change in `statusHistory` is to `draft`, expected a dated change to `adopted` at the end of `statusHistory`; add `- {status: adopted, date: YYYY-MM-DD}` to `statusHistory`, with the meeting that decided it if there was one [kb:status-history]',
    ]);
    expect(treeOf(site)).toEqual(before);
  });

  test('a folder left for an edition that is not listed is named, not overwritten', () => {
    const site = writeSite(fixtureFiles());
    mkdirSync(path.join(site, 'white-paper_versioned_docs/version-2021'), {recursive: true});
    const error = failure(() => cutEdition(site, '2021', {date: '2021-09-19'}));
    expect(error.message).toBe('Unexpected white-paper_versioned_docs/version-2021: edition 2021 is not in white-paper_versions.json, expected no folder or file for it yet; remove it (it is left from an earlier attempt) and run the command again');
  });
});

describe('a cut that fails half-way', () => {
  const steps = [
    'check',
    'stage',
    'move white-paper_versioned_docs/version-2022',
    'move white-paper_versioned_sidebars/version-2022-sidebars.json',
    'move i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2022',
    'move i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2022.json',
    'replace white-paper_changelog.json',
    'replace white-paper_versions.json',
  ];

  test('calls every step, in order', () => {
    const site = writeSite(fixtureFiles());
    cutEdition(site, '2021', {date: '2021-09-19'});
    const seen: string[] = [];
    cutEdition(site, '2022', {date: '2022-06-01', onStep: (step) => seen.push(step)});
    expect(seen).toEqual(steps);
  });

  test.each(steps)('rolls back when "%s" fails, and says so', (failAt) => {
    const site = writeSite(fixtureFiles());
    cutEdition(site, '2021', {date: '2021-09-19'});
    const before = treeOf(site);
    const error = failure(() =>
      cutEdition(site, '2022', {
        date: '2022-06-01',
        onStep: (step) => {
          if (step === failAt) throw new Error('disk full');
        },
      }),
    );
    expect(error.code).toBe('failed');
    expect(error.message).toBe(`Cutting edition 2022 failed at "${failAt}": disk full. Nothing was changed: the repository is as it was.`);
    expect(treeOf(site)).toEqual(before);
  });
});

describe('a cut killed half-way', () => {
  test.each(['move white-paper_versioned_docs/version-2022', 'move i18n/lt/docusaurus-plugin-content-docs-white-paper/version-2022.json', 'replace white-paper_versions.json'])(
    'killed before "%s": the site shows no new edition, and the next run restores it exactly',
    (killAt) => {
      const site = writeSite(fixtureFiles());
      cutEdition(site, '2021', {date: '2021-09-19'});
      const before = treeOf(site);
      const child = crash(site, killAt);
      expect(child.signal).toBe('SIGKILL');
      expect(existsSync(path.join(site, '.edition-cut/journal.json'))).toBe(true);
      expect(loadContentIndex(site).editions).toEqual(['2021']);
      expect(recoverInterruptedCut(site)).toBe('2022');
      expect(treeOf(site)).toEqual(before);
      // And the cut then goes through.
      expect(cutEdition(site, '2022', {date: '2022-06-01'}).recovered).toBeUndefined();
    },
  );

  test('a cut started after a killed one rolls the killed one back first and says so', () => {
    const site = writeSite(fixtureFiles());
    cutEdition(site, '2021', {date: '2021-09-19'});
    crash(site, 'replace white-paper_changelog.json');
    const result = cutEdition(site, '2022', {date: '2022-06-02'});
    expect(result.recovered).toBe('2022');
    expect(json(site, 'white-paper_changelog.json')).toEqual([{edition: '2022', date: '2022-06-02'}, {edition: '2021', date: '2021-09-19'}]);
  });
});
