/**
 * The life of a recommendation: its `status` is the last change its
 * `statusHistory` records, with a date, changes come oldest first, and a
 * recommendation that was superseded or withdrawn says why.
 */
import type {ContentIndex} from '../content/loader';
import type {Problem} from '../content/problem';
import type {ItemFields} from '../content/schema';

type Change = NonNullable<ItemFields<'recommendation'>['statusHistory']>[number];

/** Problems with the status and status history of every recommendation. */
export function checkLifecycle(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const item of index.items.values()) {
    if (item.kind !== 'recommendation') continue;
    const {status, statusHistory} = item.fields as ItemFields<'recommendation'>;
    const history: readonly Change[] = statusHistory ?? [];
    const at = (path: (string | number)[]) => ({file: item.page.file, ...item.page.parsed.placeOf(path)});
    const last = history.at(-1);
    if (status !== undefined && last !== undefined && last.status !== status) {
      problems.push({
        ...at(['status']),
        ruleId: 'kb:status-history',
        reason: `Unexpected status \`${status}\` of \`${item.id}\` while the last change in \`statusHistory\` is to \`${last.status}\`, expected a dated change to \`${status}\` at the end of \`statusHistory\``,
        suggestion: `add \`- {status: ${status}, date: YYYY-MM-DD}\` to \`statusHistory\`, with the meeting that decided it if there was one`,
      });
    }
    let latest: {date: string; index: number} | undefined;
    history.forEach((change, i) => {
      if (change.date === undefined) return; // reported as a missing field already
      if (latest && change.date < latest.date) {
        problems.push({
          ...at(['statusHistory', i, 'date']),
          ruleId: 'kb:status-history',
          reason: `Unexpected change of status on ${change.date} after one on ${latest.date}, expected the changes of \`statusHistory\` oldest first`,
          suggestion: 'put the changes in the order they happened, or correct the date',
        });
      }
      if (!latest || change.date >= latest.date) latest = {date: change.date, index: i};
    });
    if ((status === 'superseded' || status === 'withdrawn') && last?.status === status && !last.note) {
      problems.push({
        ...at(['statusHistory', history.length - 1]),
        ruleId: 'kb:missing-reason',
        reason: `Unexpected ${status} recommendation \`${item.id}\` without a reason, expected a \`note\` on its last status change`,
        suggestion: `say in a sentence why it was ${status}: \`note: …\``,
      });
    }
  }
  return problems;
}
