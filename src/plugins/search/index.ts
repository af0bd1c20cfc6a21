/**
 * The search plugin. For each locale it hands the search UI its strings
 * (global data), adds the search page (`/search`, `/<locale>/search`), and
 * after the build writes the locale's search files into
 * `<outDir>/search-index/`. It only orchestrates: the work is in
 * `src/search/`.
 *
 * The index is built in `postBuild`, from the built HTML, rather than in
 * `contentLoaded`: the body text is then exactly what the page shows in that
 * locale (references resolved to their titles, the English page where no
 * translation exists, generated sections), and it is the same HTML Pagefind
 * and lunr index in `npm run bench:search`. Titles, headings and facets still
 * come from the content index. The cost: `npm start` has no index (the search
 * box says so).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {locales, type Locale} from '../../content/site';
import {getContentIndex} from '../../content/store';
import {createTranslator} from '../../i18n/catalogue';
import {loadCatalogues} from '../../i18n/load';
import {manifestFile, readBuiltDocuments, readBuiltPage, searchFiles, searchIndexDir} from '../../search/build';
import {scopesOf, searchSources} from '../../search/documents';
import {resolveSearchStrings, type SearchStrings} from '../../search/strings';
import {searchRoute} from '../../search/url';

/** The plugin's global data, read by the search box and the search page. */
export interface SearchGlobalData {
  readonly strings: SearchStrings;
  /** Released White Paper editions, newest first. */
  readonly editions: readonly string[];
  /** The manifest's path below the locale's base URL. */
  readonly manifest: string;
}

const searchPage = path.resolve(__dirname, '../../theme/SearchPage/index.tsx');

/**
 * flexsearch's compact build: the same engine and export format as its full
 * bundle, without the worker, persistence and language packs the site does
 * not use (10.7 kB gzip instead of 17.5 kB). Its package does not export the
 * file, so the browser bundle aliases it; `tests/search/engine.test.ts`
 * checks that it answers as the full bundle does.
 */
export const flexsearchCompact = path.join(path.dirname(require.resolve('flexsearch')), 'flexsearch.compact.module.min.js');

export default function searchPlugin(context: LoadContext): Plugin<SearchGlobalData> {
  const locale = context.i18n.currentLocale as Locale;
  return {
    name: 'kb-search',
    async loadContent() {
      const index = getContentIndex(context.siteDir);
      const t = createTranslator(locale, loadCatalogues());
      return {strings: resolveSearchStrings(t, locales[locale].htmlLang), editions: index.editions, manifest: `${searchIndexDir}/${manifestFile}`};
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
      actions.addRoute({path: normalizeUrl([context.baseUrl, searchRoute]), component: searchPage, exact: true});
    },
    configureWebpack() {
      return {resolve: {alias: {flexsearch$: flexsearchCompact}}};
    },
    async postBuild({outDir}) {
      const index = getContentIndex(context.siteDir);
      const {documents, missing} = readBuiltDocuments(searchSources(index, locale), (route) => readBuiltPage(outDir, route));
      if (missing.length > 0) {
        logger.warn(`Search (${locale}): no built page for ${missing.map((source) => `${source.file} (/${source.route})`).join(', ')}; left out of the index.`);
      }
      const files = searchFiles(scopesOf(index), documents);
      let bytes = 0;
      for (const [name, text] of files) {
        const file = path.join(outDir, searchIndexDir, name);
        mkdirSync(path.dirname(file), {recursive: true});
        writeFileSync(file, text);
        if (!name.includes('/')) bytes += gzipSync(text).length;
      }
      const pages = [...documents.values()].reduce((sum, list) => sum + list.length, 0);
      logger.info(`Search (${locale}): ${pages} pages in ${scopesOf(index).length} indexes, ${(bytes / 1024).toFixed(0)} kB gzip.`);
    },
  };
}
