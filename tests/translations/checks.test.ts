/**
 * The translation checks, on small sites written by the test: missing keys
 * and plural forms in kb.json, code.json, the theme's navbar and footer
 * files and the sidebar categories at their line and column,
 * placeholders, strings left in English, and translated pages' records,
 * heading ids and sources.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {ThemeConfig} from '@docusaurus/theme-common';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {checkCatalogues, checkTranslatedPages} from '../../src/checks/translations';
import {loadContentIndex} from '../../src/content/loader';
import {compareProblems, formatProblem, type Problem} from '../../src/content/problem';
import {vocabularyCatalogue, type Catalogue} from '../../src/i18n/catalogue';
import {themeCodeMessages} from '../../src/i18n/code-messages';
import {pluralCategories} from '../../src/i18n/plural';

const sites: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-l10n-check-'));
  sites.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterAll(() => sites.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

const lines = (problems: Problem[], prefix = '') => problems.filter((p) => p.file.startsWith(prefix)).sort(compareProblems).map(formatProblem);

/** Every vocabulary label, "translated" by a prefix, without the themes listed in `without`. */
function vocabulary(prefix: string, without: string[] = []): Catalogue {
  const out = structuredClone(vocabularyCatalogue());
  const translate = (c: Catalogue) => {
    for (const [key, value] of Object.entries(c)) {
      if (typeof value === 'string') c[key] = `${prefix} ${value}`;
      else translate(value);
    }
  };
  translate(out);
  for (const key of without) delete (out.themes as Catalogue)[key];
  return out;
}

/** A translated code.json: the lines given first (so their places are known), then every other theme message. */
function codeJson(locale: string, first: string[], leaveOut: string[]): string {
  const written = new Set([...first.map((line) => JSON.parse(`{${line.replace(/,$/, '')}}`) as object).flatMap(Object.keys), ...leaveOut]);
  const rest = Object.entries(themeCodeMessages())
    .filter(([id]) => !written.has(id))
    .map(([id, message]) => `  ${JSON.stringify(id)}: {"message": ${JSON.stringify(message.includes('|') ? pluralCategories(locale).map((c) => `${c}: ${message.split('|').at(-1)}`).join('|') : `${locale}: ${message}`)}}`);
  return `{\n${[...first.map((line) => `  ${line.replace(/,$/, '')}`), ...rest].join(',\n')}\n}\n`;
}

describe('kb.json and code.json', () => {
  let problems: Problem[];
  beforeAll(() => {
    const dir = site({
      'i18n/en/kb.json': JSON.stringify({
        item: {status: 'Status', city: 'City', evidenceCount_one: '{{count}} evidence item', evidenceCount_other: '{{count}} evidence items', periodOngoing: '{{start}} – ongoing'},
        editions: {bibtex: 'BibTeX', cite: '{{author}}. {{work}}'},
        vocabulary: {},
      }),
      'i18n/lt/kb.json': [
        '{',
        '  "item": {',
        '    "status": "Status",',
        '    "evidenceCount_one": "{{count}} įrodymas",',
        '    "evidenceCount_other": "{{count}} įrodymų",',
        '    "evidenceCount_two": "{{count}} du",',
        '    "periodOngoing": "{{pradžia}} – tebevyksta",',
        '    "cty": "Miestas"',
        '  },',
        '  "editions": {"bibtex": "BibTeX", "cite": "{{author}}. {{work}}"},',
        `  "vocabulary": ${JSON.stringify(vocabulary('LT', ['culture']))}`,
        '}',
      ].join('\n'),
      'i18n/pl/kb.json': '{\n  "item": {\n    "status": "Status",\n  }\n}\n',
      'i18n/lt/code.json': codeJson(
        'lt',
        [
          '"theme.CodeBlock.copied": {"message": "Copied"},',
          '"theme.blog.post.plurals": {"message": "Vienas įrašas|{count} įrašai"},',
          '"theme.docs.tagDocListPageTitle": {"message": "{nDocsTagged} su žyma „{žyma}“"},',
          '"old.message": {"message": "Senas"},',
        ],
        ['theme.CodeBlock.copy'],
      ),
      'i18n/identical.json': JSON.stringify({'*': {'kb.json': ['editions.bibtex']}}),
    });
    problems = checkCatalogues(dir);
  });

  test('Lithuanian kb.json: each problem at its key, or at the parent of a missing key', () => {
    expect(lines(problems, 'i18n/lt/kb.json')).toEqual([
      'i18n/lt/kb.json:2:3: Unexpected missing key `item.city` in lt, expected every key of i18n/en/kb.json; add "city": the Lithuanian for "City" [kb:missing-translation-key]',
      'i18n/lt/kb.json:3:5: Unexpected English text in `item.status`: "Status", expected its Lithuanian translation; translate it, or list `item.status` under "lt" → "kb.json" in i18n/identical.json if it is the same in Lithuanian [kb:untranslated-string]',
      'i18n/lt/kb.json:4:5: Unexpected `item.evidenceCount` without `evidenceCount_few`, `evidenceCount_many`, expected the forms Lithuanian uses: `evidenceCount_one`, `evidenceCount_few`, `evidenceCount_many`, `evidenceCount_other`; see the plural forms in docs/translating/index.md#plural-forms [kb:missing-plural-form]',
      'i18n/lt/kb.json:6:5: Unexpected plural form `evidenceCount_two`, expected only the forms Lithuanian uses: `_one`, `_few`, `_many`, `_other`; remove it [kb:unknown-translation-key]',
      'i18n/lt/kb.json:7:5: Unexpected placeholder `{{pradžia}}` in `item.periodOngoing`, expected the placeholders of the English: `{{start}}`; keep every `{{name}}` exactly as in English [kb:translation-placeholder]',
      'i18n/lt/kb.json:8:5: Unexpected key `item.cty`, expected only keys of i18n/en/kb.json; did you mean `item.city`? [kb:unknown-translation-key]',
      'i18n/lt/kb.json:11:18: Unexpected missing key `vocabulary.themes.culture` in lt, expected every key of i18n/en/kb.json; add "culture": the Lithuanian for "Culture and European Capitals of Culture" [kb:missing-translation-key]',
    ]);
  });

  test('a JSON mistake is reported once, where it is', () => {
    expect(lines(problems, 'i18n/pl/')).toEqual([
      'i18n/pl/code.json:1:1: Unexpected missing catalogue i18n/pl/code.json, expected one per locale; run `npm run write-translations -- --locale pl` and translate it [kb:catalogue-syntax]',
      'i18n/pl/kb.json:4:3: Unexpected JSON: Expected double-quoted property name; check the commas, quotes and braces around this place [kb:catalogue-syntax]',
    ]);
  });

  test('a locale with no catalogue at all', () => {
    expect(lines(problems, 'i18n/sr/')).toEqual([
      'i18n/sr/code.json:1:1: Unexpected missing catalogue i18n/sr/code.json, expected one per locale; run `npm run write-translations -- --locale sr` and translate it [kb:catalogue-syntax]',
      'i18n/sr/kb.json:1:1: Unexpected missing catalogue i18n/sr/kb.json, expected one per locale; copy i18n/en/kb.json there and translate it [kb:catalogue-syntax]',
    ]);
  });

  test('Lithuanian code.json: missing, untranslated, plural forms, placeholders, unknown messages', () => {
    expect(lines(problems, 'i18n/lt/code.json')).toEqual([
      'i18n/lt/code.json:1:1: Unexpected missing message `theme.CodeBlock.copy` in lt, expected every message of the site and its theme; run `npm run write-translations -- --locale lt` and translate "Copy" [kb:missing-translation-key]',
      'i18n/lt/code.json:2:30: Unexpected English text in `theme.CodeBlock.copied`: "Copied", expected its Lithuanian translation; translate it, or list `theme.CodeBlock.copied` under "lt" → "code.json" in i18n/identical.json if it is the same in Lithuanian [kb:untranslated-string]',
      'i18n/lt/code.json:3:31: Unexpected 2 plural forms in `theme.blog.post.plurals`, expected 4 separated by `|` for Lithuanian (one, few, many, other); see the plural forms in docs/translating/index.md#plural-forms [kb:missing-plural-form]',
      'i18n/lt/code.json:4:38: Unexpected placeholder `{žyma}` in `theme.docs.tagDocListPageTitle`, expected the placeholders of the English: `{nDocsTagged}`, `{tagName}`; keep every `{name}` exactly as in English [kb:translation-placeholder]',
      'i18n/lt/code.json:5:3: Unexpected message `old.message`, expected only messages the site or its theme use; remove it (`npm run write-translations` does not remove messages that are gone) [kb:unknown-translation-key]',
    ]);
  });

  test('a site without its own catalogues is not checked for them', () => {
    expect(checkCatalogues(site({'docs/index.md': '# Home\n'}))).toEqual([]);
  });
});

describe('the site’s own messages join the theme’s', () => {
  test('a <Translate> under src/ is required in every code.json', () => {
    const dir = site({
      'i18n/en/kb.json': '{}',
      'src/pages/hello.tsx': "import Translate from '@docusaurus/Translate';\nexport default function Hello() {\n  return <Translate id=\"hello.greeting\">Hello, network</Translate>;\n}\n",
      'i18n/lt/code.json': codeJson('lt', [], []),
    });
    expect(lines(checkCatalogues(dir), 'i18n/lt/code.json')).toEqual([
      'i18n/lt/code.json:1:1: Unexpected missing message `hello.greeting` in lt, expected every message of the site and its theme; run `npm run write-translations -- --locale lt` and translate "Hello, network" [kb:missing-translation-key]',
    ]);
  }, 60_000);
});

describe('the navbar and footer labels of the theme config', () => {
  test('a footer label added in the config is required in every footer.json; the navbar\'s title may stay as it is', () => {
    const themeConfig = {
      navbar: {title: 'Intercultural Dialogue Network', items: [{label: 'Meetings', to: '/docs/meetings'}]},
      footer: {links: [{title: 'Read', items: [{label: 'White Paper', to: '/white-paper/'}, {label: 'Map of best practices', to: '/best-practices/map'}]}]},
    } as unknown as ThemeConfig;
    const dir = site({
      'i18n/en/kb.json': '{}',
      'i18n/lt/code.json': codeJson('lt', [], []),
      'i18n/lt/docusaurus-theme-classic/navbar.json': '{\n  "title": {"message": "Intercultural Dialogue Network"},\n  "item.label.Meetings": {"message": "Susitikimai"}\n}\n',
      'i18n/lt/docusaurus-theme-classic/footer.json': '{\n  "link.title.Read": {"message": "Skaityti"},\n  "link.item.label.White Paper": {"message": "Baltoji knyga"}\n}\n',
      'i18n/identical.json': JSON.stringify({'*': {'docusaurus-theme-classic/navbar.json': ['title']}}),
    });
    expect(lines(checkCatalogues(dir, themeConfig), 'i18n/lt/docusaurus-theme-classic/')).toEqual([
      'i18n/lt/docusaurus-theme-classic/footer.json:1:1: Unexpected missing message `link.item.label.Map of best practices` in lt, expected every message of the site and its theme; run `npm run write-translations -- --locale lt` and translate "Map of best practices" [kb:missing-translation-key]',
    ]);
    expect(lines(checkCatalogues(dir, themeConfig), 'i18n/pl/docusaurus-theme-classic/')).toEqual([
      'i18n/pl/docusaurus-theme-classic/footer.json:1:1: Unexpected missing catalogue i18n/pl/docusaurus-theme-classic/footer.json, expected one per locale; run `npm run write-translations -- --locale pl` and translate it [kb:catalogue-syntax]',
      'i18n/pl/docusaurus-theme-classic/navbar.json:1:1: Unexpected missing catalogue i18n/pl/docusaurus-theme-classic/navbar.json, expected one per locale; run `npm run write-translations -- --locale pl` and translate it [kb:catalogue-syntax]',
    ]);
  }, 60_000);
});

describe('the sidebar categories of each docs instance', () => {
  test('a category added in English is required in every locale; the version\'s own messages are left alone', () => {
    const dir = site({
      'i18n/en/kb.json': '{}',
      'docs/meetings/_category_.json': '{"label": "Meetings and debates"}',
      'docs/meetings/debates/_category_.json': '{"label": "Online civic debates"}',
      'i18n/lt/code.json': codeJson('lt', [], []),
      'i18n/lt/docusaurus-plugin-content-docs/current.json': '{\n  "version.label": {"message": "Kita"},\n  "sidebar.main.category.Meetings and debates": {"message": "Susitikimai ir diskusijos"}\n}\n',
    });
    expect(lines(checkCatalogues(dir), 'i18n/lt/docusaurus-plugin-content-docs/')).toEqual([
      'i18n/lt/docusaurus-plugin-content-docs/current.json:1:1: Unexpected missing message `sidebar.main.category.Online civic debates` in lt, expected every message of the site and its theme; run `npm run write-translations -- --locale lt` and translate "Online civic debates" [kb:missing-translation-key]',
    ]);
  }, 60_000);
});

describe('translated pages', () => {
  test('records, heading ids, and sources', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const dir = site({
      'docs/guide.md': '---\ntitle: Guide\n---\n\n## Start a page {#start}\n\nText.\n\n## Review\n\nText.\n\n### Plural forms {#plural-forms}\n',
      'docs/short.md': '---\ntitle: Short\n---\n\n## Details {#details}\n',
      'i18n/lt/docusaurus-plugin-content-docs/current/guide.md': `---\ntitle: Vadovas\nl10n:\n  sourceCommit: ${sha}\n  origin: humna\n  reviewed: yes\n  reviewd: true\n---\n\n## Puslapio pradžia {#start}\n\nTekstas.\n\n## Peržiūra\n\nTekstas.\n\n### Daugiskaita\n`,
      'i18n/lt/docusaurus-plugin-content-docs/current/short.md': `---\ntitle: Trumpas\nl10n:\n  sourceCommit: ${sha}\n  origin: machine\n  reviewed: false\n  partial: true\n---\n\nTik pavadinimas išverstas.\n`,
      'i18n/lt/docusaurus-plugin-content-docs/current/gide.md': '---\ntitle: Senas\n---\n\nTekstas.\n',
      'i18n/pl/docusaurus-plugin-content-docs/current/short.md': '---\ntitle: Krótki\nl10n: machine\n---\n\n## Szczegóły {#details}\n',
    });
    expect(lines(checkTranslatedPages(loadContentIndex(dir)))).toEqual([
      'i18n/lt/docusaurus-plugin-content-docs/current/gide.md:1:1: Unexpected translation of `gide.md`, which has no English source, expected a translated page at the path of its source; move it to the path of `guide.md`, if that is its source [kb:orphaned-translation]',
      'i18n/lt/docusaurus-plugin-content-docs/current/gide.md:2:1: Unexpected translated page without `l10n`, expected a record of the source commit it was translated from; add `l10n:` with `sourceCommit`, `origin` and `reviewed` (see docs/translating/index.md#l10n) [kb:translation-record]',
      'i18n/lt/docusaurus-plugin-content-docs/current/guide.md:5:11: Unexpected `l10n.origin` `humna`, expected `human` or `machine`; did you mean `human`? [kb:translation-record]',
      'i18n/lt/docusaurus-plugin-content-docs/current/guide.md:6:13: Unexpected `l10n.reviewed` `yes`, expected `true` or `false`; write `reviewed: false` until a person has checked the translation [kb:translation-record]',
      'i18n/lt/docusaurus-plugin-content-docs/current/guide.md:7:3: Unexpected field `l10n.reviewd`, expected one of `sourceCommit`, `origin`, `reviewed`, `partial`; did you mean `reviewed`? [kb:translation-record]',
      'i18n/lt/docusaurus-plugin-content-docs/current/guide.md:14:1: Unexpected translation without the heading id `#review` of docs/guide.md:9, expected a heading that keeps it; end the heading that translates "Review" with `{#review}` [kb:translation-heading-id]',
      'i18n/lt/docusaurus-plugin-content-docs/current/guide.md:18:1: Unexpected translation without the heading id `#plural-forms` of docs/guide.md:13, expected a heading that keeps it; end the heading that translates "Plural forms" with `{#plural-forms}` [kb:translation-heading-id]',
      'i18n/pl/docusaurus-plugin-content-docs/current/short.md:3:7: Unexpected `l10n` that is not a mapping, expected `sourceCommit`, `origin` and `reviewed` under it; write `l10n:` with `sourceCommit`, `origin` and `reviewed`, each on its own indented line [kb:translation-record]',
    ]);
  });
});
