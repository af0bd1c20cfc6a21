/**
 * The editions plugin: adds the pages of the White Paper's editions (the
 * list of editions, each version's page with its citation, what changed,
 * the recommendations by status), the open-data page, and the version
 * banner's text; after the build, writes the permanent short links and
 * the open-data files of the locale. The work is done by `src/editions/`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {currentVersion, type Locale} from '../../content/site';
import {getContentIndex} from '../../content/store';
import {editionsBase, openDataPage, versionPages} from '../../editions/addresses';
import {openDataFiles} from '../../editions/open-data';
import {changesPage, editionPage, editionsIndexPage, globalData, openDataPageData, statusPage, type PageContext} from '../../editions/pages';
import {redirectPage, redirectsOf} from '../../editions/redirects';
import {translatorFor} from '../../remark/references';

/** Options of the editions plugin, set in `src/config/site.ts`. */
export interface EditionsPluginOptions {
  /** The versions the build includes (`current` and edition names); all by default. */
  readonly versions?: readonly string[];
}

const components = path.resolve(__dirname, '../../components/editions');

/** The plugin; register it after the content plugin, whose index it reads. */
export default function editionsPlugin(context: LoadContext, rawOptions: unknown): Plugin<void> {
  const options = rawOptions as EditionsPluginOptions;
  const locale = context.i18n.currentLocale as Locale;
  const siteUrl = `${context.siteConfig.url}${context.siteConfig.baseUrl}`;
  const pageContext = (): PageContext => {
    // The content plugin has refreshed the shared index in its loadContent, which runs before contentLoaded.
    const index = getContentIndex(context.siteDir);
    const versions = options.versions ?? [currentVersion, ...index.editions];
    return {index, locale, t: translatorFor(index, locale), siteUrl, versions};
  };
  return {
    name: 'kb-editions',
    getThemePath() {
      return path.resolve(__dirname, 'theme');
    },
    async contentLoaded({actions}) {
      const pc = pageContext();
      const page = async (route: string, component: string, data: unknown) => {
        const file = await actions.createData(`${route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index'}.json`, JSON.stringify(data));
        // Routes carry the locale's base URL (`/lt/…`); `<Link>` adds it to the paths in the data.
        actions.addRoute({path: normalizeUrl([context.baseUrl, route]), component: path.join(components, `${component}.tsx`), exact: true, modules: {data: file}});
      };
      await page(`${editionsBase}/`, 'editions-index-page', editionsIndexPage(pc));
      for (const version of pc.versions) {
        const pages = versionPages(version);
        await page(pages.edition, 'edition-page', editionPage(pc, version));
        await page(pages.changes, 'changes-page', changesPage(pc, version));
        await page(pages.status, 'status-page', statusPage(pc, version));
      }
      await page(openDataPage, 'open-data-page', openDataPageData(pc));
      actions.setGlobalData(globalData(pc));
    },
    async postBuild({outDir}) {
      const pc = pageContext();
      const write = (file: string, content: string) => {
        mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
        writeFileSync(path.join(outDir, file), content);
      };
      for (const redirect of redirectsOf(pc.index, pc.versions)) {
        write(`${redirect.from.slice(1)}/index.html`, redirectPage(redirect, locale, context.baseUrl, context.siteConfig.url));
      }
      for (const file of openDataFiles(pc.index, pc.versions, locale, siteUrl)) write(file.path, file.content);
    },
  };
}
