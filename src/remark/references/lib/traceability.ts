/**
 * The traceability table of a White Paper edition: each recommendation with
 * its evidence, the meetings it came from, the strategy actions that carry
 * it out and the practices that implement it; recommendations without
 * evidence are flagged. A page asks for it with `generated: traceability`
 * in its front matter, and gets the table of its own edition.
 */
import type {PhrasingContent, RootContent, Table, TableCell, TableRow} from 'mdast';
import type {Item, Page} from '../../../content/loader';
import {block, inline, text} from './nodes';
import {backlinkGroups, statusBadge} from './decorate';
import {referenceNode, type TransformContext} from './transform';
import {resolveReference} from '../../../content/resolve';

/** One row of the table, as data: what the table shows and what tests check. */
export interface TraceRow {
  readonly recommendation: Item;
  readonly evidence: readonly Item[];
  readonly meetings: readonly Item[];
  readonly actions: readonly Item[];
  readonly practices: readonly Item[];
}

/** The rows for the edition of `page`, in id order. */
export function traceRows(context: TransformContext, page: Page): TraceRow[] {
  const recommendations = [...context.index.items.values()]
    .filter((item) => item.kind === 'recommendation' && item.edition === page.version)
    .sort((a, b) => a.id.localeCompare(b.id));
  return recommendations.map((recommendation) => {
    const evidence = ((recommendation.fields as {evidence?: string[]}).evidence ?? []).flatMap((written) => {
      const [id, edition] = written.split('@');
      const resolution = resolveReference(context.index, {id, edition}, recommendation.page);
      return resolution.ok ? [resolution.item] : [];
    });
    const groups = backlinkGroups(context.index, recommendation);
    const meetings = [...evidence.filter((i) => i.kind === 'meeting' || i.kind === 'debate')];
    for (const from of [...(groups.get('meeting.outcomes.recommendations') ?? []), ...(groups.get('debate.outcomes.recommendations') ?? [])]) {
      if (!meetings.includes(from)) meetings.push(from);
    }
    return {
      recommendation,
      evidence,
      meetings,
      actions: groups.get('strategy.implements') ?? [],
      practices: groups.get('best-practice.implements') ?? [],
    };
  });
}

/** The table and its summary line, as Markdown nodes. */
export function traceabilityTable(context: TransformContext, page: Page): RootContent[] {
  const {t} = context;
  const rows = traceRows(context, page);
  const cell = (children: PhrasingContent[]): TableCell => ({type: 'tableCell', children});
  const links = (items: readonly Item[]) => items.flatMap((item, i) => [...(i > 0 ? [text(', ')] : []), referenceNode(item, context, item.id)]);
  const header: TableRow = {
    type: 'tableRow',
    children: ['recommendation', 'status', 'evidence', 'meetings', 'actions', 'practices'].map((key) => cell([text(t(`traceability.${key}`))])),
  };
  const body = rows.map(({recommendation, evidence, meetings, actions, practices}): TableRow => ({
    type: 'tableRow',
    children: [
      cell([referenceNode(recommendation, context)]),
      cell([statusBadge(recommendation, context)]),
      cell(evidence.length ? links(evidence) : [inline('strong', 'kb-flag', [text(t('traceability.noEvidence'))])]),
      cell(links(meetings)),
      cell(links(actions)),
      cell(links(practices)),
    ],
  }));
  // remark-rehype makes as many cells per row as `align` has entries.
  const table: Table = {type: 'table', align: header.children.map(() => null), children: [header, ...body]};
  const missing = rows.filter((row) => row.evidence.length === 0).length;
  return [block('p', 'kb-traceability__summary', [text(t('traceability.summary', {count: rows.length, missing}))]), table];
}
