/**
 * `npm run new`: with flags, at a prompt, and without a terminal. A new
 * entry passes the checker, explains every field in the schema's words,
 * takes the next free id, and shows up on the site after a build of a copy
 * of the fixture site (tests/fixtures/site).
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough, Writable} from 'node:stream';
import {afterAll, beforeEach, describe, expect, test} from 'vitest';
import {checkContent} from '../../src/checks';
import {loadContentIndex} from '../../src/content/loader';
import {formatProblem} from '../../src/content/problem';
import {schemas} from '../../src/content/schema';
import {runNew} from '../../src/scaffold';
import {renderTemplate, templateFile} from '../../src/scaffold/template';
import {scaffoldKinds} from '../../src/scaffold/kinds';

const root = path.join(__dirname, '../..');
mkdirSync(path.join(root, 'test-results'), {recursive: true});
// Inside the project, so the copied site's config finds the project's code and node_modules.
const work = mkdtempSync(path.join(root, 'test-results', 'scaffold-'));
let site = '';
let copies = 0;

beforeEach(() => {
  site = path.join(work, `site-${++copies}`);
  cpSync(path.join(root, 'tests/fixtures/site'), site, {recursive: true, filter: (source) => !path.basename(source).startsWith('.docusaurus')});
});
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** Runs the command in the copied site; `input` lines are typed at a terminal when given. */
async function run(argv: string[], input?: string[]) {
  let out = '';
  let err = '';
  const sink = (write: (text: string) => void) => new Writable({write: (chunk, _encoding, done) => (write(String(chunk)), done())});
  const stdin = Object.assign(new PassThrough(), {isTTY: input !== undefined});
  if (input) stdin.end(input.map((line) => `${line}\n`).join(''));
  const code = await runNew(argv, {stdin, stdout: sink((t) => (out += t)), stderr: sink((t) => (err += t)), siteDir: site, today: '2026-11-29'});
  return {code, out, err};
}

const errorsIn = (file: string) =>
  checkContent(loadContentIndex(site))
    .filter((f) => f.file === file && f.severity === 'error')
    .map(formatProblem);

const practiceFlags = ['--country', 'ES', '--city', 'Iniesta', '--organisation', 'Iniesta Municipality', '--title', 'Welcome desk for newcomers', '--themes', 'services,culture', '--target-groups', 'migrants', '--implements', 'REC-GOV-01', '--source-url', 'https://www.example.org/welcome-desk', '--source-title', 'Iniesta: welcome desk'];

describe('npm run new', () => {
  test('with flags: takes the next free id, passes the checker, explains every field from the schema', async () => {
    const {code, out, err} = await run(['best-practice', ...practiceFlags]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Created docs/best-practices/es/bp-es-002.md (BP-ES-002).');
    expect(out).toContain('Preview it:  npm start, then open http://localhost:3000/docs/best-practices/es/bp-es-002');
    expect(errorsIn('docs/best-practices/es/bp-es-002.md')).toEqual([]);
    const text = readFileSync(path.join(site, 'docs/best-practices/es/bp-es-002.md'), 'utf8');
    for (const [key, field] of Object.entries(schemas['best-practice'])) {
      expect(text, key).toContain(`# ${field.description}`.split(' ').slice(0, 6).join(' '));
      expect(text, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    }
    expect(text).toContain('ref: BP-ES-002\n');
    expect(text).toContain('sources:\n  - title: "Iniesta: welcome desk"\n    url: https://www.example.org/welcome-desk\n');
    expect(text).toContain('# consent:\n');
  });

  test('a new country gets its folder and sidebar label; numbering starts at 001', async () => {
    const {code} = await run(['best-practice', ...practiceFlags.map((f) => (f === 'ES' ? 'lt' : f))]);
    expect(code).toBe(0);
    expect(readFileSync(path.join(site, 'docs/best-practices/lt/_category_.json'), 'utf8')).toBe('{"label":"Lithuania"}\n');
    expect(errorsIn('docs/best-practices/lt/bp-lt-001.md')).toEqual([]);
  });

  test('a recommendation and a meeting pass the checker too', async () => {
    const rec = await run(['recommendation', '--theme', 'governance', '--title', 'Open the council to residents', '--summary', 'Hold council meetings in public.', '--levels', 'local', '--actors', 'municipality']);
    expect(rec.out).toContain('Created white-paper/recommendations/rec-gov-02.md (REC-GOV-02).');
    expect(errorsIn('white-paper/recommendations/rec-gov-02.md')).toEqual([]);
    expect(readFileSync(path.join(site, 'white-paper/recommendations/rec-gov-02.md'), 'utf8')).toContain('statusHistory:\n  - status: draft\n    date: 2026-11-29\n');
    const meeting = await run(['meeting', '--city', 'Aleksandrów Łódzki', '--country', 'Poland', '--date', '2020-10-01', '--title', 'Managing diversity', '--format', 'unknown']);
    expect(meeting.out).toContain('Created docs/meetings/mtg-2020-aleksandrow.md (MTG-2020-ALEKSANDROW).');
    expect(errorsIn('docs/meetings/mtg-2020-aleksandrow.md')).toEqual([]);
  });

  test('a meeting that exists already is refused', async () => {
    const {code, err} = await run(['meeting', '--city', 'Kaunas', '--country', 'LT', '--date', '2021-04-13', '--title', 'Again', '--format', 'online']);
    expect(code).toBe(2);
    expect(err).toBe('Unexpected meeting `MTG-2021-KAUNAS`: it exists already in docs/meetings/mtg-2021-kaunas.md, expected a new meeting\n');
  });

  test('without a terminal, missing answers fail at once with the flags to give', async () => {
    const {code, out, err} = await run(['best-practice', '--country', 'ES']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'Missing --organisation, --title, --themes, --target-groups, --source-url, --source-title: standard input is not a terminal, so nothing can be asked.\n' +
        'Give every answer as a flag, for example:\n' +
        '  npm run new -- best-practice --organisation … --title … --themes … --target-groups … --source-url … --source-title …\n' +
        'or run the command in a terminal to be asked.\n',
    );
    expect(existsSync(path.join(site, 'docs/best-practices/es/bp-es-002.md'))).toBe(false);
  });

  test('the command line itself, run without a terminal, does not wait', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/new.ts'), 'best-practice'], {cwd: site, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing --country, --organisation, --title');
  });

  test('a mistyped flag value is answered with a suggestion, in the checker words', async () => {
    const theme = await run(['best-practice', ...practiceFlags.map((f) => (f === 'services,culture' ? 'services,cultre' : f))]);
    expect(theme.err).toBe('--themes: Unexpected theme `cultre`, expected a key, a name or a number from the list; did you mean `culture` (Culture and European Capitals of Culture)?\n');
    const id = await run(['best-practice', ...practiceFlags.map((f) => (f === 'REC-GOV-01' ? 'REC-GOV-10' : f))]);
    expect(id.err).toBe('--implements: Unexpected reference to unknown recommendation `REC-GOV-10`, expected an existing id; did you mean `REC-GOV-01`?\n');
    const url = await run(['best-practice', ...practiceFlags.map((f) => (f.startsWith('https://') ? 'www.example.org' : f))]);
    expect(url.err).toBe('--source-url: Unexpected string `www.example.org`, expected an address starting with `https://` or `http://`\n');
    const kind = await run(['best-practise']);
    expect(kind.err.split('\n')[0]).toBe('Unexpected kind `best-practise`, expected `best-practice`, `recommendation`, `meeting`; did you mean `best-practice`?');
  });

  test('at a terminal: offers the vocabulary, answers a typo with a suggestion, asks again', async () => {
    const answers = ['Spian', 'Spain', '', 'Iniesta Municipality', 'Welcome desk', 'servics', '4, 3', 'migrants', '', '', 'https://www.example.org/w', 'A page'];
    const {code, out} = await run(['best-practice'], answers);
    expect(code).toBe(0);
    expect(out).toContain('\nCountry\n  ISO 3166 code of the country; the middle of the id. Required.\n   1. AL (Albania)\n   2. BG (Bulgaria)\n   3. ES (Spain)\n');
    expect(out).toContain('  Unexpected country `Spian`, expected a key, a name or a number from the list; did you mean `ES` (Spain)?\n');
    expect(out).toContain('  Unexpected theme `servics`, expected a key, a name or a number from the list; did you mean `services` (Access to public services)?\n');
    expect(out).toContain('Created docs/best-practices/es/bp-es-002.md (BP-ES-002).');
    const text = readFileSync(path.join(site, 'docs/best-practices/es/bp-es-002.md'), 'utf8');
    expect(text).toContain('themes:\n  - services\n  - culture\n');
    expect(errorsIn('docs/best-practices/es/bp-es-002.md')).toEqual([]);
  });

  test('at a terminal, the end of input stops without writing', async () => {
    const {code, err} = await run(['meeting'], ['Rijeka']);
    expect(code).toBe(1);
    expect(err).toBe('Stopped: no answer for "Country". Nothing was written.\n');
  });

  test('the templates for the web editor are the ones the scaffold writes', () => {
    for (const kind of scaffoldKinds) {
      const file = path.join(root, templateFile(kind));
      if (process.env.UPDATE_EXPECTED) writeFileSync(file, renderTemplate(kind));
      expect(readFileSync(file, 'utf8'), `${file}: run with UPDATE_EXPECTED=1 after changing a schema`).toBe(renderTemplate(kind));
    }
  });

  test('a new best practice shows up on the site after a build', async () => {
    expect((await run(['best-practice', ...practiceFlags])).code).toBe(0);
    const out = path.join(work, 'out');
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', site, '--out-dir', out], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-scaffold-test'},
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(path.join(out, 'docs/best-practices/es/bp-es-002/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Welcome desk for newcomers<\/h1>/);
    expect(html).toContain('<span class="kb-badge kb-badge--draft">Draft</span>');
    expect(html).toContain('This entry is a draft: its description is still to be written.');
    // The guidance in comments stays in the file.
    expect(html).not.toContain('Describe the practice in a few sentences');
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain('/docs/best-practices/es/bp-es-002</loc>');
  }, 300_000);
});
