/**
 * remarkEditions: what a recommendation page shows about its life and its
 * edition, at build time from the shared content index: a banner on a
 * superseded or withdrawn recommendation (when, where, why, and what
 * replaces it), its status history, and "Cite this" in three formats.
 * Register it after `remarkReferences`, whose facts box it puts the banner above.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {defaultLocale} from '../../content/site';
import {buildLocale, getContentIndex, itemOfPage, pageOfFile} from '../../content/store';
import {translatorFor} from '../references';
import {citeSection} from './lib/cite';
import {historySection, retiredBanner} from './lib/lifecycle';

/** Options of {@link remarkEditions}. */
export interface Options {
  /** The site directory, whose content index the pages come from. */
  readonly siteDir: string;
  /** The site's address with its base URL (`https://example.org/`), for the permanent links in citations. */
  readonly siteUrl: string;
  /** The folder whose `i18n/<locale>/kb.json` holds the UI strings; the project's own by default. */
  readonly catalogues?: string;
}

/** The remark plugin. */
export const remarkEditions: Plugin<[Options], Root> = function (options) {
  return (tree, file) => {
    const index = getContentIndex(options.siteDir);
    const page = file.path ? pageOfFile(index, file.path) : undefined;
    const item = page && itemOfPage(index, page);
    if (!page || item?.kind !== 'recommendation') return;
    const locale = page.locale !== defaultLocale ? page.locale : buildLocale();
    const context = {index, locale, t: translatorFor(index, locale, options.catalogues), from: page};
    const banner = retiredBanner(item, context);
    if (banner) tree.children.unshift(banner);
    tree.children.push(...historySection(item, context), ...citeSection(item, context, options.siteUrl));
  };
};
