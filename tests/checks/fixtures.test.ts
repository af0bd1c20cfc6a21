/**
 * One loop over tests/fixtures/check/<case>/: each case is a small site
 * (`site/`) and the exact findings the checker must print for it
 * (`expected.txt`, empty when nothing may be reported). Run with
 * UPDATE_EXPECTED=1 to rewrite the expected files on purpose.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkContent} from '../../src/checks';
import {loadContentIndex, loadContentIndexParallel, type ContentIndex} from '../../src/content/loader';
import {formatProblem} from '../../src/content/problem';
import {writeCorpus} from '../../scripts/lib/corpus';

const root = path.join(__dirname, '../fixtures/check');

describe('checker fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    test(name, () => {
      const index = loadContentIndex(path.join(root, name, 'site'));
      const actual = checkContent(index)
        .map((finding) => `${finding.severity} ${formatProblem(finding)}\n`)
        .join('');
      const expectedFile = path.join(root, name, 'expected.txt');
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedFile, actual);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_EXPECTED=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('the parallel loader', () => {
  // The worker starts while this thread parses: on a large corpus it takes its share of the files.
  test('reads a corpus of 1,500 items exactly as the synchronous loader does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-parallel-'));
    try {
      writeCorpus(dir, 1500);
      const pages = (index: ContentIndex) => index.pages.map(({parsed: {placeOf: _, ...data}, ...page}) => ({...page, data}));
      const sync = loadContentIndex(dir);
      const parallel = await loadContentIndexParallel(dir, 2);
      expect(pages(parallel)).toEqual(pages(sync));
      expect(checkContent(parallel).map(formatProblem)).toEqual(checkContent(sync).map(formatProblem));
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  // On a small site every file is parsed before the worker has started; it is stopped unused.
  test('finds exactly what the synchronous loader finds', async () => {
    for (const name of ['valid', 'malformed-yaml', 'unknown-field', 'translated-link-fallback', 'not-utf8']) {
      const site = path.join(root, name, 'site');
      const sync = checkContent(loadContentIndex(site)).map(formatProblem);
      const parallel = checkContent(await loadContentIndexParallel(site, 2)).map(formatProblem);
      expect(parallel, name).toEqual(sync);
    }
  });
});
