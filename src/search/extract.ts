/**
 * Reads what a reader sees on a built page: the text of the Markdown
 * content and the breadcrumb. The search index takes its body text from the
 * built HTML, so it holds exactly what the page shows in that locale
 * (references resolved to titles, English text where a page is not yet
 * translated); titles, headings and facets come from the content index.
 */
import {Parser} from 'htmlparser2';

/** The searchable parts of one built page. */
export interface ExtractedPage {
  /** Body text of the Markdown content, blocks separated by a space. */
  readonly body: string;
  /** The breadcrumb's labels, without the page itself. */
  readonly breadcrumb: readonly string[];
}

/**
 * Elements whose text is never body text. The build's notes are asides: the
 * facts box (its values are facets) and the translation banner.
 */
const skippedTags = new Set(['script', 'style', 'svg', 'button', 'template', 'noscript', 'header', 'aside']);
/** Classes whose subtree is never body text: the summary's label, heading anchors. */
const skippedClasses = ['kb-facts__summary-label', 'hash-link'];
/** Classes inside a skipped subtree that are still body text: the item's plain-language summary. */
const keptClasses = ['kb-facts__summary'];
/** Sections the build adds that describe other pages: skipped from their heading to the next. */
const skippedSections = new Set(['cited-by']);
/** Elements that end a run of text (so words on both sides do not merge). */
const blockTags = new Set(['p', 'li', 'dt', 'dd', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'blockquote', 'pre', 'section', 'aside', 'figcaption', 'summary', 'details', 'table', 'ul', 'ol']);

interface Open {
  readonly name: string;
  readonly skip: boolean;
  readonly markdown: boolean;
  readonly crumb: boolean;
  readonly crumbItem: boolean;
}

/**
 * Extracts the body text and breadcrumb of a Docusaurus docs page. Text
 * outside the page's Markdown container (navbar, sidebar, table of contents,
 * footer) is left out.
 */
export function extractPage(html: string): ExtractedPage {
  const stack: Open[] = [];
  const body: string[] = [];
  const breadcrumb: string[] = [];
  let crumb = '';
  let skippedSection = false;
  const top = (): Open | undefined => stack.at(-1);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = top();
        const classes = (attributes.class ?? '').split(/\s+/);
        const inMarkdown = Boolean(parent?.markdown) || classes.includes('theme-doc-markdown');
        if (inMarkdown && /^h[1-6]$/.test(name) && Number(name[1]) <= 2) skippedSection = skippedSections.has(attributes.id ?? '');
        const kept = classes.some((c) => keptClasses.includes(c));
        const skip = !kept && (Boolean(parent?.skip) || skippedTags.has(name) || classes.some((c) => skippedClasses.includes(c)));
        const crumbItem = Boolean(parent?.crumb) && name === 'li' && !classes.includes('breadcrumbs__item--active');
        stack.push({name, skip, markdown: inMarkdown, crumb: Boolean(parent?.crumb) || classes.includes('theme-doc-breadcrumbs'), crumbItem: Boolean(parent?.crumbItem) || crumbItem});
        if (crumbItem) crumb = '';
        if (blockTags.has(name)) body.push(' ');
      },
      ontext(text) {
        const open = top();
        if (!open) return;
        if (open.crumbItem) crumb += text;
        if (open.markdown && !open.skip && !skippedSection) body.push(text);
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.crumbItem && !top()?.crumbItem && crumb.trim() !== '') breadcrumb.push(collapse(crumb));
        if (blockTags.has(name)) body.push(' ');
      },
    },
    {decodeEntities: true},
  );
  parser.write(html);
  parser.end();
  return {body: collapse(body.join('')), breadcrumb};
}

/** Collapses runs of white space (and the zero-width space of heading anchors). */
function collapse(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}
