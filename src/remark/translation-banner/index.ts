/**
 * remarkTranslationBanner: at the top of a page built in another locale
 * than English, says in the reader's language when the page is shown in
 * English for want of a translation, or when its translation is out of
 * date, machine-made and unreviewed, or partial, with links to the English
 * original and to the translators' guide. The state comes from the
 * translation report, computed once per content index.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {pageKey} from '../../content/loader';
import {defaultLocale, locales, type InstanceId} from '../../content/site';
import {pageInOtherLocale} from '../../content/store';
import {statusOf} from '../../translations/lookup';
import {defaultLocaleHref, translationReportOf} from '../../translations/store';
import {translatorFor} from '../references';
import {bannerNode} from './lib/render';
import {selectBanner} from './lib/select';

export {selectBanner, type Banner, type Notice} from './lib/select';

/** Options of {@link remarkTranslationBanner}. */
export interface Options {
  /** The site directory, whose content index knows the pages. */
  readonly siteDir: string;
  /** The folder whose `i18n/<locale>/kb.json` holds the UI strings; the project's own by default. */
  readonly catalogues?: string;
  /** The translators' guide, linked from every banner. Default: `docs/translating/index.md`. */
  readonly guide?: {readonly instance: InstanceId; readonly relativePath: string};
}

/** The remark plugin. Register it after `remarkReferences`, so the banner comes before the facts box. */
export const remarkTranslationBanner: Plugin<[Options], Root> = function (options) {
  const guide = options.guide ?? {instance: 'docs', relativePath: 'translating/index.md'};
  return (tree, file) => {
    const built = pageInOtherLocale(options.siteDir, file.path);
    if (!built) return;
    const {locale, index, page} = built;
    const banner = selectBanner(locale, page, page.locale === defaultLocale ? undefined : statusOf(translationReportOf(index), page));
    if (!banner) return;
    const guideUrl = index.pageByPath.get(pageKey(guide.instance, 'current', defaultLocale, guide.relativePath))?.url;
    tree.children.unshift(bannerNode(banner, translatorFor(index, locale, options.catalogues), {englishHref: defaultLocaleHref, guideUrl, lang: locales[locale].htmlLang}));
  };
};
