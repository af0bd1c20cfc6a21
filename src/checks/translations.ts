/**
 * Checks of the translations: every key of the English catalogues
 * (`i18n/en/kb.json` with the vocabulary labels, Docusaurus's `code.json`,
 * the theme's `navbar.json` and `footer.json`, and the sidebar categories
 * of each docs instance and version) present in every locale with the
 * plural forms its language needs and the same placeholders; strings still
 * identical to English; and every translated page with a valid `l10n`
 * record and the heading ids of its source.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {ThemeConfig} from '@docusaurus/theme-common';
import type {ContentIndex, Page} from '../content/loader';
import {pageKey, readEditions} from '../content/loader';
import type {Place, Problem} from '../content/problem';
import type {RuleId} from '../content/rules';
import {currentVersion, defaultLocale, instances, localeCodes, type Locale} from '../content/site';
import {nearest} from '../content/suggest';
import {withVocabulary, type Catalogue} from '../i18n/catalogue';
import {englishCodeMessages, themeConfigMessages} from '../i18n/code-messages';
import {parseJsonDocument, type JsonDocument} from '../i18n/json-document';
import {pluralCategories, splitPluralKey} from '../i18n/plural';
import sidebars from '../sidebars';
import {readTranslationRecord} from '../translations/record';

/**
 * Strings that may stay as in English, per locale (or `*` for every locale)
 * and file: `{"it": {"kb.json": ["vocabulary.targetGroups.roma"]}, "*": {"kb.json": ["editions.cite.bibtex"]}}`.
 */
export const identicalFile = 'i18n/identical.json';

type Identical = Partial<Record<Locale | '*', Record<string, readonly string[]>>>;

/**
 * Every translation problem of the site in `index`. With the site's
 * `themeConfig`, the theme's navbar and footer labels are checked too.
 */
export function checkTranslations(index: ContentIndex, themeConfig?: ThemeConfig): Problem[] {
  return [...checkCatalogues(index.siteDir, themeConfig), ...checkTranslatedPages(index)];
}

/**
 * The catalogues of a site that has its own (`i18n/en/kb.json`); a site
 * without one (a test fixture) uses the project's, checked with the project.
 */
export function checkCatalogues(siteDir: string, themeConfig?: ThemeConfig): Problem[] {
  const english = path.join(siteDir, 'i18n', defaultLocale, 'kb.json');
  if (!existsSync(english)) return [];
  const themeFiles = themeConfig ? themeConfigMessages(themeConfig) : {};
  const categoryFiles = sidebarCategoryMessages(siteDir);
  // The build checks once per locale; the catalogues are read again only when one of them changed.
  const stamp = catalogueFiles(siteDir, [...Object.keys(themeFiles), ...Object.keys(categoryFiles)])
    .map((file) => (existsSync(file) ? `${file}:${statSync(file).mtimeMs}:${statSync(file).size}` : file))
    .join('|');
  const cached = catalogueChecks.get(siteDir);
  if (cached?.stamp === stamp) return cached.problems;
  const problems = readAndCompareCatalogues(siteDir, themeFiles, categoryFiles);
  catalogueChecks.set(siteDir, {stamp, problems});
  return problems;
}

const catalogueChecks = new Map<string, {stamp: string; problems: Problem[]}>();

function catalogueFiles(siteDir: string, themeFiles: readonly string[]): string[] {
  const perLocale = ['kb.json', 'code.json', ...themeFiles];
  return [identicalFile, ...localeCodes.flatMap((locale) => perLocale.map((name) => `i18n/${locale}/${name}`))].map((file) => path.join(siteDir, file));
}

type MessageFiles = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The English labels of the sidebar categories (each `_category_.json`),
 * by the file of each docs instance and version that translates them
 * (`docusaurus-plugin-content-docs/current.json`, …), under the ids
 * Docusaurus gives them: `sidebar.<sidebar>.category.<label>`.
 */
function sidebarCategoryMessages(siteDir: string): MessageFiles {
  const editions = readEditions(siteDir);
  const files: Record<string, Record<string, string>> = {};
  for (const instance of Object.values(instances)) {
    const versionedDir = 'versionedDir' in instance ? instance.versionedDir : undefined;
    for (const version of versionedDir ? [currentVersion, ...editions] : [currentVersion]) {
      const dir = version === currentVersion ? instance.dir : `${versionedDir}/version-${version}`;
      const labels = categoryLabels(path.join(siteDir, dir));
      if (labels.length === 0) continue;
      const messages = Object.fromEntries(Object.keys(sidebars).flatMap((sidebar) => labels.map((label) => [`sidebar.${sidebar}.category.${label}`, label])));
      files[`${instance.i18nDir}/${version === currentVersion ? 'current' : `version-${version}`}.json`] = messages;
    }
  }
  return files;
}

function categoryLabels(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => path.basename(file) === '_category_.json')
    .flatMap((file) => {
      try {
        const {label} = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {label?: unknown};
        return typeof label === 'string' ? [label] : [];
      } catch {
        // Docusaurus itself reports a `_category_.json` it cannot read.
        return [];
      }
    });
}

function readAndCompareCatalogues(siteDir: string, themeFiles: MessageFiles, categoryFiles: MessageFiles): Problem[] {
  const problems: Problem[] = [];
  const englishDoc = readCatalogue(siteDir, `i18n/${defaultLocale}/kb.json`, problems);
  if (!englishDoc) return problems;
  const identical = readIdentical(siteDir, problems);
  const kb = flatten(withVocabulary(englishDoc.value as Catalogue));
  const code = englishCodeMessages(siteDir);
  for (const locale of localeCodes) {
    if (locale === defaultLocale) continue;
    const same = (name: string) => new Set([...(identical[locale]?.[name] ?? []), ...(identical['*']?.[name] ?? [])]);
    const kbFile = `i18n/${locale}/kb.json`;
    const kbDoc = readCatalogue(siteDir, kbFile, problems);
    if (kbDoc) problems.push(...compareKb(locale, kbFile, kbDoc, kb, same('kb.json')));
    const codeFile = `i18n/${locale}/code.json`;
    const codeDoc = readCatalogue(siteDir, codeFile, problems);
    if (codeDoc) problems.push(...compareCode(locale, codeFile, codeDoc, code, same('code.json'), 'code.json'));
    for (const [name, messages] of Object.entries(themeFiles)) {
      const file = `i18n/${locale}/${name}`;
      const doc = readCatalogue(siteDir, file, problems);
      if (doc) problems.push(...compareCode(locale, file, doc, messages, same(name), name));
    }
    // These files also hold messages of the version (its label, …), which are not compared.
    for (const [name, messages] of Object.entries(categoryFiles)) {
      const file = `i18n/${locale}/${name}`;
      const doc = readCatalogue(siteDir, file, problems);
      if (doc) problems.push(...compareCode(locale, file, doc, messages, same(name), name, {othersAllowed: true}));
    }
  }
  return problems;
}

function readCatalogue(siteDir: string, file: string, problems: Problem[]): JsonDocument | undefined {
  const full = path.join(siteDir, file);
  if (!existsSync(full)) {
    const create = !file.endsWith('kb.json') ? `run \`npm run write-translations -- --locale ${file.split('/')[1]}\` and translate it` : `copy i18n/${defaultLocale}/kb.json there and translate it`;
    problems.push({file, line: 1, column: 1, ruleId: 'kb:catalogue-syntax', reason: `Unexpected missing catalogue ${file}, expected one per locale`, suggestion: create});
    return undefined;
  }
  const doc = parseJsonDocument(readFileSync(full, 'utf8'));
  for (const error of doc.errors.slice(0, 1)) {
    problems.push({file, line: error.line, column: error.column, ruleId: 'kb:catalogue-syntax', reason: `Unexpected JSON: ${error.message}`, suggestion: 'check the commas, quotes and braces around this place'});
  }
  if (doc.errors.length > 0) return undefined;
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    problems.push({file, line: 1, column: 1, ruleId: 'kb:catalogue-syntax', reason: 'Unexpected JSON that is not an object, expected `{"key": "text", …}`'});
    return undefined;
  }
  return doc;
}

function readIdentical(siteDir: string, problems: Problem[]): Identical {
  const full = path.join(siteDir, identicalFile);
  if (!existsSync(full)) return {};
  const doc = parseJsonDocument(readFileSync(full, 'utf8'));
  if (doc.errors.length > 0) {
    problems.push({file: identicalFile, line: doc.errors[0].line, column: doc.errors[0].column, ruleId: 'kb:catalogue-syntax', reason: `Unexpected JSON: ${doc.errors[0].message}`});
    return {};
  }
  return (doc.value ?? {}) as Identical;
}

/** A string of a catalogue and its path of keys. */
interface Entry {
  readonly path: readonly string[];
  readonly value: unknown;
}

/** The leaves of a catalogue (strings, or anything that is not an object). */
function flatten(catalogue: unknown, prefix: readonly string[] = []): Entry[] {
  if (catalogue === null || typeof catalogue !== 'object' || Array.isArray(catalogue)) return [{path: prefix, value: catalogue}];
  return Object.entries(catalogue).flatMap(([key, value]) => flatten(value, [...prefix, key]));
}

const placeholderPattern = /\{\{\s*([^\s,}]+)[^}]*\}\}/g;
const codePlaceholderPattern = /\{([^\s{}|]+)\}/g;

function placeholders(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((match) => match[1]));
}

/** Whether a string has words to translate once its placeholders are taken out. */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(placeholderPattern, '').replace(codePlaceholderPattern, ''));
}

function languageName(locale: Locale): string {
  return new Intl.DisplayNames(['en'], {type: 'language'}).of(locale) ?? locale;
}

function compareKb(locale: Locale, file: string, doc: JsonDocument, english: readonly Entry[], identical: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (keyPath: readonly string[]): Place => doc.placeOf(keyPath);
  const report = (place: Place, ruleId: RuleId, reason: string, suggestion?: string) => problems.push({file, ...place, ruleId, reason, suggestion});
  const mine = new Map(flatten(doc.value).map((entry) => [JSON.stringify(entry.path), entry]));
  const categories = pluralCategories(locale);
  const expected = new Set<string>();
  const plurals = new Map<string, {parent: string[]; base: string; english: Map<string, string>}>();
  // A missing object (a whole section) is one problem, not one per key inside it.
  const missingSections = new Map<string, number>();
  const missingSection = (parent: readonly string[]): boolean => {
    let node: unknown = doc.value;
    for (let depth = 0; depth < parent.length; depth++) {
      node = (node as Record<string, unknown>)[parent[depth]];
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        const section = JSON.stringify(parent.slice(0, depth + 1));
        missingSections.set(section, (missingSections.get(section) ?? 0) + 1);
        return true;
      }
    }
    return false;
  };

  for (const entry of english) {
    const last = entry.path.at(-1)!;
    const plural = splitPluralKey(last);
    if (plural) {
      const parent = entry.path.slice(0, -1);
      const id = JSON.stringify([...parent, plural.base]);
      const group = plurals.get(id) ?? {parent, base: plural.base, english: new Map<string, string>()};
      group.english.set(plural.category, String(entry.value));
      plurals.set(id, group);
      continue;
    }
    const id = JSON.stringify(entry.path);
    expected.add(id);
    const translated = mine.get(id);
    const key = entry.path.join('.');
    if (!translated && missingSection(entry.path.slice(0, -1))) continue;
    if (!translated) {
      report(at(entry.path), 'kb:missing-translation-key', `Unexpected missing key \`${key}\` in ${locale}, expected every key of i18n/${defaultLocale}/kb.json`, `add "${last}": the ${languageName(locale)} for "${String(entry.value)}"`);
    } else if (typeof translated.value !== 'string') {
      report(at(entry.path), 'kb:invalid-value', `Unexpected ${translated.value === null ? 'null' : typeof translated.value} for \`${key}\`, expected text`);
    } else {
      compareString(String(entry.value), translated.value, key, entry.path, false);
    }
  }

  for (const [, group] of plurals) {
    const key = [...group.parent, group.base].join('.');
    const forms = categories.map((category) => `\`${group.base}_${category}\``).join(', ');
    const missing = categories.filter((category) => !mine.has(JSON.stringify([...group.parent, `${group.base}_${category}`])));
    for (const category of categories) expected.add(JSON.stringify([...group.parent, `${group.base}_${category}`]));
    if (missing.length === categories.length && missingSection(group.parent)) continue;
    if (missing.length > 0) {
      const present = categories.find((category) => !missing.includes(category));
      const place = at(present ? [...group.parent, `${group.base}_${present}`] : group.parent);
      report(place, 'kb:missing-plural-form', `Unexpected \`${key}\` without ${missing.map((c) => `\`${group.base}_${c}\``).join(', ')}, expected the forms ${languageName(locale)} uses: ${forms}`, 'see the plural forms in docs/translating/index.md#plural-forms');
    }
    for (const category of categories) {
      const keyPath = [...group.parent, `${group.base}_${category}`];
      const translated = mine.get(JSON.stringify(keyPath));
      if (!translated) continue;
      if (typeof translated.value !== 'string') {
        report(at(keyPath), 'kb:invalid-value', `Unexpected ${typeof translated.value} for \`${keyPath.join('.')}\`, expected text`);
        continue;
      }
      const source = group.english.get(category) ?? group.english.get('other') ?? [...group.english.values()][0];
      compareString(source, translated.value, keyPath.join('.'), keyPath, true);
    }
  }

  for (const [section, count] of missingSections) {
    const keyPath = JSON.parse(section) as string[];
    report(at(keyPath), 'kb:missing-translation-key', `Unexpected missing \`${keyPath.join('.')}\` in ${locale} (${count} ${count === 1 ? 'key' : 'keys'}), expected every key of i18n/${defaultLocale}/kb.json`, `add "${keyPath.at(-1)}" with the ${languageName(locale)} for each of its keys`);
  }

  for (const [id, entry] of mine) {
    if (expected.has(id)) continue;
    const plural = splitPluralKey(entry.path.at(-1)!);
    const key = entry.path.join('.');
    if (plural && plurals.has(JSON.stringify([...entry.path.slice(0, -1), plural.base]))) {
      report(at(entry.path), 'kb:unknown-translation-key', `Unexpected plural form \`${entry.path.at(-1)}\`, expected only the forms ${languageName(locale)} uses: ${categories.map((c) => `\`_${c}\``).join(', ')}`, 'remove it');
    } else {
      const guess = nearest(key, english.map((e) => e.path.join('.')));
      report(at(entry.path), 'kb:unknown-translation-key', `Unexpected key \`${key}\`, expected only keys of i18n/${defaultLocale}/kb.json`, guess ? `did you mean \`${guess}\`?` : 'remove it, or add it to the English catalogue');
    }
  }
  return problems;

  function compareString(source: string, translated: string, key: string, keyPath: readonly string[], plural: boolean): void {
    const wanted = placeholders(source, placeholderPattern);
    const found = placeholders(translated, placeholderPattern);
    const extra = [...found].filter((name) => !wanted.has(name));
    // A plural form may spell its number out ("one item") instead of `{{count}}`.
    const lost = [...wanted].filter((name) => !found.has(name) && !(plural && name === 'count'));
    if (extra.length > 0 || lost.length > 0) {
      report(at(keyPath), 'kb:translation-placeholder', `Unexpected ${extra.length > 0 ? `placeholder \`{{${extra[0]}}}\`` : `text without \`{{${lost[0]}}}\``} in \`${key}\`, expected the placeholders of the English: ${[...wanted].map((n) => `\`{{${n}}}\``).join(', ') || 'none'}`, 'keep every `{{name}}` exactly as in English');
    } else if (translated === source && hasWords(source) && !identical.has(key)) {
      report(at(keyPath), 'kb:untranslated-string', `Unexpected English text in \`${key}\`: "${source}", expected its ${languageName(locale)} translation`, `translate it, or list \`${key}\` under "${locale}" → "kb.json" in ${identicalFile} if it is the same in ${languageName(locale)}`);
    }
  }
}

/** A file of Docusaurus messages (`{"id": {"message": …}}`): `code.json`, or one of the theme's, named `name` in the identical list. */
function compareCode(locale: Locale, file: string, doc: JsonDocument, english: Readonly<Record<string, string>>, identical: ReadonlySet<string>, name: string, {othersAllowed = false} = {}): Problem[] {
  const problems: Problem[] = [];
  const report = (place: Place, ruleId: RuleId, reason: string, suggestion?: string) => problems.push({file, ...place, ruleId, reason, suggestion});
  const mine = doc.value as Record<string, unknown>;
  const categories = pluralCategories(locale);
  for (const [id, source] of Object.entries(english)) {
    const entry = mine[id];
    if (entry === undefined) {
      report(doc.placeOf([]), 'kb:missing-translation-key', `Unexpected missing message \`${id}\` in ${locale}, expected every message of the site and its theme`, `run \`npm run write-translations -- --locale ${locale}\` and translate "${source}"`);
      continue;
    }
    const message = (entry as {message?: unknown} | null)?.message;
    if (typeof message !== 'string') {
      report(doc.placeOf([id]), 'kb:invalid-value', `Unexpected entry \`${id}\` without a text \`message\`, expected {"message": "…"}`);
      continue;
    }
    const place = doc.placeOf([id, 'message']);
    if (source.includes('|') && message.split('|').length !== categories.length) {
      report(place, 'kb:missing-plural-form', `Unexpected ${message.split('|').length} plural forms in \`${id}\`, expected ${categories.length} separated by \`|\` for ${languageName(locale)} (${categories.join(', ')})`, 'see the plural forms in docs/translating/index.md#plural-forms');
      continue;
    }
    const wanted = placeholders(source, codePlaceholderPattern);
    const found = placeholders(message, codePlaceholderPattern);
    const extra = [...found].filter((name) => !wanted.has(name));
    if (extra.length > 0) {
      report(place, 'kb:translation-placeholder', `Unexpected placeholder \`{${extra[0]}}\` in \`${id}\`, expected the placeholders of the English: ${[...wanted].map((n) => `\`{${n}}\``).join(', ') || 'none'}`, 'keep every `{name}` exactly as in English');
    } else if (message === source && hasWords(source) && !identical.has(id)) {
      report(place, 'kb:untranslated-string', `Unexpected English text in \`${id}\`: "${source}", expected its ${languageName(locale)} translation`, `translate it, or list \`${id}\` under "${locale}" → "${name}" in ${identicalFile} if it is the same in ${languageName(locale)}`);
    }
  }
  for (const id of othersAllowed ? [] : Object.keys(mine)) {
    if (Object.hasOwn(english, id)) continue;
    report(doc.placeOf([id]), 'kb:unknown-translation-key', `Unexpected message \`${id}\`, expected only messages the site or its theme use`, 'remove it (`npm run write-translations` does not remove messages that are gone)');
  }
  return problems;
}

/** Translated pages: their `l10n` record, their source, and their source's heading ids. */
export function checkTranslatedPages(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const page of index.pages) {
    if (page.locale === defaultLocale) continue;
    const {record, issues} = readTranslationRecord(page.parsed.frontMatter);
    for (const issue of issues) {
      problems.push({file: page.file, ...page.parsed.placeOf(issue.path, issue.at), ruleId: 'kb:translation-record', reason: issue.reason, suggestion: issue.suggestion});
    }
    const source = index.pageByPath.get(pageKey(page.instance, page.version, defaultLocale, page.relativePath));
    if (!source) {
      const siblings = index.pages.filter((p) => p.locale === defaultLocale && p.instance === page.instance && p.version === page.version).map((p) => p.relativePath);
      const guess = nearest(page.relativePath, siblings);
      problems.push({file: page.file, line: 1, column: 1, ruleId: 'kb:orphaned-translation', reason: `Unexpected translation of \`${page.relativePath}\`, which has no English source, expected a translated page at the path of its source`, suggestion: guess ? `move it to the path of \`${guess}\`, if that is its source` : 'delete it, or move it to the path of its source'});
      continue;
    }
    if (!record?.partial) problems.push(...checkHeadingIds(page, source));
  }
  return problems;
}

/** Every heading id of the source (below the title) must be a heading id of the translation. */
function checkHeadingIds(page: Page, source: Page): Problem[] {
  const ids = new Set(page.parsed.headings.map((heading) => heading.id));
  const sourceHeadings = source.parsed.headings.filter((heading) => heading.depth > 1);
  const translatedHeadings = page.parsed.headings.filter((heading) => heading.depth > 1);
  const problems: Problem[] = [];
  sourceHeadings.forEach((heading, i) => {
    if (ids.has(heading.id)) return;
    // The heading in the same position is most likely the one that translates it.
    const counterpart = translatedHeadings[i];
    const place = counterpart ? {line: counterpart.line, column: counterpart.column} : {line: 1, column: 1};
    problems.push({
      file: page.file,
      ...place,
      ruleId: 'kb:translation-heading-id',
      reason: `Unexpected translation without the heading id \`#${heading.id}\` of ${source.file}:${heading.line}, expected a heading that keeps it`,
      suggestion: `end the heading that translates "${heading.text}" with \`{#${heading.id}}\``,
    });
  });
  return problems;
}
