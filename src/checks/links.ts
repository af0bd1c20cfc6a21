/**
 * Links between pages and to headings: `./other.md`, `../x/y.md#anchor`,
 * `#anchor`. A translated page's link must reach the translated page or its
 * English source; an anchor must exist on the page the link reaches.
 */
import path from 'node:path';
import type {ContentIndex, Page} from '../content/loader';
import {pageKey} from '../content/loader';
import type {Problem} from '../content/problem';
import {defaultLocale} from '../content/site';
import {itemOfPage} from '../content/store';
import {nearest} from '../content/suggest';

/** Heading ids the remark plugin adds to item pages. */
export const generatedAnchors = ['evidence', 'replaced-by', 'implements', 'recorded-outcomes', 'indicators', 'sources', 'cited-by', 'status-history', 'cite-this'];

/** The anchors a page offers: its headings' ids, and on item pages the generated sections. */
export function anchorsOf(index: ContentIndex, page: Page): Set<string> {
  const anchors = new Set(page.parsed.headings.map((h) => h.id));
  if (itemOfPage(index, page)) for (const id of generatedAnchors) anchors.add(id);
  return anchors;
}

/** Problems with the relative links and anchors of every page. */
export function checkLinks(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const page of index.pages) {
    for (const link of page.parsed.links) {
      const {url} = link;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url === '') continue;
      const [target, anchor] = splitAnchor(url);
      const report = (ruleId: Problem['ruleId'], reason: string, suggestion?: string) => problems.push({file: page.file, line: link.line, column: link.column, ruleId, reason, suggestion});
      let targetPage: Page | undefined = page;
      if (target !== '') {
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(page.relativePath), decodePath(target)));
        if (resolved.startsWith('..')) {
          report('kb:broken-link', `Unexpected link \`${url}\` outside the ${page.instance} content, expected a page of the same part of the site`, 'link to the page by its address (`/docs/…` or `/white-paper/…`)');
          continue;
        }
        const candidates = /\.mdx?$/.test(resolved) ? [resolved] : [`${resolved}.md`, `${resolved}.mdx`, `${resolved}/index.md`];
        targetPage = undefined;
        for (const candidate of candidates) {
          targetPage ??= index.pageByPath.get(pageKey(page.instance, page.version, page.locale, candidate));
          // A translated page may link to a page that is not translated yet: its English source is shown.
          if (page.locale !== defaultLocale) targetPage ??= index.pageByPath.get(pageKey(page.instance, page.version, defaultLocale, candidate));
        }
        if (!targetPage) {
          const siblings = index.pages.filter((p) => p.instance === page.instance && p.version === page.version && p.locale === defaultLocale).map((p) => path.posix.relative(path.posix.dirname(page.relativePath), p.relativePath));
          const suggestion = nearest(target, siblings);
          report('kb:broken-link', `Unexpected link to missing page \`${target}\`, expected a Markdown file of the ${page.instance} content`, suggestion ? `did you mean \`${suggestion.startsWith('.') ? suggestion : `./${suggestion}`}\`?` : undefined);
          continue;
        }
      }
      if (anchor === undefined || anchor === '') continue;
      const anchors = anchorsOf(index, targetPage);
      if (!anchors.has(anchor)) {
        const suggestion = nearest(anchor, anchors);
        report('kb:broken-anchor', `Unexpected anchor \`#${anchor}\` in \`${url}\`, expected a heading id of ${targetPage === page ? 'this page' : targetPage.file}`, suggestion ? `did you mean \`#${suggestion}\`?` : 'give the heading an explicit id: `## Heading {#id}`');
      }
    }
  }
  return problems;
}

/** Percent-decodes a link path; a malformed escape (`%zz`) is left as written, to be reported as a missing page. */
export function decodePath(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

function splitAnchor(url: string): [string, string | undefined] {
  const hash = url.indexOf('#');
  const withoutQuery = (s: string) => s.split('?', 1)[0];
  return hash === -1 ? [withoutQuery(url), undefined] : [withoutQuery(url.slice(0, hash)), url.slice(hash + 1)];
}
