/**
 * Links of the assembled White Paper: a link to a page that is a chapter of
 * the document becomes a link inside the PDF; any other link of the site
 * points to the public site, not to the local server the pages were read
 * from.
 */

/** A chapter's page address (path, without origin) and its anchor prefix. */
export interface ChapterTarget {
  readonly path: string;
  readonly anchor: string;
}

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/**
 * Rewrites the `href` attributes of `html` (as the browser serialises
 * them: double quotes, `&amp;`) that start with `origin`.
 */
export function linkChapters(html: string, origin: string, siteUrl: string, chapters: readonly ChapterTarget[]): string {
  const anchors = new Map(chapters.map((c) => [trimSlash(c.path), c.anchor]));
  const site = siteUrl.replace(/\/+$/, '');
  return html.replace(/href="([^"]*)"/g, (whole, value: string) => {
    const href = value.replace(/&amp;/g, '&');
    if (!href.startsWith(`${origin}/`) && href !== origin) return whole;
    const url = new URL(href);
    const anchor = anchors.get(trimSlash(url.pathname));
    const target = anchor ? `#${anchor}${url.hash ? `-${decodeURIComponent(url.hash.slice(1))}` : ''}` : `${site}${url.pathname}${url.search}${url.hash}`;
    return `href="${target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  });
}
