/**
 * What an item page shows besides its text, computed from the content
 * index at build time: a facts box with the status badge at the top; the
 * evidence, sources, outcomes and what the item implements, and "Cited by"
 * (backlinks) at the bottom. Labels come from the locale's catalogue.
 */
import type {PhrasingContent, Root, RootContent} from 'mdast';
import {itemKey, type ContentIndex, type Item} from '../../../content/loader';
import {partners} from '../../../content/partners';
import {linksOf, resolveReference} from '../../../content/resolve';
import type {ItemFields} from '../../../content/schema';
import {block, bulletList, container, heading, inline, text} from './nodes';
import {referenceNode, type TransformContext} from './transform';

type Fields = Record<string, unknown>;

/** Adds the facts box and the sections of `item` to the page tree. */
export function decorateItem(tree: Root, item: Item, context: TransformContext, translatedFields: Fields): void {
  tree.children.unshift(factsBox(item, context, translatedFields));
  tree.children.push(...sections(item, context));
}

/** The status badge of an item, in the page's language. */
export function statusBadge(item: Item, context: TransformContext): PhrasingContent {
  const status = String(item.fields.status);
  return inline('span', `kb-badge kb-badge--${status}`, [text(context.t(`vocabulary.statuses.${item.kind}.${status}`))]);
}

function factsBox(item: Item, context: TransformContext, translated: Fields): RootContent {
  const {t} = context;
  const fields = item.fields as Fields;
  const rows: [string, PhrasingContent[]][] = [[t('item.status'), [statusBadge(item, context)]]];
  const terms = (vocabulary: string, values: unknown) => [text((values as string[]).map((v) => t(`vocabulary.${vocabulary}.${v}`)).join(', '))];
  const add = (key: string, label: string, value: () => PhrasingContent[]) => {
    if (fields[key] !== undefined && !(Array.isArray(fields[key]) && fields[key].length === 0)) rows.push([label, value()]);
  };
  add('theme', t('item.theme'), () => [text(t(`vocabulary.themes.${String(fields.theme)}`))]);
  add('themes', t('item.themes'), () => terms('themes', fields.themes));
  add('levels', t('item.levels'), () => terms('policyLevels', fields.levels));
  add('actors', t('item.actors'), () => terms('actors', fields.actors));
  add('targetGroups', t('item.targetGroups'), () => terms('targetGroups', fields.targetGroups));
  add('number', t('item.number'), () => [text(String(fields.number))]);
  add('country', t('item.country'), () => terms('countries', [fields.country]));
  add('alsoIn', t('item.alsoIn'), () => terms('countries', fields.alsoIn));
  add('city', t('item.city'), () => [text(String(fields.city))]);
  add('organisation', t('item.organisation'), () => [text(String(fields.organisation))]);
  add('partner', t('item.partner'), () => [text(partnerName(fields.partner))]);
  add('host', t('item.host'), () => [text(partnerName(fields.host))]);
  add('format', t('item.format'), () => terms('meetingFormats', [fields.format]));
  add('dates', t('item.dates'), () => {
    const dates = fields.dates as ItemFields<'meeting'>['dates'] & {};
    return [text([dates.start, dates.end].filter(Boolean).map((d) => formatDate(d!, context.locale)).join(' – '))];
  });
  add('date', t('item.dates'), () => [text(formatDate(String(fields.date), context.locale))]);
  add('period', t('item.period'), () => {
    const period = fields.period as {start: string; end?: string};
    if (period.end === 'ongoing') return [text(t('item.periodOngoing', {start: formatDate(period.start, context.locale)}))];
    return [text([period.start, period.end].filter(Boolean).map((d) => formatDate(d!, context.locale)).join(' – '))];
  });
  add('objective', t('item.objective'), () => referenceList([String(fields.objective)], item, context));
  if (item.kind === 'recommendation') {
    rows.push([t('item.evidence'), [text(t('item.evidenceCount', {count: (fields.evidence as unknown[] | undefined)?.length ?? 0}))]]);
  }

  const children: RootContent[] = [
    container('dl', 'kb-facts__list', rows.flatMap(([label, value]) => [block('dt', 'kb-facts__term', [text(label)]), block('dd', 'kb-facts__value', value)])),
  ];
  const summary = translated.summary ?? fields.summary;
  if (typeof summary === 'string') {
    children.push(block('p', 'kb-facts__summary', [inline('strong', 'kb-facts__summary-label', [text(`${t('item.summary')}: `)]), text(summary)]));
  }
  if (fields.status === 'draft') children.push(block('p', 'kb-facts__draft', [text(t('item.draftNotice'))]));
  return container('aside', 'kb-facts', children, {'aria-label': t('item.facts')});
}

function sections(item: Item, context: TransformContext): RootContent[] {
  const {t} = context;
  const fields = item.fields as Fields;
  const out: RootContent[] = [];
  if (item.kind === 'recommendation') {
    const evidence = (fields.evidence as string[] | undefined) ?? [];
    out.push(heading(2, t('item.evidence'), 'evidence'));
    out.push(evidence.length ? bulletList(evidence.map((id) => referenceList([id], item, context))) : block('p', 'kb-no-evidence', [text(t('item.noEvidence'))]));
    if (typeof fields.replacedBy === 'string') {
      out.push(heading(2, t('item.replacedBy'), 'replaced-by'), block('p', 'kb-replaced-by', referenceList([fields.replacedBy], item, context)));
    }
  }
  const implemented = fields.implements as string[] | undefined;
  if (implemented?.length) {
    out.push(heading(2, t('item.implements'), 'implements'), bulletList(implemented.map((id) => referenceList([id], item, context))));
  }
  const outcomes = fields.outcomes as {summary: string; recommendations?: string[]}[] | undefined;
  if (outcomes?.length) {
    out.push(
      heading(2, t('item.outcomes'), 'recorded-outcomes'),
      bulletList(outcomes.map((o) => [text(o.summary), ...(o.recommendations?.length ? [text(' '), ...referenceList(o.recommendations, item, context)] : [])])),
    );
  }
  const indicators = fields.indicators as string[] | undefined;
  if (indicators?.length) out.push(heading(2, t('item.indicators'), 'indicators'), bulletList(indicators.map((i) => [text(i)])));
  // A source whose address did not read (the checker says why) shows as its title, so `npm start` still renders the page.
  const sources = fields.sources as {title: string; url?: string}[] | undefined;
  if (sources?.length) {
    out.push(heading(2, t('item.sources'), 'sources'), bulletList(sources.map((s) => [s.url ? {type: 'link', url: s.url, children: [text(s.title)]} : text(s.title)])));
  }
  const groups = backlinkGroups(context.index, item);
  if (groups.size > 0) {
    out.push(heading(2, t('item.citedBy'), 'cited-by'));
    for (const [group, items] of groups) {
      out.push(block('p', 'kb-cited-by__group', [inline('strong', 'kb-cited-by__label', [text(t(`backlinks.${group}`))])]));
      out.push(bulletList(items.map((from) => [referenceNode(from, context)])));
    }
  }
  return out;
}

/** Items that refer to `item`, grouped by `kind.field` (or `text` for mentions), each item once per group. */
export function backlinkGroups(index: ContentIndex, item: Item): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const edge of linksOf(index).backlinks.get(itemKey(item.id, item.edition)) ?? []) {
    if (!edge.fromItem || edge.fromItem === item) continue;
    const group = edge.field === 'text' ? 'text' : `${edge.fromItem.kind}.${edge.field}`;
    const list = groups.get(group) ?? [];
    if (!list.includes(edge.fromItem)) list.push(edge.fromItem);
    groups.set(group, list);
  }
  return groups;
}

function referenceList(ids: string[], from: Item, context: TransformContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  ids.forEach((written, i) => {
    if (i > 0) out.push(text(', '));
    const [id, edition] = written.split('@');
    const resolution = resolveReference(context.index, {id, edition}, from.page);
    out.push(resolution.ok ? referenceNode(resolution.item, context) : text(written));
  });
  return out;
}

function partnerName(id: unknown): string {
  return partners.find((p) => p.id === id)?.name ?? String(id);
}

/** A YYYY, YYYY-MM or YYYY-MM-DD date in the reader's language. */
export function formatDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day ? {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'} : {year: 'numeric', month: 'long', timeZone: 'UTC'};
  return new Intl.DateTimeFormat(locale, options).format(date);
}
