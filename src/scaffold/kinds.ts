/**
 * What `npm run new` asks for each kind of entry, where the answer goes in
 * the front matter, and how the id, the file and the text of a new entry
 * follow from the answers. The fields themselves (what they mean, which
 * vocabulary they take, how a value is read) come from the schemas.
 */
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {ContentIndex} from '../content/loader';
import {families, schemas, type Field, type Kind} from '../content/schema';
import {instances} from '../content/site';
import {themes} from '../content/vocabularies';

/** The kinds `npm run new` can start. */
export const scaffoldKinds = ['best-practice', 'recommendation', 'meeting'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number] & Kind;

/** One question: its flag, its prompt, and the front-matter field it fills. */
export interface Question {
  /** Command-line flag, without `--`. */
  readonly flag: string;
  /** The prompt, in a few words; the field's description is shown under it. */
  readonly prompt: string;
  /** Path of the answer in the front matter (`['sources', 0, 'url']`). */
  readonly path: readonly (string | number)[];
  /** Asked until answered; without a terminal, a missing flag is an error. */
  readonly required: boolean;
}

/** The schema field at a front-matter path. */
export function fieldAt(kind: ScaffoldKind, fieldPath: Question['path']): Field<unknown> {
  let field = (schemas[kind] as Record<string, Field<unknown>>)[fieldPath[0] as string];
  for (const segment of fieldPath.slice(1)) {
    if (typeof segment === 'string') field = field.shape![segment];
  }
  return field;
}

const ask = (flag: string, prompt: string, fieldPath: Question['path'], required: boolean): Question => ({flag, prompt, path: fieldPath, required});

/** The questions of each kind, in the order they are asked. */
export const questions: Record<ScaffoldKind, readonly Question[]> = {
  'best-practice': [
    ask('country', 'Country', ['country'], true),
    ask('city', 'Town or city', ['city'], false),
    ask('organisation', 'Organisation that runs it', ['organisation'], true),
    ask('title', 'Title', ['title'], true),
    ask('themes', 'Themes', ['themes'], true),
    ask('target-groups', 'Target groups', ['targetGroups'], true),
    ask('partner', 'Network partner', ['partner'], false),
    ask('implements', 'Recommendations it illustrates (ids)', ['implements'], false),
    ask('source-url', 'A public source: its address', ['sources', 0, 'url'], true),
    ask('source-title', 'The title of that source', ['sources', 0, 'title'], true),
  ],
  recommendation: [
    ask('theme', 'Theme', ['theme'], true),
    ask('title', 'Title', ['title'], true),
    ask('summary', 'Summary', ['summary'], true),
    ask('levels', 'Policy levels', ['levels'], true),
    ask('actors', 'Actors', ['actors'], true),
    ask('target-groups', 'Target groups', ['targetGroups'], false),
    ask('evidence', 'Evidence (ids)', ['evidence'], false),
  ],
  meeting: [
    ask('city', 'City', ['city'], true),
    ask('country', 'Country', ['country'], true),
    ask('date', 'First day (YYYY-MM-DD)', ['dates', 'start'], true),
    ask('title', 'Title', ['title'], true),
    ask('format', 'Format', ['format'], true),
    ask('host', 'Host partner', ['host'], false),
  ],
};

/** Fields every new entry gets without asking: it starts as a draft. */
export function fixedFields(kind: ScaffoldKind, today: string): Record<string, unknown> {
  if (kind === 'recommendation') return {status: 'draft', statusHistory: [{status: 'draft', date: today}]};
  return {status: 'draft'};
}

/** Every id already taken, or whose file exists, in the index. */
function takenIds(index: ContentIndex): Set<string> {
  const ids = new Set(index.byId.keys());
  for (const page of index.pages) if (typeof page.parsed.frontMatter.ref === 'string') ids.add(page.parsed.frontMatter.ref);
  return ids;
}

/** The first free number after the highest one with `prefix`, as `digits` digits. */
function nextNumber(taken: Iterable<string>, prefix: string, digits: number): string {
  let highest = 0;
  for (const id of taken) {
    if (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length))) highest = Math.max(highest, Number(id.slice(prefix.length)));
  }
  return String(highest + 1).padStart(digits, '0');
}

/** A city's name as the last part of a meeting id: `Aleksandrów Łódzki` -> `ALEKSANDROW`. */
export function cityCode(city: string): string {
  const words = city
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
  return words[0]?.length >= 3 ? words[0] : words.join('');
}

/** The new entry's id, or why there is none. */
export function newId(kind: ScaffoldKind, fields: Record<string, unknown>, index: ContentIndex): {id: string} | {error: string} {
  const taken = takenIds(index);
  const fileNames = (folder: string) => (existsSync(folder) ? readdirSync(folder).map((name) => name.replace(/\.mdx?$/, '').toUpperCase()) : []);
  if (kind === 'best-practice') {
    const country = String(fields.country);
    const folder = path.join(index.siteDir, instances.docs.dir, folderOf(kind), country.toLowerCase());
    return {id: `BP-${country}-${nextNumber([...taken, ...fileNames(folder)], `BP-${country}-`, 3)}`};
  }
  if (kind === 'recommendation') {
    const code = themes[fields.theme as keyof typeof themes].code;
    const folder = path.join(index.siteDir, instances['white-paper'].dir, folderOf(kind));
    return {id: `REC-${code}-${nextNumber([...taken, ...fileNames(folder)], `REC-${code}-`, 2)}`};
  }
  const year = String((fields.dates as {start: string}).start).slice(0, 4);
  const code = cityCode(String(fields.city));
  if (code.length < 3) return {error: `Unexpected city \`${String(fields.city)}\` for a meeting id, expected a name with at least three Latin letters`};
  const id = `MTG-${year}-${code}`;
  const existing = index.byId.get(id)?.[0] ?? index.pages.find((page) => page.parsed.frontMatter.ref === id);
  if (existing) return {error: `Unexpected meeting \`${id}\`: it exists already in ${'page' in existing ? existing.page.file : existing.file}, expected a new meeting`};
  return {id};
}

function folderOf(kind: ScaffoldKind): string {
  return families.find((family) => family.kind === kind)!.folder;
}

/** Where the entry with `id` is written, relative to the site. */
export function fileOf(kind: ScaffoldKind, id: string): string {
  const family = families.find((f) => f.kind === kind)!;
  const country = family.byCountry ? `${id.split('-')[1].toLowerCase()}/` : '';
  return `${instances[family.instance].dir}/${family.folder}/${country}${id.toLowerCase()}.md`;
}

/** The body of a new entry: headings to fill in, with guidance in comments that readers never see. */
export const bodies: Record<ScaffoldKind, string> = {
  'best-practice': `<!-- Describe the practice in a few sentences: what it is, who runs it and for whom. Write only what your organisation or a public source confirms, and list those sources in \`sources\` above. -->

This entry is a draft: its description is still to be written.

## What was done {#what-was-done}

<!-- The activities, in order, with dates where you have them. -->

## Results {#results}

<!-- What changed, with figures where you have them and the source of each. If no results are known yet, say so plainly. -->

The results are not documented yet.

## Transferability {#transferability}

<!-- What another town would need to do the same, and what to watch out for. Mark your own judgement as yours. -->
`,
  recommendation: `<!-- Say in a paragraph what the recommendation asks for and why. Refer to the evidence by id, for example [[BP-PL-001]]. -->

This recommendation is a draft: its text is still to be written.

## Rationale {#rationale}

<!-- The practices, meetings and debates it rests on, and what they show. -->

## Actions {#actions}

<!-- Numbered steps an actor can take. -->

## Indicators of progress {#indicators}

<!-- How a town would know it is making progress. -->
`,
  meeting: `<!-- Say in a paragraph who hosted the meeting, when and where, and in what form. Write only what the agenda, the report or another public source confirms. -->

This entry is a draft: its description is still to be written.

## Theme {#theme}

<!-- The theme of the meeting, in the host's words where possible. -->

## Programme {#programme}

<!-- The sessions, with their times and the institutions that spoke. Name organisations, not private people. -->
`,
};
