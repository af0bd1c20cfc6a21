/**
 * The syntax-tree node a `[[ID]]` reference becomes, typed into mdast, and
 * small builders for the blocks the plugin adds to item pages. Nodes carry
 * `data.hName`/`hProperties`, so remark-rehype turns them into the right
 * HTML elements without raw HTML.
 */
import type {Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Text} from 'mdast';
import type {Kind} from '../../../content/schema';

/** A resolved reference to an item, rendered as a link with its kind and status. */
export interface KbReference {
  type: 'kbReference';
  /** The id as written. */
  id: string;
  /** The edition it resolved to. */
  edition: string;
  kind: Kind;
  status: string;
  url: string;
  children: PhrasingContent[];
  data: {hName: 'a'; hProperties: Record<string, string | string[]>};
}

declare module 'mdast' {
  interface PhrasingContentMap {
    kbReference: KbReference;
  }
  interface RootContentMap {
    kbReference: KbReference;
  }
}

export const text = (value: string): Text => ({type: 'text', value});

/** An inline element (`span`, `dt`, `dd`) with a class. */
export function inline(tag: string, className: string, children: PhrasingContent[]): PhrasingContent {
  return {type: 'emphasis', children, data: {hName: tag, hProperties: {className: [className]}}};
}

/** A block of phrasing content (`p`, `div`, `dt`, `dd`) with a class. */
export function block(tag: string, className: string, children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children, data: {hName: tag, hProperties: {className: [className]}}};
}

/** A heading with an explicit id, written the way the Docusaurus heading plugin reads it. */
export function heading(depth: 2 | 3, label: string, id: string): Heading {
  return {type: 'heading', depth, children: [text(`${label} {#${id}}`)]};
}

export function bulletList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children}]})),
  };
}

/** A block-level container (`div`, `dl`, `section`) holding other blocks. */
export function container(tag: string, className: string, children: RootContent[], properties: Record<string, string> = {}): RootContent {
  return {type: 'blockquote', children, data: {hName: tag, hProperties: {className: [className], ...properties}}} as RootContent;
}
