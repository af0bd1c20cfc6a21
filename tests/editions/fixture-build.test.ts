/**
 * Builds the editions fixture (over the integration fixture's site) with the project's config, after edition 2021
 * was cut and the working draft edited, and reads the HTML readers get:
 * what changed (a field diff and the links to both texts), the banner of a
 * superseded recommendation, the short links, and the open data.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {cutEdition} from '../../src/editions/cut';
import {writeSite} from '../support/site';
import {editDraft, fixtureFiles} from './fixture';

const root = path.join(__dirname, '../..');
// Inside the project, so the site finds the project's node_modules.
mkdirSync(path.join(root, 'test-results'), {recursive: true});
const work = mkdtempSync(path.join(root, 'test-results', 'editions-'));
const site = path.join(work, 'site');
const out = path.join(work, 'out');
const page = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');

beforeAll(() => {
  // The integration fixture has the pages the navbar, footer and home page link to; the editions fixture goes over it.
  cpSync(path.join(root, 'tests/fixtures/site'), site, {recursive: true, filter: (src) => !/\.docusaurus|docusaurus\.config/.test(src)});
  cpSync(writeSite(fixtureFiles()), site, {recursive: true});
  cutEdition(site, '2021', {date: '2021-09-19', note: 'The fixture’s first edition.'});
  editDraft(site);
  writeFileSync(path.join(site, 'docusaurus.config.ts'), `import {createConfig} from '${path.join(root, 'src/config/site')}';\n\nexport default createConfig({siteDir: __dirname, locales: ['en']});\n`);
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', site, '--out-dir', out], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-test'},
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
});
afterAll(() => {
  if (!process.env.KEEP_BUILD) rmSync(work, {recursive: true, force: true});
});

describe('what changed in the working draft', () => {
  test('lists the changed recommendation with its fields before and after, the rewritten part and both texts', () => {
    const html = page('white-paper/editions/next/changes');
    expect(html).toContain('Compared with Edition 2021.');
    expect(html).toMatch(/<h2[^>]* id=changed>Changed \(1\)/);
    expect(html).toMatch(/<th scope=row>Title<td><ul class=kb-diff__values><li>Give residents a voice, in "every" town of Łódź<\/ul><td><ul class=kb-diff__values><li>Give residents a standing voice<\/ul>/);
    expect(html).toContain('<li class=kb-diff--added><ins><span class=kb-visually-hidden>added<!-- -->: </span>National</ins>');
    expect(html).toContain('<strong>Text<!-- -->:</strong> <!-- -->Rationale: rewritten');
    expect(html).toContain('<a href=/white-paper/recommendations/rec-gov-01>Full text in Edition 2021</a>');
    expect(html).toContain('<a href=/white-paper/next/recommendations/rec-gov-01>Full text in Working draft</a>');
  });

  test('lists the superseded one with its reason and replacement, the withdrawn, the added and the removed', () => {
    const html = page('white-paper/editions/next/changes');
    expect(html).toMatch(/<h2[^>]* id=superseded>Superseded \(1\)/);
    expect(html).toContain('Merged into a wider recommendation on participation.');
    expect(html).toMatch(/<h2[^>]* id=withdrawn>Withdrawn \(1\)/);
    expect(html).toMatch(/<h2[^>]* id=added>Added \(1\)/);
    expect(html).toMatch(/<h2[^>]* id=removed>Removed \(1\)/);
  });

  test('edition 2021 says it is the first edition', () => {
    expect(page('white-paper/editions/2021/changes')).toContain('Edition 2021 is the first edition of the White Paper: there is no earlier edition to compare it with.');
  });
});

test('a superseded recommendation keeps its page, with the banner above its facts', () => {
  const html = page('white-paper/next/recommendations/rec-gov-02');
  expect(html).toMatch(/<aside class="kb-retired kb-retired--superseded" role=note aria-label=Superseded>\s*<p class=kb-retired__headline><strong class=kb-retired__status>Superseded<\/strong> since March 1, 2022/);
  expect(html.indexOf('kb-retired')).toBeLessThan(html.indexOf('kb-facts'));
});

test('short links and open data are written for both versions', () => {
  for (const link of ['REC-GOV-01', 'REC-GOV-01@2021', 'REC-GOV-01@current', 'REC-GOV-04@2021', 'REC-GOV-05@current']) expect(existsSync(path.join(out, 'r', link, 'index.html')), link).toBe(true);
  expect(existsSync(path.join(out, 'r', 'REC-GOV-04@current'))).toBe(false);
  const data = JSON.parse(readFileSync(path.join(out, 'data/current/recommendations.json'), 'utf8')) as {items: {ref: string; status: string}[]};
  expect(data.items.map((i) => `${i.ref} ${i.status}`)).toEqual(['REC-GOV-01 draft', 'REC-GOV-02 superseded', 'REC-GOV-03 withdrawn', 'REC-GOV-05 draft']);
});
