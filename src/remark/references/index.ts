/**
 * remarkReferences: `[[ID]]` becomes a link to the item titled in the
 * page's locale, and item pages get their facts box, evidence, sources and
 * backlinks, all from the shared content index.
 */
import type {TFunction} from 'i18next';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {ContentIndex} from '../../content/loader';
import {defaultLocale, type Locale} from '../../content/site';
import {buildLocale, getContentIndex, itemOfPage, pageOfFile} from '../../content/store';
import {createTranslator} from '../../i18n/catalogue';
import {loadCatalogues} from '../../i18n/load';
import {decorateItem} from './lib/decorate';
import {fieldReference} from './lib/field-reference';
import {traceabilityTable} from './lib/traceability';
import {replaceReferences} from './lib/transform';

export type {KbReference} from './lib/nodes';

// Catalogues are read again with each new index, so `npm start` sees edits.
const translators = new WeakMap<ContentIndex, Map<Locale, TFunction>>();
/** The translator of `locale` for pages built from `index` (one per index and locale). */
export function translatorFor(index: ContentIndex, locale: Locale, catalogues?: string): TFunction {
  let byLocale = translators.get(index);
  if (!byLocale) translators.set(index, (byLocale = new Map()));
  let t = byLocale.get(locale);
  if (!t) byLocale.set(locale, (t = createTranslator(locale, loadCatalogues(catalogues))));
  return t;
}

/** Options of {@link remarkReferences}. */
export interface Options {
  /** The site directory, whose content index resolves the references. */
  readonly siteDir: string;
  /** The folder whose `i18n/<locale>/kb.json` holds the UI strings; the project's own by default. */
  readonly catalogues?: string;
}

/** The remark plugin. Register it in `beforeDefaultRemarkPlugins`, so the headings it adds get their ids and join the table of contents. */
export const remarkReferences: Plugin<[Options], Root> = function (options) {
  return (tree, file) => {
    const index = getContentIndex(options.siteDir);
    const page = file.path ? pageOfFile(index, file.path) : undefined;
    const locale = page && page.locale !== defaultLocale ? page.locale : buildLocale();
    const t = translatorFor(index, locale, options.catalogues);
    const context = {index, locale, t, from: page ?? {instance: 'docs' as const, version: 'current'}};
    replaceReferences(tree, context, file);
    const item = page && itemOfPage(index, page);
    if (item) decorateItem(tree, item, context, page.parsed.frontMatter);
    if (page?.parsed.frontMatter.generated === 'traceability') tree.children.push(...traceabilityTable(context, page));
    if (page?.parsed.frontMatter.generated === 'field-reference') tree.children.push(...fieldReference());
  };
};
