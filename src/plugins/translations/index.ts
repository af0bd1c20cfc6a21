/**
 * The translations plugin: tells the banners where the English pages are
 * for the locale being built, and adds a digest of the translation report
 * and the catalogues to the bundler's persistent-cache version, so that a
 * warm build does not reuse pages compiled with banners or labels that have
 * changed since (a page's output depends on the history and the catalogues,
 * not only on its own file).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {getContentIndex} from '../../content/store';
import {projectRoot} from '../../i18n/load';
import {setBuildTarget, translationDigest} from '../../translations/store';

export default function translationsPlugin(context: LoadContext): Plugin {
  const {siteConfig, i18n} = context;
  // Docusaurus gives each locale `<base>/<locale>/`, except in a build of one locale (`--locale lt`), published on its own.
  setBuildTarget({localizedBaseUrl: i18n.currentLocale !== i18n.defaultLocale && context.baseUrl.endsWith(`/${i18n.currentLocale}/`), siteUrl: `${siteConfig.url}${context.baseUrl}`});
  return {
    name: 'kb-translations',
    configureWebpack(config) {
      const cache = (config.experiments as {cache?: unknown} | undefined)?.cache as {version?: string} | undefined;
      if (!cache || typeof cache !== 'object') return {};
      const digest = translationDigest(getContentIndex(context.siteDir), projectRoot);
      return {experiments: {cache: {...cache, version: `${cache.version ?? ''}-l10n-${digest}`}}};
    },
  };
}
