/** The content plugin's global data: the items of the locale being shown. */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {SiteData} from '../content/summary';

export function useSiteData(): SiteData {
  return usePluginData('kb-content-index') as SiteData;
}
