/**
 * Editions of the White Paper: their names, the record of when each was
 * cut, and the Docusaurus `versions` options written from them. The names
 * of the files come from `src/content/site.ts`; this module reads and
 * validates what they hold.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {pageKey, type ContentIndex} from '../content/loader';

export {readEditions} from '../content/loader';
import {currentVersion, defaultLocale, instances, versionPathOf, type Locale} from '../content/site';

const whitePaper = instances['white-paper'];

/**
 * What an edition name looks like: a year, optionally followed by a dash and
 * a short qualifier in lower case (`2021`, `2025-rev1`). Names become URL
 * segments, folder names and the `@edition` of a reference.
 */
export const editionNamePattern = /^\d{4}(?:-[a-z0-9]{1,12})?$/;

/** Names that already mean something in URLs or references. */
const reserved = new Set([currentVersion, 'next', 'editions']);

/** Why `name` cannot be a new edition, or undefined when it can. */
export function editionNameProblem(name: string, existing: readonly string[]): string | undefined {
  if (!editionNamePattern.test(name) || reserved.has(name)) {
    return `Unexpected edition name \`${name}\`, expected a year such as \`2025\`, optionally with a qualifier such as \`2025-rev1\` (lower-case letters and digits)`;
  }
  if (existing.includes(name)) {
    return `Unexpected edition name \`${name}\`: edition ${name} already exists (it is listed in ${whitePaper.versionsFile}), expected a new name`;
  }
  return undefined;
}

/** One entry of the changelog: an edition, the day it was cut, and the maintainers' note. */
export interface ChangelogEntry {
  readonly edition: string;
  /** The day the edition was cut in this knowledge base (YYYY-MM-DD): not a publication date. */
  readonly date: string;
  /** What the edition is, in a sentence or two, written by whoever cut it. */
  readonly note?: string;
}

/** The changelog, newest edition first; empty before the first edition. */
export function readChangelog(siteDir: string): ChangelogEntry[] {
  const file = path.join(siteDir, whitePaper.changelogFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ChangelogEntry[]) : [];
}

/** The English label of a version, as the version dropdown and the citations show it. */
export function versionLabel(version: string): string {
  return version === currentVersion ? 'Working draft' : `Edition ${version}`;
}

/** What Docusaurus needs to know about one version of the White Paper. */
export interface VersionOptions {
  readonly label: string;
  readonly path: string;
  readonly banner: 'none' | 'unreleased' | 'unmaintained';
  readonly badge: boolean;
}

/**
 * The `versions` option of the White Paper docs plugin: the working draft
 * at `next` with the "unreleased" banner, the latest edition at the root
 * without a banner, older editions under their name with the banner that
 * says a newer edition exists. The paths are {@link versionPathOf}'s, so
 * the content index and the site agree on every URL.
 */
export function versionsOptions(editions: readonly string[]): Record<string, VersionOptions> {
  const out: Record<string, VersionOptions> = {};
  for (const version of [currentVersion, ...editions]) {
    out[version] = {
      label: versionLabel(version),
      path: versionPathOf(version, editions),
      banner: version === currentVersion ? (editions.length > 0 ? 'unreleased' : 'none') : version === editions[0] ? 'none' : 'unmaintained',
      badge: editions.length > 0,
    };
  }
  return out;
}

/**
 * The versions a build includes. `KB_EDITIONS` (comma-separated, `current`
 * for the working draft) narrows a preview build to some versions; the
 * latest edition is always kept, because it is served at the White Paper's
 * root. Undefined means every version.
 */
export function includedVersions(editions: readonly string[], env: string | undefined): string[] | undefined {
  if (env === undefined || env.trim() === '') return undefined;
  const all = [currentVersion, ...editions];
  const asked = env.split(',').map((v) => v.trim()).filter(Boolean);
  const unknown = asked.filter((v) => !all.includes(v));
  if (unknown.length > 0) {
    throw new Error(`[kb:editions] KB_EDITIONS names ${unknown.map((v) => `\`${v}\``).join(', ')}, which ${unknown.length === 1 ? 'is not a version' : 'are not versions'}: use ${all.map((v) => `\`${v}\``).join(', ')}.`);
  }
  return all.filter((v) => asked.includes(v) || v === editions[0]);
}

/**
 * The title of the White Paper in `version` and `locale`: the title of the
 * version's first page, translated where a translation exists.
 */
export function whitePaperTitle(index: ContentIndex, version: string, locale: Locale): string {
  const key = (l: Locale) => pageKey('white-paper', version, l, 'index.md');
  const page = index.pageByPath.get(key(locale)) ?? index.pageByPath.get(key(defaultLocale));
  return page?.parsed.title ?? 'White Paper';
}

/** The day `version` was cut, from the changelog; undefined for the working draft or an edition the changelog does not record. */
export function editionDate(siteDir: string, version: string): string | undefined {
  if (version === currentVersion) return undefined;
  return readChangelog(siteDir).find((entry) => entry.edition === version)?.date;
}
