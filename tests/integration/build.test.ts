/**
 * Builds the small fixture site (tests/fixtures/site) in English with the
 * project's own config and asserts on the HTML readers get; then breaks a
 * reference and checks that the build stops with the checker's message.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';

const root = path.join(__dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/site');
// Inside the project, so the copied site finds the project's node_modules.
mkdirSync(path.join(root, 'test-results'), {recursive: true});
const work = mkdtempSync(path.join(root, 'test-results', 'build-'));

function build(siteDir: string, outDir: string) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir, '--out-dir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-test'},
  });
}

const page = (route: string) => readFileSync(path.join(work, 'out', route, 'index.html'), 'utf8');

describe('English build of the fixture site', () => {
  beforeAll(() => {
    const result = build(fixture, path.join(work, 'out'));
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  });
  afterAll(() => {
    if (!process.env.KEEP_BUILD) rmSync(work, {recursive: true, force: true});
  });

  test('a reference renders as a link with the title; code is left alone', () => {
    const html = page('docs');
    expect(html).toContain('The fixture recommends <a class=kb-ref data-kb-id=REC-GOV-01 data-kb-kind=recommendation data-kb-status=draft title="REC-GOV-01 · Recommendation · Draft" href=/white-paper/recommendations/rec-gov-01>Give residents a voice</a>;');
    expect(html).toContain('<code>[[REC-GOV-01]]</code>');
  });

  test('a recommendation page shows its status, evidence and backlinks, with ids in the table of contents', () => {
    const html = page('white-paper/recommendations/rec-gov-01');
    expect(html).toContain('<span class="kb-badge kb-badge--draft">Draft</span>');
    expect(html).toMatch(/<h2 class="anchor[^"]*" id=evidence>Evidence<a href=#evidence/);
    expect(html).toContain('href=/docs/best-practices/es/bp-es-001>Anti-rumour strategy</a>');
    expect(html).toMatch(/<h2 class="anchor[^"]*" id=cited-by>Cited by/);
    expect(html).toContain('<strong class=kb-cited-by__label>Meetings it came from</strong>');
    expect(html).toContain('<li><a href=#evidence class="table-of-contents__link toc-highlight">Evidence</a>');
    expect(html).toContain('<li><a href=#cited-by class="table-of-contents__link toc-highlight">Cited by</a>');
  });

  test('a best practice shows its sources as safe external links', () => {
    const html = page('docs/best-practices/es/bp-es-001');
    expect(html).toContain('<a href=https://example.org/anti-rumours target=_blank rel="noopener noreferrer" class="">Anti-rumour strategy</a>');
  });

  test('the traceability page lists each recommendation with its evidence', () => {
    const html = page('white-paper/traceability');
    expect(html).toContain('1 recommendation in this edition; 0 without evidence.');
    // The minifier drops optional closing tags such as </td>.
    expect(html).toMatch(/<tr><td><a class=kb-ref data-kb-id=REC-GOV-01[^>]*>Give residents a voice<\/a><td><span class="kb-badge kb-badge--draft">Draft<\/span><td><a class=kb-ref data-kb-id=BP-ES-001[^>]*>BP-ES-001<\/a>, <a class=kb-ref data-kb-id=MTG-2021-KAUNAS[^>]*>MTG-2021-KAUNAS<\/a><td>/);
  });
});

describe('a broken reference', () => {
  test('stops the build with the checker message and no stack trace', () => {
    const site = path.join(work, 'broken');
    cpSync(fixture, site, {recursive: true, filter: (src) => !src.includes('.docusaurus')});
    writeFileSync(path.join(site, 'docusaurus.config.ts'), `import {createConfig} from '${path.join(root, 'src/config/site')}';\n\nexport default createConfig({siteDir: __dirname, locales: ['en']});\n`);
    const file = path.join(site, 'docs/best-practices/es/bp-es-001.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('implements: [REC-GOV-01]', 'implements: [REC-GOV-10]'));
    const result = build(site, path.join(work, 'broken-out'));
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain('docs/best-practices/es/bp-es-001.md:10:14: Unexpected reference to unknown recommendation `REC-GOV-10`, expected an existing id; did you mean `REC-GOV-01`? [kb:unknown-reference]');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
