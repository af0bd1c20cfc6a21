/**
 * The Docusaurus configuration of the knowledge base, as a function of the
 * content folder, so fixture sites in the tests build with the same setup.
 */
import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'node:path';
import contentIndexPlugin, {type ContentPluginOptions} from '../plugins/content-index';
import {remarkReferences} from '../remark/references';
import {defaultLocale, instances, localeCodes, locales, type Locale} from '../content/site';

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
  const remark = {beforeDefaultRemarkPlugins: [[remarkReferences, {siteDir}]]};
  return {
    title: 'Intercultural Dialogue Network',
    tagline: 'European towns fostering intercultural dialogue and combating discrimination of migrants and minorities',
    url: 'https://intercultural-dialogue-network.example.org',
    baseUrl: '/',
    favicon: 'img/favicon.svg',
    staticDirectories: [path.join(root, 'src/static')],
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    future: {v4: true, faster: true},
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
          theme: {customCss: path.join(root, 'src/css/custom.css')},
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
              {label: 'Best practices', to: '/docs/best-practices'},
              {label: 'Urban network strategy', to: '/docs/strategy'},
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
