/**
 * Replaces `[[ID]]` in text with links to the items, titled in the page's
 * locale. Code, inline code and HTML are never touched: only text nodes are
 * visited.
 */
import type {Parent, PhrasingContent, Root, Text} from 'mdast';
import type {TFunction} from 'i18next';
import {SKIP, visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import type {ContentIndex, Item} from '../../../content/loader';
import {findReferences, parseReference} from '../../../content/parse';
import {resolveReference, type ReferenceSource} from '../../../content/resolve';
import type {Locale} from '../../../content/site';
import {localTitle} from '../../../content/store';
import {text, type KbReference} from './nodes';

/** What the transform needs to know about the page it runs on. */
export interface TransformContext {
  readonly index: ContentIndex;
  readonly from: ReferenceSource;
  readonly locale: Locale;
  readonly t: TFunction;
}

/** The link node for a reference to `item`. */
export function referenceNode(item: Item, context: TransformContext, label?: string): KbReference {
  const kind = context.t(`kind.${item.kind}`);
  const status = context.t(`vocabulary.statuses.${item.kind}.${String(item.fields.status)}`);
  return {
    type: 'kbReference',
    id: item.id,
    edition: item.edition,
    kind: item.kind,
    status: String(item.fields.status),
    url: item.page.url,
    children: [text(label ?? localTitle(item, context.locale))],
    data: {
      hName: 'a',
      hProperties: {
        href: item.page.url,
        className: ['kb-ref'],
        dataKbId: item.id,
        dataKbKind: item.kind,
        dataKbStatus: String(item.fields.status),
        title: `${item.id} · ${kind} · ${status}`,
      },
    },
  };
}

/** Replaces every resolvable reference in `tree`; unresolvable ones stay as text with a message on `file`. */
export function replaceReferences(tree: Root, context: TransformContext, file: VFile): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const found = findReferences(node.value);
    if (found.length === 0) return undefined;
    const replacement: PhrasingContent[] = [];
    let last = 0;
    for (const {index: at, raw, length} of found) {
      const parsed = parseReference(raw);
      const resolution = parsed ? resolveReference(context.index, parsed, context.from) : undefined;
      if (!resolution?.ok) {
        if (resolution) file.message(resolution.reason, {place: node.position, ruleId: resolution.ruleId, source: 'kb'});
        continue;
      }
      if (at > last) replacement.push(text(node.value.slice(last, at)));
      replacement.push(referenceNode(resolution.item, context));
      last = at + length;
    }
    if (last === 0) return undefined;
    if (last < node.value.length) replacement.push(text(node.value.slice(last)));
    (parent as Parent).children.splice(index, 1, ...(replacement as Text[]));
    return [SKIP, index + replacement.length];
  });
}
