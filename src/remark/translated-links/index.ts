/**
 * remarkTranslatedLinks: relative links to Markdown files reach the page
 * shown in the locale being built, translated or not. Docusaurus resolves
 * `./other.md` only next to the file that links, so a translated page
 * linking to a page not translated yet (and an English page shown in a
 * locale, linking to a translated one) is a broken link for it. Each such
 * link is rewritten to the `@site/` path of the file that locale's build
 * uses, which Docusaurus's own link resolution then turns into the URL.
 */
import path from 'node:path';
import type {Definition, Link, Root} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {pageKey, type ContentIndex, type Page} from '../../content/loader';
import {defaultLocale, type Locale} from '../../content/site';
import {pageInOtherLocale} from '../../content/store';

/** Options of {@link remarkTranslatedLinks}. */
export interface Options {
  /** The site directory, whose content index knows which pages are translated. */
  readonly siteDir: string;
}

/**
 * The `@site/…` URL a relative Markdown link of `page` should have when
 * building `locale`, or undefined to leave it as written (not a relative
 * Markdown link, or a target that does not exist: the checker reports it).
 */
export function localisedLink(index: ContentIndex, page: Page, locale: Locale, url: string): string | undefined {
  const match = /^([^?#]*\.mdx?)([?#].*)?$/i.exec(url);
  if (!match || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('@site/')) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(page.relativePath), decodeURIComponent(match[1])));
  if (target.startsWith('..')) return undefined;
  const shown =
    index.pageByPath.get(pageKey(page.instance, page.version, locale, target)) ??
    index.pageByPath.get(pageKey(page.instance, page.version, defaultLocale, target));
  return shown ? `@site/${shown.file}${match[2] ?? ''}` : undefined;
}

/** The remark plugin. Register it in `beforeDefaultRemarkPlugins`: it must run before Docusaurus resolves Markdown links. */
export const remarkTranslatedLinks: Plugin<[Options], Root> = function (options) {
  return (tree, file) => {
    const built = pageInOtherLocale(options.siteDir, file.path);
    if (!built) return;
    const {locale, index, page} = built;
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      link.url = localisedLink(index, page, locale, link.url) ?? link.url;
    });
  };
};
