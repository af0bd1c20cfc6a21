/**
 * Resolving references: `[[ID]]` in text and id fields in front matter, the
 * same way for the checker, the remark plugin, the pages and the search.
 * {@link linksOf} resolves every reference of the index once and keeps the
 * result, with the backlinks it implies.
 */
import {itemKey, type ContentIndex, type Item, type Page} from './loader';
import type {Place, Problem} from './problem';
import {describeKinds, families, familyOf, kindNames, schemas, type Field, type FieldPath, type Kind} from './schema';
import {currentVersion, defaultLocale} from './site';
import {nearest} from './suggest';

export type Resolution =
  | {readonly ok: true; readonly item: Item}
  | {readonly ok: false; readonly ruleId: Problem['ruleId']; readonly reason: string; readonly suggestion?: string};

/** Where a reference is written from. */
export interface ReferenceSource {
  readonly instance: Page['instance'];
  readonly version: string;
}

/** The edition an unpinned reference to `id` means when written in `from`. */
export function defaultEdition(index: ContentIndex, id: string, from: ReferenceSource): string {
  if (familyOf(id)?.instance !== 'white-paper') return currentVersion;
  // White Paper pages refer within their own edition.
  if (from.instance === 'white-paper') return from.version;
  // The living docs refer to the latest released edition that has the item: the citable text that readers reach
  // first, whose "Cited by" then lists the practices, meetings and strategy actions. An item only in the working
  // draft is found there. See docs/maintainers/editions.md.
  return index.editions.find((edition) => index.items.has(itemKey(id, edition))) ?? currentVersion;
}

/**
 * Resolves `id` (optionally pinned to `edition`) written in `from`, allowing
 * only `kinds` when given. `field` names the front-matter field for messages.
 */
export function resolveReference(
  index: ContentIndex,
  ref: {id: string; edition?: string},
  from: ReferenceSource,
  kinds?: readonly Kind[],
  field?: string,
): Resolution {
  const {id} = ref;
  const family = familyOf(id);
  const written = ref.edition ? `${id}@${ref.edition}` : id;
  if (!family || !family.pattern.test(id)) {
    const suggestion = nearest(id, index.byId.keys());
    return {
      ok: false,
      ruleId: 'kb:unknown-reference',
      reason: `Unexpected reference \`${written}\`, expected an id such as ${(kinds ?? families.map((f) => f.kind)).map((k) => `\`${families.find((f) => f.kind === k)!.shape}\``).join(' or ')}`,
      suggestion: suggestion && `did you mean \`${suggestion}\`?`,
    };
  }
  if (ref.edition !== undefined) {
    if (family.instance !== 'white-paper') {
      return {ok: false, ruleId: 'kb:unknown-edition', reason: `Unexpected edition \`@${ref.edition}\` on \`${id}\`, expected editions only on White Paper recommendations`, suggestion: `write \`${id}\``};
    }
    if (ref.edition !== currentVersion && !index.editions.includes(ref.edition)) {
      const suggestion = nearest(ref.edition, index.editions);
      return {ok: false, ruleId: 'kb:unknown-edition', reason: `Unexpected edition \`${ref.edition}\` in \`${written}\`, expected one of ${[...index.editions, currentVersion].map((e) => `\`${e}\``).join(', ')}`, suggestion: suggestion && `did you mean \`${id}@${suggestion}\`?`};
    }
  }
  const edition = ref.edition ?? defaultEdition(index, id, from);
  const item = index.items.get(itemKey(id, edition));
  if (!item) {
    const elsewhere = index.byId.get(id);
    if (elsewhere?.length) {
      return {ok: false, ruleId: 'kb:unknown-edition', reason: `Unexpected reference \`${written}\`: \`${id}\` is not in ${edition === currentVersion ? 'the working draft' : `edition ${edition}`}, expected an edition that has it (${elsewhere.map((i) => i.edition).join(', ')})`, suggestion: `pin an edition: \`${id}@${elsewhere.at(-1)!.edition}\``};
    }
    const candidates = [...index.items.values()].filter((i) => i.edition === edition && (!kinds || kinds.includes(i.kind))).map((i) => i.id);
    const suggestion = nearest(id, candidates);
    return {
      ok: false,
      ruleId: 'kb:unknown-reference',
      reason: `Unexpected reference to unknown ${kindNames[family.kind]} \`${written}\`, expected an existing id`,
      suggestion: suggestion ? `did you mean \`${suggestion}\`?` : 'check the id, or add the item first',
    };
  }
  if (kinds && !kinds.includes(item.kind)) {
    return {
      ok: false,
      ruleId: 'kb:reference-kind',
      reason: `Unexpected ${kindNames[item.kind]} \`${id}\` in \`${field}\`, expected ${describeKinds(kinds)}`,
      suggestion: 'move the id to the field that fits it, or remove it',
    };
  }
  return {ok: true, item};
}

/** A resolved reference from a page (and the item it defines, if any) to an item. */
export interface Edge {
  /** Where the reference is written; for a front-matter field, worked out only when asked. */
  readonly place: () => Place;
  readonly from: Page;
  readonly fromItem?: Item;
  /** The front-matter field (`evidence`, `outcomes.recommendations`, …) or `text`. */
  readonly field: string;
  readonly target: Item;
}

export interface Links {
  readonly edges: readonly Edge[];
  /** Edges from English pages, by target item key. */
  readonly backlinks: ReadonlyMap<string, readonly Edge[]>;
  readonly problems: readonly Problem[];
}

const cache = new WeakMap<ContentIndex, Links>();

/** Every reference in the index, resolved once. */
export function linksOf(index: ContentIndex): Links {
  const cached = cache.get(index);
  if (cached) return cached;
  const edges: Edge[] = [];
  const problems: Problem[] = [];
  const backlinks = new Map<string, Edge[]>();
  const itemOf = (page: Page) => (page.itemId ? index.items.get(itemKey(page.itemId, page.instance === 'white-paper' ? page.version : currentVersion)) : undefined);

  const add = (page: Page, fromItem: Item | undefined, place: () => Place, field: string, ref: {id: string; edition?: string}, kinds?: readonly Kind[]) => {
    const resolution = resolveReference(index, ref, page, kinds, field);
    // A file whose front matter did not parse was reported already; its id is not unknown.
    if (!resolution.ok && index.unreadable.has(ref.id)) return;
    if (!resolution.ok) {
      problems.push({file: page.file, ...place(), ruleId: resolution.ruleId, reason: resolution.reason, suggestion: resolution.suggestion});
      return;
    }
    if (fromItem && resolution.item === fromItem) {
      problems.push({file: page.file, ...place(), ruleId: 'kb:self-reference', reason: `Unexpected reference from \`${fromItem.id}\` to itself, expected a reference to another item`, suggestion: 'remove it'});
      return;
    }
    const edge: Edge = {place, from: page, fromItem, field, target: resolution.item};
    edges.push(edge);
    if (page.locale === defaultLocale) {
      const key = itemKey(resolution.item.id, resolution.item.edition);
      backlinks.set(key, [...(backlinks.get(key) ?? []), edge]);
    }
  };

  for (const page of index.pages) {
    const fromItem = itemOf(page);
    if (fromItem) {
      for (const {value, path, kinds} of idFields(schemas[fromItem.kind], fromItem.fields as Record<string, unknown>, [])) {
        const [id, edition] = value.split('@');
        add(page, fromItem, () => page.parsed.placeOf(path), path.filter((p) => typeof p === 'string').join('.'), {id, edition}, kinds);
      }
    }
    for (const ref of page.parsed.references) {
      const {line, column, endLine, endColumn} = ref;
      add(page, fromItem, () => ({line, column, endLine, endColumn}), 'text', ref);
    }
  }
  const links = {edges, backlinks, problems};
  cache.set(index, links);
  return links;
}

/** The id values of a record read by `shape`, with their paths and allowed kinds. */
function* idFields(shape: Record<string, Field<unknown>>, record: Record<string, unknown>, path: FieldPath): Generator<{value: string; path: FieldPath; kinds: readonly Kind[]}> {
  for (const [key, spec] of Object.entries(shape)) {
    const value = record[key];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value.map((v, i) => [v, [...path, key, i]] as const) : [[value, [...path, key]] as const];
    for (const [entry, entryPath] of values) {
      if (spec.refKinds && typeof entry === 'string') yield {value: entry, path: entryPath, kinds: spec.refKinds};
      if (spec.shape && entry && typeof entry === 'object') yield* idFields(spec.shape, entry as Record<string, unknown>, entryPath);
    }
  }
}
