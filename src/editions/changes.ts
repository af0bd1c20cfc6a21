/**
 * What changed in an edition: the recommendations added, changed (fields
 * and text), superseded, withdrawn and removed since the previous edition,
 * computed from the content index. The working draft is compared with the
 * latest edition; the first edition has nothing to compare with.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {ContentIndex, Item} from '../content/loader';
import {schemas} from '../content/schema';
import {currentVersion} from '../content/site';

/** A front-matter field whose value differs between two editions. */
export interface FieldChange {
  readonly field: string;
  /** For single values (and mappings): the value before and after; absent when the field was unset. */
  readonly before?: unknown;
  readonly after?: unknown;
  /** For lists: the values added and removed. */
  readonly added?: readonly unknown[];
  readonly removed?: readonly unknown[];
}

/** A part of the text between two headings that was added, removed or rewritten. */
export interface SectionChange {
  /** The heading id, or `''` for the text before the first heading. */
  readonly id: string;
  /** The heading as written (in the newer text, or the older one for a removed section); `''` for the introduction. */
  readonly heading: string;
  readonly change: 'added' | 'removed' | 'changed';
}

/** A recommendation present in both editions whose fields or text differ. */
export interface ChangedItem {
  readonly before: Item;
  readonly after: Item;
  readonly fields: readonly FieldChange[];
  readonly sections: readonly SectionChange[];
}

/** The changes of one version against the one before it. */
export interface VersionChanges {
  readonly version: string;
  /** The version compared with; undefined for the first edition. */
  readonly previous?: string;
  readonly added: readonly Item[];
  readonly changed: readonly ChangedItem[];
  /** Superseded or withdrawn in this version, and not before. */
  readonly superseded: readonly Item[];
  readonly withdrawn: readonly Item[];
  /** In the previous version and no longer in this one. */
  readonly removed: readonly Item[];
  readonly unchanged: readonly Item[];
}

/** The version a version is compared with: the edition before it, the latest edition for the working draft. */
export function previousVersion(editions: readonly string[], version: string): string | undefined {
  if (version === currentVersion) return editions[0];
  const at = editions.indexOf(version);
  return at === -1 ? undefined : editions[at + 1];
}

/** The recommendations of `version`, by id, in id order. */
export function recommendationsOf(index: ContentIndex, version: string): Map<string, Item> {
  const items = [...index.items.values()].filter((item) => item.kind === 'recommendation' && item.edition === version);
  return new Map(items.sort((a, b) => a.id.localeCompare(b.id)).map((item) => [item.id, item]));
}

/** Compares `version` with the version before it. */
export function compareVersions(index: ContentIndex, version: string): VersionChanges {
  const previous = previousVersion(index.editions, version);
  const now = recommendationsOf(index, version);
  const before = previous === undefined ? new Map<string, Item>() : recommendationsOf(index, previous);
  const out = {version, previous, added: [] as Item[], changed: [] as ChangedItem[], superseded: [] as Item[], withdrawn: [] as Item[], removed: [] as Item[], unchanged: [] as Item[]};
  for (const item of now.values()) {
    const old = before.get(item.id);
    const status = String(item.fields.status);
    if ((status === 'superseded' || status === 'withdrawn') && (previous === undefined || old?.fields.status !== status)) {
      out[status].push(item);
      continue;
    }
    if (!old) {
      // The first edition has no previous one: everything in it is new.
      out.added.push(item);
      continue;
    }
    const fields = fieldChanges(old, item);
    const sections = sectionChanges(index, old, item);
    if (fields.length === 0 && sections.length === 0) out.unchanged.push(item);
    else out.changed.push({before: old, after: item, fields, sections});
  }
  for (const old of before.values()) if (!now.has(old.id)) out.removed.push(old);
  return out;
}

/** The fields of two versions of an item that differ, in schema order. */
export function fieldChanges(before: Item, after: Item): FieldChange[] {
  const a = before.fields as Record<string, unknown>;
  const b = after.fields as Record<string, unknown>;
  const out: FieldChange[] = [];
  for (const field of Object.keys(schemas[after.kind])) {
    if (field === 'ref' || same(a[field], b[field])) continue;
    if (Array.isArray(a[field]) || Array.isArray(b[field])) {
      const older = (a[field] as unknown[] | undefined) ?? [];
      const newer = (b[field] as unknown[] | undefined) ?? [];
      out.push({
        field,
        added: newer.filter((value) => !older.some((o) => same(o, value))),
        removed: older.filter((value) => !newer.some((n) => same(n, value))),
      });
    } else {
      out.push({field, before: a[field], after: b[field]});
    }
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The sections of the text of two versions of an item that differ (whitespace aside). */
export function sectionChanges(index: ContentIndex, before: Item, after: Item): SectionChange[] {
  const older = sections(index, before);
  const newer = sections(index, after);
  const out: SectionChange[] = [];
  for (const [id, section] of newer) {
    const old = older.get(id);
    if (!old) out.push({id, heading: section.heading, change: 'added'});
    else if (old.text !== section.text) out.push({id, heading: section.heading, change: 'changed'});
  }
  for (const [id, section] of older) if (!newer.has(id)) out.push({id, heading: section.heading, change: 'removed'});
  return out;
}

/** The body of an item's page cut at its headings: heading id -> heading and normalised text. */
function sections(index: ContentIndex, item: Item): Map<string, {heading: string; text: string}> {
  const lines = readFileSync(path.join(index.siteDir, item.page.file), 'utf8').split(/\r?\n/);
  // The body starts after the closing `---` of the front matter.
  const close = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  // 0-based index of each section's first line: the line after the front matter, then each heading's own line.
  const cuts = [{start: close + 1, id: '', heading: ''}, ...item.page.parsed.headings.map((h) => ({start: h.line - 1, id: h.id, heading: h.text.trim()}))];
  const out = new Map<string, {heading: string; text: string}>();
  cuts.forEach((cut, i) => {
    const body = lines.slice(cut.start, i + 1 < cuts.length ? cuts[i + 1].start : lines.length);
    out.set(cut.id, {heading: cut.heading, text: body.join(' ').replace(/\s+/g, ' ').trim()});
  });
  return out;
}
