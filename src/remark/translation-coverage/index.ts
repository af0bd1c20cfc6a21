/**
 * remarkTranslationCoverage: the page whose front matter says
 * `generated: translation-coverage` gets, at its end, the coverage of every
 * locale (translated, reviewed, up to date…) and the out-of-date pages,
 * from the same report as `npm run translations`.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {defaultLocale} from '../../content/site';
import {buildLocale, getContentIndex, pageOfFile} from '../../content/store';
import {translationReportOf} from '../../translations/store';
import {translatorFor} from '../references';
import {coverageNodes} from './lib/coverage';

/** Options of {@link remarkTranslationCoverage}. */
export interface Options {
  /** The site directory, whose content index and history the report reads. */
  readonly siteDir: string;
  /** The folder whose `i18n/<locale>/kb.json` holds the UI strings; the project's own by default. */
  readonly catalogues?: string;
}

/** The value of `generated` that marks the coverage page. */
export const coverageMarker = 'translation-coverage';

/** The remark plugin. Register it in `beforeDefaultRemarkPlugins`, so its headings get their ids. */
export const remarkTranslationCoverage: Plugin<[Options], Root> = function (options) {
  return (tree, file) => {
    if (!file.path) return;
    const index = getContentIndex(options.siteDir);
    const page = pageOfFile(index, file.path);
    if (page?.parsed.frontMatter.generated !== coverageMarker) return;
    const locale = page.locale !== defaultLocale ? page.locale : buildLocale();
    tree.children.push(...coverageNodes(translationReportOf(index), translatorFor(index, locale, options.catalogues), locale));
  };
};
