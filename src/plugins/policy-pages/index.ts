/**
 * Pages for policymakers: the recommendation explorer
 * (`/white-paper/explorer`), its printable list
 * (`/white-paper/explorer/print`) and the best-practice map
 * (`/best-practices/map`). The plugin only orchestrates: the map is
 * projected by `src/map/project.ts`, the strings come from the locale's
 * catalogue, the pages' logic lives in `src/explorer/`.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {Catalogue} from '../../i18n/catalogue';
import {loadCatalogues} from '../../i18n/load';
import {catalogueSections} from '../../i18n/sections';
import type {Locale} from '../../content/site';
import {projectEurope, type EuropeMap} from '../../map/project';

/** The plugin's global data: the strings of its pages and of the partners table. */
export interface PolicyPagesData {
  readonly catalogues: Partial<Record<Locale, Catalogue>>;
}

interface Content extends PolicyPagesData {
  readonly map: EuropeMap;
}

/** Catalogue sections the pages use. */
const policySections = ['explorer', 'map', 'vocabulary'] as const;

/** Paths of the plugin's pages, below the locale's base URL. */
const policyRoutes = {
  explorer: 'white-paper/explorer',
  print: 'white-paper/explorer/print',
  map: 'best-practices/map',
} as const;

const components = path.resolve(__dirname, '../../components');

/** The plugin: projects the map, picks the strings, adds the routes. */
export default function policyPagesPlugin(context: LoadContext): Plugin<Content> {
  return {
    name: 'kb-policy-pages',
    async loadContent() {
      const locale = context.i18n.currentLocale as Locale;
      return {map: projectEurope(), catalogues: catalogueSections(loadCatalogues(), locale, policySections)};
    },
    async contentLoaded({content, actions}) {
      const {map, catalogues} = content;
      actions.setGlobalData({catalogues} satisfies PolicyPagesData);
      const mapData = await actions.createData('europe-map.json', JSON.stringify(map));
      const route = (to: string, component: string, modules = {}) =>
        actions.addRoute({path: normalizeUrl([context.baseUrl, to]), component: path.join(components, component), exact: true, modules});
      route(policyRoutes.explorer, 'explorer/explorer-page.tsx');
      route(policyRoutes.print, 'explorer/print-page.tsx');
      route(policyRoutes.map, 'practice-map/map-page.tsx', {map: mapData});
    },
  };
}
