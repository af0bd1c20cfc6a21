/**
 * Reads one Markdown file: decodes it, splits and parses the front matter
 * with positions, and walks the Markdown tree for the title, the headings
 * and their ids, the `[[ID]]` references and the links. Content mistakes
 * become problems; nothing here throws on bad input.
 */
import {createSlugger} from '@docusaurus/utils';
import type {Heading, Image, Link, Definition, Literal, Root, Text} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit, SKIP} from 'unist-util-visit';
import jsYaml from 'js-yaml';
import {LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode} from 'yaml';
import type {FieldPath} from './schema';
import {lineStarts, placeAt, type Place, type Problem} from './problem';
import type {RuleId} from './rules';

/** Largest content file read, in bytes. */
export const maxFileBytes = 1024 * 1024;

/** A reference written `[[ID]]` or `[[ID@edition]]` in body text. */
export interface Reference extends Place {
  readonly id: string;
  readonly edition?: string;
  /** The text between the brackets, as written. */
  readonly raw: string;
}

/** A Markdown link or definition with a URL. */
export interface PageLink extends Place {
  readonly url: string;
}

/**
 * A run of the body: text, code (inline or block) or raw HTML, as the
 * checks that read what a page says need it (safety, personal data).
 */
export interface PageSegment extends Place {
  readonly type: 'text' | 'code' | 'html';
  /** What readers get: escapes and character references decoded; for `html`, the markup as written. */
  readonly value: string;
  /** The source as written, escapes and character references undecoded. */
  readonly source: string;
}

export interface PageHeading extends Place {
  readonly depth: number;
  readonly text: string;
  /** The anchor: the explicit `{#id}`, or the slug Docusaurus makes. */
  readonly id: string;
  readonly explicit: boolean;
}

/** What one file says, as plain data that can cross to and from a worker thread. */
export interface ParsedPageData {
  readonly frontMatter: Record<string, unknown>;
  /** The front matter's YAML as written, padded so its positions are the file's. */
  readonly yaml?: string;
  readonly title: string | undefined;
  readonly headings: readonly PageHeading[];
  readonly references: readonly Reference[];
  readonly links: readonly PageLink[];
  /** Images, with their URL as written (`![alt](url)`). */
  readonly images: readonly PageLink[];
  /** Text, code and raw HTML of the body, in document order. */
  readonly segments: readonly PageSegment[];
  readonly problems: readonly Problem[];
  /** The `ref` of a file whose front matter could not be read, as far as it can be made out. */
  readonly unreadableRef?: string;
}

/** What one file says, as far as the content index needs. */
export interface ParsedPage extends ParsedPageData {
  /** Place of a front-matter value (or of its key) by its path; the front matter's start when absent. */
  readonly placeOf: (path: FieldPath, part?: 'key' | 'value') => Place;
}

/** The `yaml` document of front matter, which keeps the position of every node. */
function yamlDocument(yaml: string): {doc: Document.Parsed; toPlace: (offset: number) => Place} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {lineCounter, prettyErrors: false, uniqueKeys: true});
  return {
    doc,
    toPlace: (offset) => {
      const {line, col} = lineCounter.linePos(offset);
      return {line, column: col};
    },
  };
}

/**
 * Adds `placeOf` to parsed data. The `yaml` document is built only when a
 * message needs a place: js-yaml, which keeps none, reads valid front matter
 * several times faster.
 */
export function withPlaces(data: ParsedPageData): ParsedPage {
  let document: ReturnType<typeof yamlDocument> | undefined;
  return {
    ...data,
    placeOf: (path, part = 'value') => {
      if (data.yaml === undefined) return {line: 1, column: 1};
      document ??= yamlDocument(data.yaml);
      const offset = yamlOffset(document.doc.contents, path, part);
      return offset === undefined ? {line: 1, column: 1} : document.toPlace(offset);
    },
  };
}

const referencePattern = /\[\[([^[\]\n]*)\]\]/g;
const idPattern = /^([A-Z]{2,4}(?:-[A-Z0-9]+)+)(?:@([A-Za-z0-9._-]+))?$/;
const headingIdPattern = /\s*\{#([\w-]+)\}\s*$/;

// CommonMark without the GFM extensions: they change nothing the checks
// read (references, links, headings, code) and make parsing about three
// times slower; see docs/maintainers/checker.md.
const markdown = unified().use(remarkParse).freeze();

/** Parses `[[…]]` contents: the id and the pinned edition, or undefined when not id-shaped. */
export function parseReference(raw: string): {id: string; edition?: string} | undefined {
  const match = idPattern.exec(raw.trim());
  return match ? {id: match[1], edition: match[2]} : undefined;
}

/** Splits `text` at the reference syntax, for the remark plugin and the checker alike. */
export function findReferences(text: string): {index: number; raw: string; length: number}[] {
  return [...text.matchAll(referencePattern)].map((m) => ({index: m.index, raw: m[1], length: m[0].length}));
}

/**
 * Parses a file's bytes. `file` is the site-relative path used in problems.
 */
export function parsePage(file: string, bytes: Uint8Array): ParsedPage {
  const problems: Problem[] = [];
  const report = (place: Place, ruleId: RuleId, reason: string, suggestion?: string) =>
    problems.push({file, ...place, ruleId, reason, suggestion});
  const empty = (title?: string): ParsedPage => withPlaces({
    frontMatter: {},
    title,
    headings: [],
    references: [],
    links: [],
    images: [],
    segments: [],
    problems,
  });

  if (bytes.byteLength > maxFileBytes) {
    report({line: 1, column: 1}, 'kb:file-too-large', `Unexpected file of ${(bytes.byteLength / 1048576).toFixed(1)} MB, expected at most 1 MB`, 'split the page, or move data out of the content');
    return empty();
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    report(placeAt(lineStarts(prefix), prefix.length), 'kb:encoding', `Unexpected byte 0x${bytes[bad].toString(16).padStart(2, '0')}, expected UTF-8 text`, 'save the file as UTF-8 in your editor');
    return empty();
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    report({line: 1, column: 1}, 'kb:byte-order-mark', 'Unexpected byte-order mark, expected the file to start with its text', 'save the file as UTF-8 without BOM');
  }
  // Windows line endings: positions stay right line by line once `\r` is gone.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    report({line: 1, column: 1}, 'kb:empty-file', 'Unexpected empty file, expected front matter and text', 'remove the file or write its content');
    return empty();
  }

  const front = splitFrontMatter(text);
  let frontMatter: Record<string, unknown> = {};
  if (front.kind === 'unclosed') {
    report({line: 1, column: 1}, 'kb:yaml-syntax', 'Unexpected end of file, expected `---` closing the front matter', 'add a line `---` after the last field');
    return empty();
  }
  if (front.kind === 'present') {
    let value: unknown;
    try {
      value = jsYaml.load(front.yaml, {schema: jsYaml.CORE_SCHEMA});
    } catch {
      // The first error is the one to fix; the rest usually follow from it.
      const {doc, toPlace} = yamlDocument(front.yaml);
      const [error] = doc.errors;
      if (error) {
        report(toPlace(error.pos[0]), 'kb:yaml-syntax', `Unexpected YAML: ${firstLine(error.message)}`, yamlHint(error.code));
      } else {
        report({line: 2, column: 1}, 'kb:yaml-syntax', 'Unexpected YAML that cannot be read, expected `key: value` lines', yamlHint(''));
      }
      return withPlaces({...empty(), unreadableRef: salvageRef(front.yaml)});
    }
    if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
      report({line: 2, column: 1}, 'kb:yaml-syntax', 'Unexpected front matter that is not a mapping, expected `key: value` lines', undefined);
      return empty();
    }
    frontMatter = (value ?? {}) as Record<string, unknown>;
  }

  const body = front.kind === 'present' ? front.body : text;
  const bodyLine = front.kind === 'present' ? front.bodyLine : 0;
  const shift = (place: {line: number; column: number}): Place => ({line: place.line + bodyLine, column: place.column});
  const tree = markdown.parse(body) as Root;
  const headings: PageHeading[] = [];
  const references: Reference[] = [];
  const links: PageLink[] = [];
  const images: PageLink[] = [];
  const segments: PageSegment[] = [];
  const slugger = createSlugger();
  let title = typeof frontMatter.title === 'string' ? frontMatter.title : undefined;
  const starts = lineStarts(body);

  const segment = (node: Literal, type: PageSegment['type']) => {
    const {start, end} = node.position!;
    segments.push({...shift(start), type, value: node.value, source: body.slice(start.offset, end.offset)});
  };

  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') {
      if (node.position) segment(node, node.type === 'html' ? 'html' : 'code');
      return SKIP;
    }
    if (node.type === 'heading') {
      const heading = node as Heading;
      const raw = plainText(heading);
      const explicit = headingIdPattern.exec(raw);
      const headingText = explicit ? raw.slice(0, explicit.index) : raw;
      const id = explicit ? explicit[1] : slugger.slug(headingText);
      if (heading.position) headings.push({...shift(heading.position.start), depth: heading.depth, text: headingText, id, explicit: Boolean(explicit)});
      if (heading.depth === 1 && title === undefined) title = headingText;
    }
    if ((node.type === 'link' || node.type === 'definition') && node.position) {
      links.push({...shift(node.position.start), url: (node as Link | Definition).url});
    }
    if (node.type === 'image' && node.position) images.push({...shift(node.position.start), url: (node as Image).url});
    if (node.type === 'text' && node.position) {
      segment(node as Text, 'text');
      scanText(node as Text, body, starts, shift, references, report);
    }
    return undefined;
  });

  return withPlaces({frontMatter, yaml: front.kind === 'present' ? front.yaml : undefined, title, headings, references, links, images, segments, problems});
}

function scanText(
  node: Text,
  body: string,
  starts: readonly number[],
  shift: (place: {line: number; column: number}) => Place,
  references: Reference[],
  report: (place: Place, ruleId: RuleId, reason: string, suggestion?: string) => void,
): void {
  const start = node.position!.start.offset ?? 0;
  const source = body.slice(start, node.position!.end.offset ?? start);
  // References are read from the text as the remark plugin sees it; places
  // come from the source, which differs only where the text has escapes or entities.
  const offsetOf = (needle: string, index: number) => start + (source === node.value ? index : Math.max(0, source.indexOf(needle)));
  for (const found of findReferences(node.value)) {
    const offset = offsetOf(`[[${found.raw}]]`, found.index);
    const place = shift(placeAt(starts, offset));
    const endPlace = shift(placeAt(starts, offset + found.length));
    const parsed = parseReference(found.raw);
    references.push({...place, endLine: endPlace.line, endColumn: endPlace.column, raw: found.raw, id: parsed?.id ?? found.raw.trim(), edition: parsed?.edition});
  }
  for (let i = node.value.indexOf('[['); i !== -1; i = node.value.indexOf('[[', i + 2)) {
    const lineEnd = node.value.indexOf('\n', i);
    if (!node.value.slice(i + 2, lineEnd === -1 ? undefined : lineEnd).includes(']]')) {
      report(shift(placeAt(starts, offsetOf('[[', i))), 'kb:unclosed-reference', 'Unexpected `[[` without `]]`, expected a reference such as `[[REC-GOV-03]]`', 'close it with `]]` on the same line, or put literal brackets in backticks');
    }
  }
}

function plainText(node: {children?: unknown[]; value?: unknown}): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => plainText(child as typeof node)).join('');
}

type FrontMatter =
  | {kind: 'absent'}
  | {kind: 'unclosed'}
  | {kind: 'present'; yaml: string; body: string; bodyLine: number};

function splitFrontMatter(text: string): FrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return {kind: 'absent'};
  const close = /^---[ \t]*$/m;
  const afterOpen = text.indexOf('\n') + 1;
  const match = close.exec(text.slice(afterOpen));
  if (!match) return {kind: 'unclosed'};
  const yamlEnd = afterOpen + match.index;
  const bodyStart = Math.min(text.length, yamlEnd + match[0].length + 1);
  // The YAML starts on line 2; pad it so YAML positions are file positions.
  const yaml = '\n' + text.slice(afterOpen, yamlEnd);
  const bodyLine = text.slice(0, bodyStart).split('\n').length - 1;
  return {kind: 'present', yaml, body: text.slice(bodyStart), bodyLine};
}

function yamlOffset(node: unknown, path: FieldPath, part: 'key' | 'value'): number | undefined {
  let current = node as YamlNode | null | undefined;
  let keyOffset: number | undefined;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return keyOffset ?? current.range?.[0];
      keyOffset = (pair.key as YamlNode).range?.[0];
      current = pair.value as YamlNode | null;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment] as YamlNode | undefined;
      keyOffset = current?.range?.[0] ?? keyOffset;
    } else {
      return keyOffset;
    }
  }
  if (part === 'key' && typeof path.at(-1) === 'string') return keyOffset;
  return current?.range?.[0] ?? keyOffset;
}

/** The `ref:` line of YAML that did not parse, so references to it are not reported twice. */
function salvageRef(yaml: string): string | undefined {
  return /^ref:\s*["']?([A-Z]{2,4}(?:-[A-Z0-9]+)+)/m.exec(yaml)?.[1];
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove one of the two fields with the same name';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and the `:` after each key';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put quotes around a value that contains `: `';
    default:
      return 'put quotes around a value that contains `:`, `#` or starts with `[`, `{`, `*` or `&`';
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  // Only overlong or surrogate forms get here; the decoder has already said the file is invalid.
  return 0;
}
