/** Edition names, the Docusaurus versions options and the preview narrowing, and the file names Docusaurus expects. */
import path from 'node:path';
import {getVersionDocsDirPath, getVersionSidebarsPath, getVersionsFilePath} from '@docusaurus/plugin-content-docs/lib/versions/files.js';
import {describe, expect, test} from 'vitest';
import {instances} from '../../src/content/site';
import {editionNameProblem, includedVersions, versionsOptions} from '../../src/editions/edition';

describe('edition names', () => {
  test.each(['2021', '2025', '2025-rev1', '2030-b'])('`%s` is a valid new name', (name) => {
    expect(editionNameProblem(name, ['2021'].filter((e) => e !== name))).toBeUndefined();
  });

  test.each(['v1', '21', '20255', '2025 ', '2025/1', '../2025', '2025-Rev', 'current', 'next', ''])('`%s` is refused with the expected shape', (name) => {
    expect(editionNameProblem(name, [])).toBe(
      `Unexpected edition name \`${name}\`, expected a year such as \`2025\`, optionally with a qualifier such as \`2025-rev1\` (lower-case letters and digits)`,
    );
  });

  test('an existing edition is refused', () => {
    expect(editionNameProblem('2021', ['2021'])).toBe('Unexpected edition name `2021`: edition 2021 already exists (it is listed in white-paper_versions.json), expected a new name');
  });
});

describe('versions options', () => {
  test('before any edition, the working draft is the White Paper, without banner', () => {
    expect(versionsOptions([])).toEqual({current: {label: 'Working draft', path: '', banner: 'none', badge: false}});
  });

  test('with editions: the draft at next with the unreleased banner, the latest at the root, older ones with the other banner', () => {
    expect(versionsOptions(['2025', '2021'])).toEqual({
      current: {label: 'Working draft', path: 'next', banner: 'unreleased', badge: true},
      2025: {label: 'Edition 2025', path: '', banner: 'none', badge: true},
      2021: {label: 'Edition 2021', path: '2021', banner: 'unmaintained', badge: true},
    });
  });

  test('KB_EDITIONS narrows a build and always keeps the latest edition', () => {
    expect(includedVersions(['2025', '2021'], undefined)).toBeUndefined();
    expect(includedVersions(['2025', '2021'], 'current')).toEqual(['current', '2025']);
    expect(includedVersions(['2025', '2021'], '2021, current')).toEqual(['current', '2025', '2021']);
    expect(() => includedVersions(['2025', '2021'], 'current,2020')).toThrow('[kb:editions] KB_EDITIONS names `2020`, which is not a version: use `current`, `2025`, `2021`.');
  });
});

test('the names in src/content/site.ts are the ones Docusaurus reads for the white-paper plugin', () => {
  const wp = instances['white-paper'];
  expect(getVersionsFilePath('/site', wp.id)).toBe(path.join('/site', wp.versionsFile));
  expect(getVersionDocsDirPath('/site', wp.id, '2021')).toBe(path.join('/site', wp.versionedDir, 'version-2021'));
  expect(getVersionSidebarsPath('/site', wp.id, '2021')).toBe(path.join('/site', wp.versionedSidebarsDir, 'version-2021-sidebars.json'));
});
