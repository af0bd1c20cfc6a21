/**
 * The content plugin: reads the content index for each locale Docusaurus
 * loads, runs the same checks as `npm run check`, and stops the build on an
 * error with the checker's own report (no stack trace for a content
 * mistake). In `npm start` the errors are printed and the server goes on.
 */
import type {ThemeConfig} from '@docusaurus/theme-common';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {checkContent, formatReport, type Finding} from '../../checks';
import {summariseIndex, type SiteData} from '../../content/summary';
import type {RuleSettings} from '../../content/rules';
import {refreshContentIndex, setBuildLocale} from '../../content/store';
import {instances, type Locale} from '../../content/site';

/** Options of the content plugin, set in `docusaurus.config.ts`. */
export interface ContentPluginOptions {
  /** Severity per rule (`off`, `warn`, `error`); unset rules keep their default from `src/content/rules.ts`. */
  readonly rules?: RuleSettings;
}

export default function contentIndexPlugin(context: LoadContext, rawOptions: unknown): Plugin<SiteData> {
  const options = rawOptions as ContentPluginOptions;
  setBuildLocale(context.i18n.currentLocale as Locale);
  return {
    name: 'kb-content-index',
    getPathsToWatch() {
      return [...Object.values(instances).map((i) => `${context.siteDir}/${i.dir}/**/*.{md,mdx}`), `${context.siteDir}/i18n/**/*.{md,mdx,json}`];
    },
    async loadContent(): Promise<SiteData> {
      const locale = context.i18n.currentLocale as Locale;
      setBuildLocale(locale);
      const index = refreshContentIndex(context.siteDir);
      report(checkContent(index, options.rules, context.siteConfig.themeConfig as ThemeConfig), index.pages.length);
      return summariseIndex(index, locale);
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}

/** Prints findings; on an error, stops a production build. */
function report(findings: Finding[], filesChecked: number): void {
  if (findings.length === 0) return;
  const text = formatReport(findings, filesChecked);
  if (!findings.some((f) => f.severity === 'error')) {
    logger.warn(`Content check:\n${text}`);
    return;
  }
  logger.error(`Content check failed:\n${text}\nRun \`npm run check\` to see these without building.`);
  if (process.env.NODE_ENV === 'production') process.exit(1);
}
