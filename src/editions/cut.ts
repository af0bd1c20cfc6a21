/**
 * Cutting an edition of the White Paper: the Docusaurus version (the docs
 * and the sidebars), the translations of every locale that has some, the
 * versions file and the changelog entry, all or nothing.
 *
 * Everything is first written to a staging folder inside the site (so that
 * each move is a rename on one file system), a journal lists the moves, and
 * the versions file is replaced last: until then Docusaurus and the content
 * index ignore the new folders. A failure rolls the moves back; a cut that
 * was killed half-way is rolled back by the next run (or by
 * {@link recoverInterruptedCut}), so the repository ends as it was.
 */
import {copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {checkContent} from '../checks';
import {loadContentIndex} from '../content/loader';
import {formatProblem} from '../content/problem';
import type {RuleSettings} from '../content/rules';
import {currentVersion, defaultLocale, instances, localeCodes, type Locale} from '../content/site';
import {createTranslator} from '../i18n/catalogue';
import {loadCatalogues} from '../i18n/load';
import sidebars from '../sidebars';
import {editionNameProblem, readChangelog, readEditions, type ChangelogEntry} from './edition';

const whitePaper = instances['white-paper'];

/** The staging folder of a cut in progress, relative to the site. */
export const stagingDir = '.edition-cut';

/** What went wrong, for the command line: a sentence, and a code for tests and scripts. */
export class EditionError extends Error {
  constructor(
    message: string,
    readonly code: 'invalid-name' | 'exists' | 'leftover' | 'content-errors' | 'failed',
  ) {
    super(message);
    this.name = 'EditionError';
  }
}

/** Options of {@link cutEdition}. */
export interface CutOptions {
  /** The day of the cut, YYYY-MM-DD; the changelog records it as the edition's date. */
  readonly date: string;
  /** A sentence or two on what the edition is, for the changelog. */
  readonly note?: string;
  /** Rule severities, as the site config sets them (default: the rules' own). */
  readonly rules?: RuleSettings;
  /** Called before each step with its name; tests throw here to simulate a failure. */
  readonly onStep?: (step: string) => void;
}

/** What a cut wrote. */
export interface CutResult {
  readonly edition: string;
  readonly date: string;
  /** Site-relative paths created or replaced, in the order they were put in place. */
  readonly written: readonly string[];
  /** Locales whose translations were copied into the edition. */
  readonly locales: readonly Locale[];
  /** The edition of an earlier, interrupted cut that was rolled back first, if any. */
  readonly recovered?: string;
}

interface Move {
  /** Site-relative path in the staging folder. */
  readonly from: string;
  /** Site-relative path it goes to; it must not exist. */
  readonly to: string;
}

interface Replacement {
  readonly from: string;
  /** Site-relative path of the file it replaces. */
  readonly to: string;
  /** Staging path of the copy of the old file; undefined when there was none. */
  readonly backup?: string;
}

interface Journal {
  readonly edition: string;
  readonly moves: readonly Move[];
  readonly replacements: readonly Replacement[];
  /** Folders the moves need that did not exist, outermost first. */
  readonly createdDirs: readonly string[];
}

/** Cuts edition `name` from the working draft. Throws {@link EditionError} and leaves the site as it was on any failure. */
export function cutEdition(siteDir: string, name: string, options: CutOptions): CutResult {
  const recovered = recoverInterruptedCut(siteDir);
  const editions = readEditions(siteDir);
  const problem = editionNameProblem(name, editions);
  if (problem) throw new EditionError(problem, editions.includes(name) ? 'exists' : 'invalid-name');

  const step = (label: string) => options.onStep?.(label);
  const versionDir = `version-${name}`;
  const locales = localeCodes.filter((locale) => locale !== defaultLocale && hasTranslations(siteDir, locale));
  const i18nDir = (locale: Locale) => `i18n/${locale}/${whitePaper.i18nDir}`;
  const moves: Move[] = [
    {from: `${stagingDir}/docs`, to: `${whitePaper.versionedDir}/${versionDir}`},
    {from: `${stagingDir}/sidebars.json`, to: `${whitePaper.versionedSidebarsDir}/${versionDir}-sidebars.json`},
    ...locales.flatMap((locale) => [
      ...(existsSync(path.join(siteDir, i18nDir(locale), currentVersion)) ? [{from: `${stagingDir}/i18n/${locale}/docs`, to: `${i18nDir(locale)}/${versionDir}`}] : []),
      {from: `${stagingDir}/i18n/${locale}/version.json`, to: `${i18nDir(locale)}/${versionDir}.json`},
    ]),
  ];
  for (const move of moves) {
    if (existsSync(path.join(siteDir, move.to))) {
      throw new EditionError(`Unexpected ${move.to}: edition ${name} is not in ${whitePaper.versionsFile}, expected no folder or file for it yet; remove it (it is left from an earlier attempt) and run the command again`, 'leftover');
    }
  }

  const at = (relative: string) => path.join(siteDir, relative);
  const stage = at(stagingDir);
  const written: string[] = [];
  let current = 'check';
  let journal: Journal | undefined;
  try {
    step(current);
    const index = loadContentIndex(siteDir);
    const errors = checkContent(index, options.rules).filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      const shown = errors.slice(0, 5).map((error) => `  ${formatProblem(error)}`);
      const more = errors.length > 5 ? [`  … and ${errors.length - 5} more`] : [];
      throw new EditionError([`Unexpected content errors (${errors.length}), expected none before an edition is cut; fix them (\`npm run check\` lists them all):`, ...shown, ...more].join('\n'), 'content-errors');
    }

    step((current = 'stage'));
    rmSync(stage, {recursive: true, force: true});
    mkdirSync(stage, {recursive: true});
    cpSync(at(whitePaper.dir), at(moves[0].from), {recursive: true});
    writeFileSync(at(moves[1].from), `${JSON.stringify(sidebars, null, 2)}\n`);
    const catalogues = loadCatalogues();
    for (const locale of locales) {
      const docs = at(`${i18nDir(locale)}/${currentVersion}`);
      mkdirSync(at(`${stagingDir}/i18n/${locale}`), {recursive: true});
      if (existsSync(docs)) cpSync(docs, at(`${stagingDir}/i18n/${locale}/docs`), {recursive: true});
      const label = createTranslator(locale, catalogues)('editions.versionLabel', {edition: name});
      writeFileSync(at(`${stagingDir}/i18n/${locale}/version.json`), versionTranslations(siteDir, locale, name, label));
    }
    const entry: ChangelogEntry = options.note ? {edition: name, date: options.date, note: options.note} : {edition: name, date: options.date};
    const replacements: Replacement[] = [
      {from: `${stagingDir}/changelog.json`, to: whitePaper.changelogFile},
      // The versions file goes last: replacing it is what makes the edition exist.
      {from: `${stagingDir}/versions.json`, to: whitePaper.versionsFile},
    ].map((r, i) => (existsSync(at(r.to)) ? {...r, backup: `${stagingDir}/backup-${i}.json`} : r));
    writeFileSync(at(replacements[0].from), `${JSON.stringify([entry, ...readChangelog(siteDir)], null, 2)}\n`);
    writeFileSync(at(replacements[1].from), `${JSON.stringify([name, ...editions], null, 2)}\n`);
    for (const r of replacements) if (r.backup) copyFileSync(at(r.to), at(r.backup));
    const createdDirs = [...new Set(moves.flatMap((m) => missingParents(siteDir, path.posix.dirname(m.to))))];
    journal = {edition: name, moves, replacements, createdDirs};
    writeFileSync(path.join(stage, 'journal.json'), JSON.stringify(journal, null, 2));

    for (const dir of createdDirs) mkdirSync(at(dir), {recursive: true});
    for (const move of moves) {
      step((current = `move ${move.to}`));
      renameSync(at(move.from), at(move.to));
      written.push(move.to);
    }
    for (const r of replacements) {
      step((current = `replace ${r.to}`));
      renameSync(at(r.from), at(r.to));
      written.push(r.to);
    }
  } catch (error) {
    if (journal) rollBack(siteDir, journal);
    rmSync(stage, {recursive: true, force: true});
    if (error instanceof EditionError) throw error;
    throw new EditionError(`Cutting edition ${name} failed at "${current}": ${(error as Error).message}. Nothing was changed: the repository is as it was.`, 'failed');
  }
  rmSync(stage, {recursive: true, force: true});
  return {edition: name, date: options.date, written, locales, recovered};
}

/**
 * Finishes what an interrupted cut left: rolls it back when the versions
 * file does not list its edition yet, or only removes the staging folder
 * when it does. Returns the edition of the interrupted cut, if there was one.
 */
export function recoverInterruptedCut(siteDir: string): string | undefined {
  const file = path.join(siteDir, stagingDir, 'journal.json');
  if (!existsSync(file)) {
    rmSync(path.join(siteDir, stagingDir), {recursive: true, force: true});
    return undefined;
  }
  const journal = JSON.parse(readFileSync(file, 'utf8')) as Journal;
  if (!readEditions(siteDir).includes(journal.edition)) rollBack(siteDir, journal);
  rmSync(path.join(siteDir, stagingDir), {recursive: true, force: true});
  return journal.edition;
}

/** Undoes the moves and replacements of `journal` that were made, newest first. */
function rollBack(siteDir: string, journal: Journal): void {
  const at = (relative: string) => path.join(siteDir, relative);
  for (const r of [...journal.replacements].reverse()) {
    if (existsSync(at(r.from))) continue; // not put in place yet
    if (r.backup) renameSync(at(r.backup), at(r.to));
    else rmSync(at(r.to), {force: true});
  }
  for (const move of [...journal.moves].reverse()) {
    if (!existsSync(at(move.from)) && existsSync(at(move.to))) rmSync(at(move.to), {recursive: true, force: true});
  }
  for (const dir of [...journal.createdDirs].reverse()) {
    if (existsSync(at(dir)) && readdirSync(at(dir)).length === 0) rmdirSync(at(dir));
  }
}

/** Whether `locale` has White Paper translations to carry into an edition. */
function hasTranslations(siteDir: string, locale: Locale): boolean {
  const dir = path.join(siteDir, 'i18n', locale, whitePaper.i18nDir);
  const docs = path.join(dir, currentVersion);
  return (existsSync(docs) && readdirSync(docs).length > 0) || existsSync(path.join(dir, `${currentVersion}.json`));
}

/**
 * The edition's translation file: the working draft's (sidebar labels), with
 * the version label set to the edition's, as Docusaurus's own `docs:version`
 * copies `current.json` but would keep the draft's label.
 */
function versionTranslations(siteDir: string, locale: Locale, name: string, label: string): string {
  const file = path.join(siteDir, 'i18n', locale, whitePaper.i18nDir, `${currentVersion}.json`);
  const messages = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string; description?: string}>) : {};
  messages['version.label'] = {message: label, description: `The label for version ${name}`};
  return `${JSON.stringify(messages, null, 2)}\n`;
}

/** The folders from `dir` up that do not exist, outermost first. */
function missingParents(siteDir: string, dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; d !== '.' && d !== '' && !existsSync(path.join(siteDir, d)); d = path.posix.dirname(d)) out.unshift(d);
  return out;
}
