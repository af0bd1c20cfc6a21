/**
 * Safety of contributed content: a Markdown file must not be able to run
 * code at build time or in a reader's browser, load anything from another
 * site, or hide what it says from a reviewer. Reads what the content index
 * already parsed (raw HTML, text, links, images and front matter, with
 * their places); raw HTML is parsed with parse5, the parser Docusaurus's
 * `rehype-raw` uses, so the checker sees the elements the build would make.
 *
 * MDX pages outside the item folders (`docs/network/partners.mdx`) are the
 * maintainers' code, reviewed as code: only their links, addresses and
 * front matter are checked here.
 */
import path from 'node:path';
import {parseFragment, type DefaultTreeAdapterMap, type Token} from 'parse5';
import {visible, type ContentIndex, type Page} from '../content/loader';
import type {PageSegment} from '../content/parse';
import {decodePath} from './links';
import {frontMatterStrings, placeIn} from './text';
import type {Place, Problem} from '../content/problem';
import {families, schemas, type Field} from '../content/schema';
import {
  allowedAttributes,
  allowedElements,
  forbiddenElements,
  isEventHandler,
  unsafeAttributeScheme,
  unsafeScheme,
  type UnsafeScheme,
} from '../security/html';

type Report = (place: Place, ruleId: Problem['ruleId'], reason: string, suggestion?: string) => void;
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Bidirectional embedding, override and isolate controls: they reorder how text is shown. */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;
/** Front-matter keys whose value is an address. */
const urlKeys = new Set(['url', 'custom_edit_url', 'image']);
/** Image types a page may show. */
const imageTypes = /\.(png|jpe?g|gif|webp|avif)$/i;

/** Front-matter keys whose values are ids, from every schema (`evidence`, `implements`, …). */
const idKeys: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const collect = (shape: Readonly<Record<string, Field<unknown>>>) => {
    for (const [key, field] of Object.entries(shape)) {
      if (field.refKinds) keys.add(key);
      if (field.shape) collect(field.shape);
    }
  };
  for (const shape of Object.values(schemas)) collect(shape);
  return keys;
})();

/** Problems that make a page unsafe to build or to read. */
export function checkSafety(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const page of index.pages) {
    const report: Report = (place, ruleId, reason, suggestion) => problems.push({file: page.file, ...place, ruleId, reason, suggestion});
    const mdx = mdxFormat(page);
    const contributed = families.some((family) => family.instance === page.instance && page.relativePath.startsWith(`${family.folder}/`));
    if (contributed && mdx) {
      const format = (page.parsed.frontMatter.mdx as {format?: unknown} | undefined)?.format;
      if (page.file.endsWith('.mdx')) {
        report({line: 1, column: 1}, 'kb:mdx-file', `Unexpected MDX file in ${page.relativePath.slice(0, page.relativePath.lastIndexOf('/') + 1)}, expected a Markdown \`.md\` file`, 'rename it to `.md`: items are plain Markdown, which cannot run code');
      } else {
        report(page.parsed.placeOf(['mdx', 'format']), 'kb:mdx-file', `Unexpected \`mdx.format: ${String(format)}\`, expected items in plain Markdown`, 'remove the `mdx` field');
      }
    }
    for (const segment of page.parsed.segments) {
      checkBidi(segment, report);
      if (mdx) continue;
      if (segment.type === 'html') checkHtml(segment, report);
      if (segment.type === 'text') checkMdxText(segment, report);
    }
    checkAddresses(page, report);
    checkFrontMatter(page, report);
    for (const reference of page.parsed.references) {
      if (visible(reference.raw) !== reference.raw) {
        report(reference, 'kb:invisible-character', `Unexpected invisible character in reference \`[[${visible(reference.raw)}]]\`, expected letters, digits and dashes`, 'retype the id: zero-width and direction characters make two different ids look the same');
      }
    }
  }
  return problems;
}

/** Whether Docusaurus compiles the page as MDX: an `.mdx` file, or `mdx: {format: mdx}` in front matter. */
function mdxFormat(page: Page): boolean {
  const format = (page.parsed.frontMatter.mdx as {format?: unknown} | undefined)?.format;
  if (format === 'md' || format === 'mdx') return format === 'mdx';
  if (format !== undefined && format !== 'detect') return true;
  return page.file.endsWith('.mdx');
}

const codePoint = (c: string) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
const bidiReason = (c: string) => `Unexpected bidirectional control character ${codePoint(c)}, expected text that displays as it is stored`;
const bidiSuggestion = 'delete it: it can make text or code display in another order than it is stored';

/** Bidi controls in text, code or HTML, where a character reference may also write one. */
function checkBidi(segment: PageSegment, report: Report): void {
  const found = [...segment.source.matchAll(bidiControls)];
  for (const match of found) report(placeIn(segment, segment.source, match.index), 'kb:invisible-character', bidiReason(match[0]), bidiSuggestion);
  const decoded = found.length === 0 ? segment.value.match(bidiControls) : null;
  if (decoded) report(segment, 'kb:invisible-character', bidiReason(decoded[0]), bidiSuggestion);
}

const importStatement = /^import\s+(?:['"]|[^\n]*?\bfrom\s*['"])/;
const exportStatement = /^export\s+(?:default\b|const\b|let\b|var\b|function\b|class\b|async\b|\{|\*)/;
/** An unescaped `{`, except a heading id `{#id}`. */
const expressionStart = /(?<!\\)\{(?!#[\w-]+\})/g;

/** An opening or closing tag with a capitalised name, as JSX writes components. */
const componentTag = /<\/?([A-Z][\w.]*)(?=[\s/>]|$)/g;

/** Whether a capitalised tag name is a component rather than an HTML element written in capitals. */
function isComponent(name: string): boolean {
  const lower = name.toLowerCase();
  return /^[A-Z]/.test(name) && !forbiddenElements.has(lower) && !allowedElements.has(lower) && !knownElements.has(lower);
}

/** HTML elements content might write in capitals (`<DIV>`), which are elements, not components. */
const knownElements = new Set(['a', 'img', 'div', 'span', 'p', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'pre', 'code', 'blockquote', 'center', 'font', 'video', 'audio', 'source', 'picture', 'marquee']);

/** MDX in text: `import`/`export` where MDX would read a statement, JSX components and `{…}` expressions. */
function checkMdxText(segment: PageSegment, report: Report): void {
  for (const match of segment.source.matchAll(componentTag)) {
    if (isComponent(match[1])) report(placeIn(segment, segment.source, match.index), 'kb:mdx-syntax', `Unexpected JSX component \`<${match[1]}>\`, expected plain Markdown`, 'content files cannot use components: remove it');
  }
  const statement = segment.column === 1 ? (importStatement.exec(segment.source) ?? exportStatement.exec(segment.source)) : null;
  if (statement) {
    report(segment, 'kb:mdx-syntax', `Unexpected \`${statement[0].split(/\s/, 1)[0]}\` statement, expected plain Markdown text`, 'content files cannot import or export code: remove the line');
  }
  for (const match of segment.source.matchAll(expressionStart)) {
    const rest = segment.source.slice(match.index).split('\n', 1)[0];
    const close = rest.indexOf('}');
    const expression = close === -1 ? rest : rest.slice(0, close + 1);
    const shown = expression.length > 40 ? `${expression.slice(0, 39)}…` : expression;
    report(placeIn(segment, segment.source, match.index), 'kb:mdx-syntax', `Unexpected MDX expression \`${shown}\`, expected plain Markdown text`, 'content files are Markdown, not MDX: remove it, or write `\\{` for a literal brace');
  }
}

/** Raw HTML, parsed the way the build parses it. */
function checkHtml(segment: PageSegment, report: Report): void {
  const html = segment.value;
  const at = (location: Token.Location | undefined): Place =>
    !location ? segment : location.startLine === 1 ? {line: segment.line, column: segment.column + location.startCol - 1} : {line: segment.line + location.startLine - 1, column: location.startCol};
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError(error) {
      // A tag cut off at the end of the block would swallow what follows it in the build.
      if (error.code === 'eof-in-tag') report(at(error), 'kb:raw-html', 'Unexpected end of HTML inside a tag, expected `>` closing it', 'close the tag, or write the text in Markdown');
    },
  });
  for (const match of html.matchAll(componentTag)) {
    if (isComponent(match[1])) report(placeIn(segment, html, match.index), 'kb:mdx-syntax', `Unexpected JSX component \`<${match[1]}>\`, expected plain Markdown`, 'content files cannot use components: remove it');
  }
  const visitElement = (element: Element) => {
    const location = element.sourceCodeLocation;
    const tag = location?.startTag;
    const written = tag ? html.slice(tag.startOffset + 1, tag.startOffset + 1 + element.tagName.length) : element.tagName;
    const place = at(tag ?? location ?? undefined);
    const name = element.tagName;
    // HTML names are case-insensitive (`<SCRIPT>` is a script); a capitalised name that is no HTML element is a component.
    if (isComponent(written)) return;
    const allowed = allowedElements.has(name);
    if (forbiddenElements.has(name)) {
      report(place, 'kb:unsafe-html', `Unexpected \`<${name}>\` element, expected Markdown`, 'remove it: content cannot run code, embed other pages or restyle the site; link to what it showed instead: `[title](https://…)`');
    } else if (!allowed) {
      report(place, 'kb:raw-html', `Unexpected HTML element \`<${name}>\`, expected Markdown`, 'write it in Markdown: `**bold**`, `[text](https://…)`, `![description](photo.jpg)`, `| tables |`');
    }
    for (const attribute of element.attrs) {
      const attributePlace = at(location?.attrs?.[attribute.name] ?? tag);
      const scheme = unsafeAttributeScheme(attribute.name, attribute.value);
      if (isEventHandler(attribute.name)) {
        report(attributePlace, 'kb:event-handler', `Unexpected event-handler attribute \`${attribute.name}\` on \`<${name}>\`, expected no script in content`, 'remove the attribute');
      } else if (scheme) {
        reportScheme(attributePlace, scheme, `\`${attribute.name}\` of \`<${name}>\``, report);
      } else if (allowed && !allowedAttributes.has(attribute.name)) {
        report(attributePlace, 'kb:raw-html', `Unexpected attribute \`${attribute.name}\` on \`<${name}>\`, expected only ${[...allowedAttributes].map((a) => `\`${a}\``).join(', ')}`, 'remove the attribute');
      }
    }
  };
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      visitElement(child);
      walk(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
    }
  };
  walk(fragment);
}

function reportScheme(place: Place, scheme: UnsafeScheme, where: string, report: Report): void {
  if (scheme === 'file') {
    report(place, 'kb:local-file', `Unexpected \`file:\` address in ${where}, expected an \`https://\` address or a page of the site`, 'link to a public page, or put the file next to the page');
    return;
  }
  report(
    place,
    'kb:unsafe-url',
    `Unexpected \`${scheme}:\` address in ${where}, expected an \`https://\` address or a page of the site`,
    scheme === 'data' ? 'put the file next to the page and refer to it by name, or link to a public page' : 'remove it: addresses that run code are not allowed',
  );
}

/** Links, link definitions and images: schemes, invisible characters, and where images come from. */
function checkAddresses(page: Page, report: Report): void {
  const {links, images} = page.parsed;
  const check = (link: Place & {url: string}, where: string) => {
    if (visible(link.url) !== link.url) {
      report(link, 'kb:invisible-character', `Unexpected invisible character in address \`${visible(link.url)}\`, expected a plain address`, 'retype the address: invisible characters can make it lead somewhere else than it shows');
    }
    const scheme = unsafeScheme(link.url);
    if (scheme) reportScheme(link, scheme, where, report);
    return scheme;
  };
  for (const link of links) check(link, 'a link');
  for (const image of images) {
    if (check(image, 'an image')) continue;
    const {url} = image;
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
      report(image, 'kb:external-resource', `Unexpected image from another site \`${url}\`, expected an image next to the page`, 'the site loads nothing from other sites: copy the image (with permission) next to the page, or link to it: `[description](https://…)`');
      continue;
    }
    if (url.startsWith('/')) continue;
    const target = url.split(/[?#]/, 1)[0].replace(/\\/g, '/');
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(page.relativePath), decodePath(target)));
    if (resolved.startsWith('..')) {
      report(image, 'kb:local-file', `Unexpected image \`${url}\` outside the ${page.instance} content, expected a file next to the page`, 'copy the image next to the page and write `![description](./name.jpg)`');
    } else if (!imageTypes.test(resolved)) {
      report(image, 'kb:local-file', `Unexpected image type in \`${url}\`, expected a PNG, JPEG, GIF, WebP or AVIF file`, 'convert the image to PNG or JPEG');
    }
  }
}

/** Front matter: addresses, ids, and direction controls in any value. */
function checkFrontMatter(page: Page, report: Report): void {
  for (const {value, path: fieldPath, key} of frontMatterStrings(page.parsed.frontMatter)) {
    // `ref` is the loader's: its id-pattern message already shows invisible characters.
    if (key === 'ref') continue;
    const place = () => page.parsed.placeOf(fieldPath);
    if (urlKeys.has(key)) {
      const scheme = unsafeScheme(value);
      if (scheme) reportScheme(place(), scheme, `front-matter field \`${key}\``, report);
    }
    const bidi = value.match(bidiControls);
    if ((urlKeys.has(key) || idKeys.has(key)) && visible(value) !== value) {
      report(place(), 'kb:invisible-character', `Unexpected invisible character in \`${key}\` value \`${visible(value)}\`, expected ${idKeys.has(key) ? 'letters, digits and dashes' : 'a plain address'}`, 'retype the value: zero-width and direction characters make different values look the same');
    } else if (bidi) {
      report(place(), 'kb:invisible-character', bidiReason(bidi[0]), bidiSuggestion);
    }
  }
}
