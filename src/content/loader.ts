/**
 * The content index: every Markdown file of every instance, edition and
 * locale, read once, with the items they define. The checker, the remark
 * plugin, the site's pages and the search index all start from here.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import {parsePage, withPlaces, type ParsedPage, type ParsedPageData} from './parse';
import {workerState, type ParseShare} from './parse-share';
import {formatProblem, type Problem} from './problem';
import {docusaurusKeys, families, familyOf, readShape, schemas, type Family, type FieldIssue, type ItemFields, type Kind} from './schema';
import {currentVersion, defaultLocale, docPathOf, instances, localeCodes, urlOf, type InstanceId, type Locale} from './site';
import {nearest} from './suggest';
import {themes} from './vocabularies';

/** One Markdown file of the site. */
export interface Page {
  /** Site-relative path with forward slashes, as problems name it. */
  readonly file: string;
  readonly instance: InstanceId;
  /** `current` or a released edition. */
  readonly version: string;
  readonly locale: Locale;
  /** Path inside the instance version, as in the English source (`recommendations/rec-gov-01.md`). */
  readonly relativePath: string;
  readonly docPath: string;
  /** URL without base URL. */
  readonly url: string;
  readonly parsed: ParsedPage;
  /** The id this page defines, when it is an item page that validated. */
  readonly itemId?: string;
}

/** An item: a page with a reference id, and its typed fields. */
export interface Item<K extends Kind = Kind> {
  readonly id: string;
  readonly kind: K;
  readonly edition: string;
  readonly title: string;
  readonly fields: ItemFields<K>;
  readonly page: Page;
  /** Translated pages of the item, by locale. */
  readonly translations: ReadonlyMap<Locale, Page>;
}

export interface ContentIndex {
  readonly siteDir: string;
  /** Released White Paper editions, newest first. */
  readonly editions: readonly string[];
  readonly pages: readonly Page[];
  /** Items keyed by `id@edition`. */
  readonly items: ReadonlyMap<string, Item>;
  /** Items by id, across editions (newest edition last). */
  readonly byId: ReadonlyMap<string, readonly Item[]>;
  /** Pages by `instance/version/locale/relativePath`. */
  readonly pageByPath: ReadonlyMap<string, Page>;
  /** Problems found while reading: encoding, YAML, schemas, ids. */
  readonly problems: readonly Problem[];
  /** Ids of files whose front matter could not be read; references to them are not reported again. */
  readonly unreadable: ReadonlySet<string>;
}

/** The key of a page in {@link ContentIndex.pageByPath}. */
export function pageKey(instance: InstanceId, version: string, locale: Locale, relativePath: string): string {
  return `${instance}/${version}/${locale}/${relativePath}`;
}

/** The key of an item in {@link ContentIndex.items}. */
export function itemKey(id: string, edition: string): string {
  return `${id}@${edition}`;
}

interface SourceFile {
  readonly file: string;
  readonly instance: InstanceId;
  readonly version: string;
  readonly locale: Locale;
  readonly relativePath: string;
}

/** Every Markdown file of the site, with where it belongs. */
/** Released editions, newest first, as the versions file lists them. */
export function readEditions(siteDir: string): string[] {
  const file = path.join(siteDir, instances['white-paper'].versionsFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

export function discover(siteDir: string): {files: SourceFile[]; editions: string[]} {
  const files: SourceFile[] = [];
  const editions = readEditions(siteDir);
  const add = (dir: string, instance: InstanceId, version: string, locale: Locale) => {
    for (const relativePath of walk(path.join(siteDir, dir))) {
      files.push({file: `${dir}/${relativePath}`, instance, version, locale, relativePath});
    }
  };
  for (const locale of localeCodes) {
    for (const instance of Object.values(instances)) {
      const versions = [currentVersion, ...(instance.id === 'white-paper' ? editions : [])];
      for (const version of versions) {
        const versionDir = version === currentVersion ? 'current' : `version-${version}`;
        if (locale === defaultLocale) {
          add(version === currentVersion ? instance.dir : `${instances['white-paper'].versionedDir}/${versionDir}`, instance.id, version, locale);
        } else {
          add(`i18n/${locale}/${instance.i18nDir}/${versionDir}`, instance.id, version, locale);
        }
      }
    }
  }
  return {files, editions};
}

function walk(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), relative));
    else if (/\.mdx?$/.test(entry.name)) out.push(relative);
  }
  return out;
}

/** Whether a file sits where items of `family` live (index pages excepted). */
function inFamilyFolder(relativePath: string, folder: string, byCountry = false): boolean {
  if (!relativePath.startsWith(`${folder}/`)) return false;
  const rest = relativePath.slice(folder.length + 1).split('/');
  if (rest.at(-1)?.replace(/\.mdx?$/, '') === 'index') return false;
  return rest.length === (byCountry ? 2 : 1);
}

/** The family whose folder holds the file, if any. */
function familyByFolder(instance: InstanceId, relativePath: string) {
  return families.find((f) => f.instance === instance && inFamilyFolder(relativePath, f.folder, f.byCountry));
}

/** Reads the whole site into a content index. Never throws on content mistakes. */
export function loadContentIndex(siteDir: string): ContentIndex {
  const {files, editions} = discover(siteDir);
  return buildIndex(siteDir, files, editions, (source) => parsePage(source.file, readFileSync(path.join(siteDir, source.file))));
}

/**
 * The same index, with the files parsed on `threads` threads: this one and
 * `threads - 1` workers take the next file from one shared counter, so the
 * work balances itself and nobody waits for a worker to start; a worker that
 * starts after every file was taken is stopped unused. Only `npm run check`
 * uses it; the build keeps the synchronous loader.
 */
export async function loadContentIndexParallel(siteDir: string, threads = availableParallelism()): Promise<ContentIndex> {
  const {files, editions} = discover(siteDir);
  const names = files.map((f) => f.file);
  const shared: ParseShare = {next: new Int32Array(new SharedArrayBuffer(4)), states: new Int32Array(new SharedArrayBuffer(4 * Math.max(0, threads - 1)))};
  const workers = Array.from({length: threads - 1}, (_, slot) => startParseWorker(siteDir, names, shared, slot));
  const parsed = new Map<string, ParsedPage>();
  for (let i = Atomics.add(shared.next, 0, 1); i < names.length; i = Atomics.add(shared.next, 0, 1)) {
    parsed.set(names[i], parsePage(names[i], readFileSync(path.join(siteDir, names[i]))));
  }
  for (const worker of workers) {
    // A worker that has not started yet finds nothing left: stop it rather than wait for it to load.
    if (Atomics.compareExchange(shared.states, worker.slot, workerState.waiting, workerState.cancelled) === workerState.waiting) {
      worker.result.catch(() => undefined);
      void worker.thread.terminate();
    } else for (const [file, data] of await worker.result) parsed.set(file, withPlaces(data));
  }
  return buildIndex(siteDir, files, editions, (source) => parsed.get(source.file)!);
}

function startParseWorker(siteDir: string, files: string[], shared: ParseShare, slot: number) {
  // The worker is TypeScript: a one-line entry registers tsx's require hook in the thread, then loads it.
  const entry = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'parse-worker.ts'))});`;
  const thread = new Worker(entry, {eval: true, workerData: {siteDir, files, shared, slot}});
  const result = new Promise<[string, ParsedPageData][]>((resolve, reject) => {
    thread.once('message', (data: [string, ParsedPageData][]) => {
      resolve(data);
      void thread.terminate();
    });
    thread.once('error', reject);
  });
  return {slot, thread, result};
}

function buildIndex(siteDir: string, files: readonly SourceFile[], editions: string[], parse: (source: SourceFile) => ParsedPage): ContentIndex {
  const problems: Problem[] = [];
  const pages: Page[] = [];
  const items = new Map<string, Item>();
  const byId = new Map<string, Item[]>();
  const pageByPath = new Map<string, Page>();
  const translations = new Map<string, Map<Locale, Page>>();
  const unreadable = new Set<string>();

  for (const source of files) {
    const parsed = parse(source);
    problems.push(...parsed.problems);
    if (parsed.unreadableRef) unreadable.add(parsed.unreadableRef);
    const docPath = docPathOf(source.relativePath, parsed.frontMatter.slug);
    const base = {...source, docPath, url: urlOf({...source, docPath}, editions), parsed};
    const itemId = source.locale === defaultLocale ? readItem(base, parsed, problems) : checkTranslatedFields(base, parsed, problems);
    const page: Page = itemId ? {...base, itemId: itemId.id} : base;
    pages.push(page);
    pageByPath.set(pageKey(source.instance, source.version, source.locale, source.relativePath), page);
    if (itemId && source.locale === defaultLocale) {
      const key = itemKey(itemId.id, itemId.edition);
      const existing = items.get(key);
      if (existing) {
        const place = parsed.placeOf(['ref']);
        problems.push({file: page.file, ...place, ruleId: 'kb:duplicate-id', reason: `Unexpected duplicate id \`${itemId.id}\`, expected each id once (it is also defined in ${existing.page.file}:${existing.page.parsed.placeOf(['ref']).line})`, suggestion: 'give one of the two items the next free number'});
        continue;
      }
      const item: Item = {
        id: itemId.id,
        kind: itemId.kind,
        edition: itemId.edition,
        title: itemId.fields.title as string,
        fields: itemId.fields as ItemFields<Kind>,
        page,
        translations: translations.get(key) ?? new Map(),
      };
      translations.set(key, item.translations as Map<Locale, Page>);
      items.set(key, item);
      byId.set(item.id, [...(byId.get(item.id) ?? []), item]);
    }
  }

  // Translated pages join the item of their English source.
  for (const page of pages) {
    if (page.locale === defaultLocale) continue;
    const source = pageByPath.get(pageKey(page.instance, page.version, defaultLocale, page.relativePath));
    if (!source?.itemId) continue;
    const edition = page.instance === 'white-paper' ? page.version : currentVersion;
    translations.get(itemKey(source.itemId, edition))?.set(page.locale, page);
  }

  for (const list of byId.values()) list.sort((a, b) => editionRank(a.edition, editions) - editionRank(b.edition, editions));
  return {siteDir, editions, pages, items, byId, pageByPath, problems, unreadable};
}

/** Older editions first, the working draft last. */
function editionRank(edition: string, editions: readonly string[]): number {
  return edition === currentVersion ? editions.length : editions.length - 1 - editions.indexOf(edition);
}

interface ReadItem {
  id: string;
  kind: Kind;
  edition: string;
  fields: Record<string, unknown>;
}

function issueReporter(page: {file: string}, parsed: ParsedPage, problems: Problem[]) {
  return {
    report: (issue: FieldIssue) => problems.push({file: page.file, ...parsed.placeOf(issue.path, issue.at), ruleId: issue.ruleId as Problem['ruleId'], reason: issue.reason, suggestion: issue.suggestion}),
    suggest: nearest,
  };
}

function readItem(page: Omit<Page, 'itemId'>, parsed: ParsedPage, problems: Problem[]): ReadItem | undefined {
  const ref = parsed.frontMatter.ref;
  const folderFamily = familyByFolder(page.instance, page.relativePath);
  if (ref === undefined) {
    if (folderFamily && parsed.problems.length === 0) {
      problems.push({file: page.file, line: 1, column: 1, ruleId: 'kb:missing-ref', reason: `Unexpected page without \`ref\` in ${folderFamily.folder}/, expected an id such as \`${folderFamily.shape}\``, suggestion: 'add `ref:` to the front matter, or run `npm run new` to start an entry'});
    }
    return undefined;
  }
  const report = (ruleId: Problem['ruleId'], reason: string, suggestion?: string) => problems.push({file: page.file, ...parsed.placeOf(['ref']), ruleId, reason, suggestion});
  if (typeof ref !== 'string') {
    report('kb:invalid-value', `Unexpected \`ref\` that is not text, expected an id such as \`${(folderFamily ?? families[0]).shape}\``);
    return undefined;
  }
  const family = familyOf(ref);
  if (!family || !family.pattern.test(ref)) {
    const expected = family ?? folderFamily;
    const fixed = expected && normaliseId(ref, expected);
    report('kb:id-pattern', `Unexpected id \`${visible(ref)}\`, expected ${expected ? `\`${expected.shape}\`` : `one of ${families.map((f) => `\`${f.shape}\``).join(', ')}`}`, fixed ? `did you mean \`${fixed}\`?` : expected ? 'use capital letters, digits and dashes as in the pattern' : undefined);
    return undefined;
  }
  if (family.instance !== page.instance || !inFamilyFolder(page.relativePath, family.folder, family.byCountry)) {
    report('kb:id-folder', `Unexpected ${family.kind} \`${ref}\` in ${page.instance}/${page.relativePath.slice(0, page.relativePath.lastIndexOf('/') + 1)}, expected it in ${family.instance}/${family.folder}/${family.byCountry ? `${ref.split('-')[1].toLowerCase()}/` : ''}`, 'move the file, or change its `ref`');
  } else if (family.byCountry && page.relativePath.split('/')[1] !== ref.split('-')[1].toLowerCase()) {
    report('kb:id-folder', `Unexpected ${family.kind} \`${ref}\` in ${family.folder}/${page.relativePath.split('/')[1]}/, expected it in ${family.folder}/${ref.split('-')[1].toLowerCase()}/`, 'move the file to the folder of its country, or change its `ref`');
  }
  const context = issueReporter(page, parsed, problems);
  const fields = readShape(schemas[family.kind], parsed.frontMatter, [], context, docusaurusKeys);
  if (family.kind === 'recommendation' && typeof fields.theme === 'string') {
    const code = themes[fields.theme as keyof typeof themes].code;
    if (ref.split('-')[1] !== code) {
      report('kb:id-folder', `Unexpected theme code \`${ref.split('-')[1]}\` in \`${ref}\`, expected \`${code}\` for theme \`${fields.theme}\``, `change the id to \`REC-${code}-…\` or the theme`);
    }
  }
  if (family.kind === 'best-practice' && typeof fields.country === 'string' && ref.split('-')[1] !== fields.country) {
    report('kb:id-folder', `Unexpected country code \`${ref.split('-')[1]}\` in \`${ref}\`, expected \`${fields.country}\` for country \`${fields.country}\``, `change the id to \`BP-${fields.country}-…\` or the country`);
  }
  if (fields.title === undefined) return undefined;
  const edition = page.instance === 'white-paper' ? page.version : currentVersion;
  return {id: ref, kind: family.kind, edition, fields};
}

/** A translated item page may carry the schema's fields (each valid) and `l10n`, nothing else. */
function checkTranslatedFields(page: Omit<Page, 'itemId'>, parsed: ParsedPage, problems: Problem[]): undefined {
  const ref = parsed.frontMatter.ref;
  const family = typeof ref === 'string' ? familyOf(ref) : undefined;
  if (family) readShape(schemas[family.kind], parsed.frontMatter, [], issueReporter(page, parsed, problems), docusaurusKeys, true);
  return undefined;
}

/**
 * The id a mistyped one most likely means: invisible characters removed,
 * capitals, numbers padded to the family's width; undefined when that does
 * not give a valid id.
 */
export function normaliseId(ref: string, family: Family): string | undefined {
  const cleaned = ref.replace(invisible, '').trim().toUpperCase().replace(/[\s_]+/g, '-');
  const parts = cleaned.split('-');
  const shapeParts = family.shape.split(' ')[0].split('-');
  const padded = parts.map((part, i) => (/^\d+$/.test(part) && /^<N+>$/.test(shapeParts[i] ?? '') ? part.padStart(shapeParts[i].length - 2, '0') : part)).join('-');
  return family.pattern.test(padded) && padded !== ref ? padded : undefined;
}

const invisible = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Shows invisible characters (zero-width, bidi controls) in an id. */
export function visible(text: string): string {
  return text.replace(invisible, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** A content index whose reading failed the check: the problems, printed. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}
