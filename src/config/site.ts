/**
 * The Docusaurus configuration of the knowledge base, as a function of the
 * content folder, so fixture sites in the tests build with the same setup.
 */
import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'node:path';
import contentIndexPlugin, {type ContentPluginOptions} from '../plugins/content-index';
import editionsPlugin, {type EditionsPluginOptions} from '../plugins/editions';
import cspPlugin from '../plugins/csp';
import policyPagesPlugin from '../plugins/policy-pages';
import searchPlugin from '../plugins/search';
import translationsPlugin from '../plugins/translations';
import {remarkEditions} from '../remark/editions';
import {remarkReferences} from '../remark/references';
import {remarkTranslationBanner} from '../remark/translation-banner';
import {remarkTranslationCoverage} from '../remark/translation-coverage';
import {remarkTranslatedLinks} from '../remark/translated-links';
import {rehypeSafety} from '../rehype/safety';
import {defaultLocale, instances, localeCodes, locales, type Locale} from '../content/site';
import {includedVersions, readEditions, versionsOptions} from '../editions/edition';

/** The project's root, where the site's own code and assets live. */
const root = path.resolve(__dirname, '../..');

/** Options of {@link createConfig}. */
export interface SiteOptions {
  /** The folder holding the content (`docs/`, `white-paper/`, `i18n/`). */
  readonly siteDir: string;
  /** Locales to configure; all 14 by default. */
  readonly locales?: readonly Locale[];
}

/**
 * The site's Docusaurus config. `docusaurus.config.ts` calls it for the
 * real site; the integration tests call it for small fixture sites.
 */
export function createConfig({siteDir, locales: only = localeCodes}: SiteOptions): Config {
  const url = 'https://intercultural-dialogue-network.example.org';
  const baseUrl = '/';
  // Released editions of the White Paper; `KB_EDITIONS` narrows a preview build (docs/maintainers/editions.md).
  const editions = readEditions(siteDir);
  const included = includedVersions(editions, process.env.KB_EDITIONS);
  // rehypeSafety runs after Docusaurus's rehype-raw, so it sees raw HTML as elements.
  const remark = {beforeDefaultRemarkPlugins: [[remarkReferences, {siteDir}], [remarkEditions, {siteDir, siteUrl: `${url}${baseUrl}`}], [remarkTranslationBanner, {siteDir}], [remarkTranslationCoverage, {siteDir}], [remarkTranslatedLinks, {siteDir}]], rehypePlugins: [rehypeSafety]};
  return {
    title: 'Intercultural Dialogue Network',
    tagline: 'European towns fostering intercultural dialogue and combating discrimination of migrants and minorities',
    url,
    baseUrl,
    favicon: 'img/favicon.svg',
    staticDirectories: [path.join(root, 'src/static')],
    clientModules: [path.join(root, 'src/client/print-links.ts')],
    // A preview build without some editions keeps links into them: warn instead of failing.
    onBrokenLinks: included ? 'warn' : 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    // KB_FASTER=0 turns the Rust tool chain off, for `npm run bench:build` only.
    // Every v4 flag but CSS cascade layers: for the default browser targets postcss-preset-env polyfills
    // layers one file at a time, which lifts Infima's rules above src/css/*.css and undoes the site's
    // WCAG-contrast colours (docs/maintainers/pages.md).
    future: {
      v4: {removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: false, siteStorageNamespacing: true, fasterByDefault: true, mdx1CompatDisabledByDefault: true},
      faster: process.env.KB_FASTER !== '0',
    },
    markdown: {
      // `.md` files are CommonMark, not MDX: contributed content cannot run code.
      format: 'detect',
      hooks: {onBrokenMarkdownLinks: 'throw'},
    },
    i18n: {
      defaultLocale,
      locales: [...only],
      localeConfigs: Object.fromEntries(only.map((code) => [code, {...locales[code], path: code}])),
    },
    presets: [
      [
        'classic',
        {
          docs: {
            path: instances.docs.dir,
            routeBasePath: instances.docs.routeBasePath,
            sidebarPath: path.join(root, 'src/sidebars.ts'),
            ...remark,
          },
          blog: false,
          pages: {path: path.join(root, 'src/pages')},
          theme: {customCss: ['custom.css', 'policy.css', 'print.css', 'translations.css', 'editions.css'].map((file) => path.join(root, 'src/css', file))},
        } satisfies Preset.Options,
      ],
    ],
    plugins: [
      [
        '@docusaurus/plugin-content-docs',
        {
          id: instances['white-paper'].id,
          path: instances['white-paper'].dir,
          routeBasePath: instances['white-paper'].routeBasePath,
          sidebarPath: path.join(root, 'src/sidebars.ts'),
          versions: versionsOptions(editions),
          ...(included ? {onlyIncludeVersions: included} : {}),
          ...remark,
        },
      ],
      [
        // Docusaurus types plugin modules with `unknown` content; ours is typed inside.
        contentIndexPlugin as PluginModule,
        {
          rules: {
            'kb:no-evidence': 'warn',
            'kb:implements-nothing': 'warn',
          },
        } satisfies ContentPluginOptions,
      ],
      [editionsPlugin as PluginModule, {versions: included} satisfies EditionsPluginOptions],
      policyPagesPlugin as PluginModule,
      searchPlugin as PluginModule,
      translationsPlugin as PluginModule,
      // Last, after the pages are written: the Content-Security-Policy with the site's own script hashes.
      cspPlugin,
    ],
    themeConfig: {
      colorMode: {respectPrefersColorScheme: true},
      navbar: {
        title: 'Intercultural Dialogue Network',
        logo: {alt: '', src: 'img/logo.svg'},
        items: [
          {type: 'docSidebar', docsPluginId: 'white-paper', sidebarId: 'main', label: 'White Paper', position: 'left'},
          {type: 'docSidebar', sidebarId: 'main', label: 'Knowledge base', position: 'left'},
          {to: '/docs/best-practices', label: 'Best practices', position: 'left'},
          {to: '/docs/meetings', label: 'Meetings', position: 'left'},
          ...(editions.length > 0 ? [{type: 'docsVersionDropdown', docsPluginId: 'white-paper', position: 'right', dropdownItemsAfter: [{to: '/white-paper/editions/', label: 'All editions'}]} as const] : []),
          {type: 'localeDropdown', position: 'right'},
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Read',
            items: [
              {label: 'White Paper', to: '/white-paper/'},
              {label: 'Recommendation explorer', to: '/white-paper/explorer'},
              {label: 'Best practices', to: '/docs/best-practices'},
              {label: 'Map of best practices', to: '/best-practices/map'},
              {label: 'Urban network strategy', to: '/docs/strategy'},
              {label: 'Editions and how to cite', to: '/white-paper/editions/'},
              {label: 'Open data', to: '/open-data'},
            ],
          },
          {
            title: 'The network',
            items: [
              {label: 'About the network', to: '/docs/'},
              {label: 'Partners', to: '/docs/network/partners'},
              {label: 'Meetings', to: '/docs/meetings'},
            ],
          },
        ],
        copyright: 'Content of the Intercultural Dialogue Network knowledge base. Drafts are marked as drafts.',
      },
    } satisfies Preset.ThemeConfig,
  };
}
