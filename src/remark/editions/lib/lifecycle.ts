/**
 * The life of a recommendation on its page: the banner of a superseded or
 * withdrawn one, and the list of its changes of status.
 */
import type {PhrasingContent, RootContent} from 'mdast';
import type {Item} from '../../../content/loader';
import {resolveReference} from '../../../content/resolve';
import type {ItemFields} from '../../../content/schema';
import {formatDate} from '../../references/lib/decorate';
import {block, bulletList, container, heading, inline, text} from '../../references/lib/nodes';
import {referenceNode, type TransformContext} from '../../references/lib/transform';

type Change = NonNullable<ItemFields<'recommendation'>['statusHistory']>[number];

/** A link to the item `written` (an id, maybe pinned) refers to from `item`'s page, or the id as text. */
function link(written: string, item: Item, context: TransformContext): PhrasingContent {
  const [id, edition] = written.split('@');
  const resolution = resolveReference(context.index, {id, edition}, item.page);
  return resolution.ok ? referenceNode(resolution.item, context) : text(written);
}

/** The banner of a superseded or withdrawn recommendation; undefined for any other status. */
export function retiredBanner(item: Item, context: TransformContext): RootContent | undefined {
  const {t, locale} = context;
  const fields = item.fields as ItemFields<'recommendation'>;
  const status = fields.status;
  if (status !== 'superseded' && status !== 'withdrawn') return undefined;
  const last = [...(fields.statusHistory ?? [])].reverse().find((change) => change.status === status);
  const headline: PhrasingContent[] = [inline('strong', 'kb-retired__status', [text(t(`editions.retired.${status}`))])];
  if (last?.date) headline.push(text(` ${t('editions.retired.since', {date: formatDate(last.date, locale)})}`));
  if (last?.meeting) headline.push(text(` · ${t('editions.retired.decidedAt')}: `), link(last.meeting, item, context));
  const children: RootContent[] = [
    block('p', 'kb-retired__headline', headline),
    block('p', 'kb-retired__reason', [inline('strong', 'kb-retired__label', [text(`${t('editions.retired.reason')}: `)]), text(last?.note ?? t('editions.retired.noReason'))]),
  ];
  if (fields.replacedBy) {
    children.push(block('p', 'kb-retired__replacement', [inline('strong', 'kb-retired__label', [text(`${t('editions.retired.replacedBy')}: `)]), link(fields.replacedBy, item, context)]));
  }
  children.push(block('p', 'kb-retired__kept', [text(t(status === 'superseded' ? 'editions.retired.keptSuperseded' : 'editions.retired.keptWithdrawn'))]));
  return container('aside', `kb-retired kb-retired--${status}`, children, {role: 'note', 'aria-label': t(`editions.retired.${status}`)});
}

/** The "Status history" section: each change, oldest first, with its date, meeting and reason. */
export function historySection(item: Item, context: TransformContext): RootContent[] {
  const {t, locale} = context;
  const history: readonly Change[] = (item.fields as ItemFields<'recommendation'>).statusHistory ?? [];
  const entry = (change: Change): PhrasingContent[] => {
    const out: PhrasingContent[] = [inline('span', `kb-badge kb-badge--${change.status}`, [text(t(`vocabulary.statuses.recommendation.${change.status}`))])];
    if (change.date) out.push(text(` ${formatDate(change.date, locale)}`));
    if (change.meeting) out.push(text(` · ${t('editions.history.at')} `), link(change.meeting, item, context));
    if (change.note) out.push(text(` — ${change.note}`));
    return out;
  };
  return [
    heading(2, t('editions.history.heading'), 'status-history'),
    history.length > 0 ? bulletList(history.map(entry)) : block('p', 'kb-history__empty', [text(t('editions.history.empty'))]),
  ];
}
