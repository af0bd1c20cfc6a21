/**
 * The translate function of the explorer, the map and the partners table:
 * the locale's i18next catalogue (sections `explorer`, `map`, `vocabulary`),
 * shipped as the policy-pages plugin's global data, with English beside it.
 */
import {useMemo} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {TFunction} from 'i18next';
import {createTranslator} from '../i18n/catalogue';
import type {Locale} from '../content/site';
import type {PolicyPagesData} from '../plugins/policy-pages';

/** The translate function of the page's locale, English where a key is missing. */
export function usePolicyTranslator(): TFunction {
  const {catalogues} = usePluginData('kb-policy-pages') as PolicyPagesData;
  const {i18n} = useDocusaurusContext();
  return useMemo(() => createTranslator(i18n.currentLocale as Locale, catalogues), [i18n.currentLocale, catalogues]);
}
