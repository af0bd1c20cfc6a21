/**
 * Checks across items: the `replacedBy` chain, references to superseded or
 * withdrawn recommendations from current content, and coverage (evidence,
 * what a practice implements).
 */
import {itemKey, type ContentIndex, type Item} from '../content/loader';
import type {Problem} from '../content/problem';
import {linksOf} from '../content/resolve';
import {currentVersion} from '../content/site';

const retired = new Set(['superseded', 'withdrawn']);

/** Problems of the items' lifecycle and coverage. */
export function checkItems(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const at = (item: Item, field: string) => ({file: item.page.file, ...item.page.parsed.placeOf([field])});

  for (const item of index.items.values()) {
    const fields = item.fields as Record<string, unknown>;
    if (item.kind === 'recommendation') {
      if (!(fields.evidence as unknown[] | undefined)?.length && !retired.has(String(fields.status))) {
        problems.push({...at(item, 'evidence'), ruleId: 'kb:no-evidence', reason: `Unexpected recommendation \`${item.id}\` without evidence, expected at least one best practice, meeting or debate in \`evidence\``, suggestion: 'add the ids of the practices or meetings it rests on'});
      }
      if (fields.status === 'superseded' && fields.replacedBy === undefined) {
        problems.push({...at(item, 'status'), ruleId: 'kb:missing-replacement', reason: `Unexpected superseded recommendation \`${item.id}\` without \`replacedBy\`, expected the id of the recommendation that replaces it`, suggestion: 'add `replacedBy: REC-…`, or use status `withdrawn`'});
      }
      const cycle = replacedByCycle(index, item);
      if (cycle && cycle[0] === item.id) {
        problems.push({...at(item, 'replacedBy'), ruleId: 'kb:replaced-by-cycle', reason: `Unexpected cycle of \`replacedBy\`: ${[...cycle, cycle[0]].join(' → ')}, expected a chain that ends at a recommendation in force`, suggestion: 'remove `replacedBy` from the recommendation that is in force'});
      }
    }
    if (item.kind === 'best-practice' && !(fields.implements as unknown[] | undefined)?.length) {
      problems.push({...at(item, 'implements'), ruleId: 'kb:implements-nothing', reason: `Unexpected best practice \`${item.id}\` that implements nothing, expected recommendation or strategy ids in \`implements\``, suggestion: 'add the recommendations this practice illustrates'});
    }
  }

  // Current content (the working draft and the living docs) should not lead readers to retired recommendations.
  for (const edge of linksOf(index).edges) {
    const {target, from} = edge;
    if (target.kind !== 'recommendation' || !retired.has(String(target.fields.status))) continue;
    if (from.version !== currentVersion || edge.fromItem === target || edge.field === 'replacedBy') continue;
    if (edge.fromItem && retired.has(String(edge.fromItem.fields.status))) continue;
    const replacement = latestReplacement(index, target);
    problems.push({
      file: from.file,
      ...edge.place(),
      ruleId: 'kb:replaced-reference',
      reason: `Unexpected reference to ${String(target.fields.status)} recommendation \`${target.id}\`, expected a recommendation in force`,
      suggestion: replacement ? `refer to \`${replacement.id}\`, which replaces it` : `pin the edition that had it in force (\`${target.id}@…\`) or remove the reference`,
    });
  }
  return problems;
}

function replacedBy(item: Item): string | undefined {
  return (item.fields as {replacedBy?: string}).replacedBy;
}

/** The ids of a `replacedBy` cycle through `item`, if there is one. */
function replacedByCycle(index: ContentIndex, item: Item): string[] | undefined {
  const seen: string[] = [];
  let current: Item | undefined = item;
  while (current && replacedBy(current) !== undefined) {
    if (seen.includes(current.id)) {
      const cycle = seen.slice(seen.indexOf(current.id));
      // Report once, from the smallest id of the cycle.
      const first = [...cycle].sort()[0];
      return [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
    }
    seen.push(current.id);
    current = index.items.get(itemKey(replacedBy(current)!, current.edition));
  }
  return undefined;
}

/** Follows `replacedBy` to the recommendation in force, if any. */
function latestReplacement(index: ContentIndex, item: Item): Item | undefined {
  let current = item;
  const seen = new Set<string>();
  for (let id = replacedBy(current); id !== undefined && !seen.has(current.id); id = replacedBy(current)) {
    seen.add(current.id);
    const next = index.items.get(itemKey(id, current.edition));
    if (!next) return undefined;
    current = next;
  }
  return current === item || retired.has(String(current.fields.status)) ? undefined : current;
}
