/**
 * The project's own UI strings: one i18next catalogue per locale in
 * `i18n/<locale>/kb.json`, used by the remark plugin at build time and by
 * React components in the browser. English vocabulary labels come from
 * `src/content/vocabularies.ts`, so they are written once.
 */
import {createInstance, type TFunction} from 'i18next';
import {statuses, vocabularies} from '../content/vocabularies';
import {defaultLocale, type Locale} from '../content/site';

/** A catalogue: nested keys to strings. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** The English labels of every vocabulary, as catalogue entries. */
export function vocabularyCatalogue(): Catalogue {
  const out: Catalogue = {};
  for (const [name, vocabulary] of Object.entries(vocabularies)) {
    out[name] = Object.fromEntries(Object.entries(vocabulary).map(([key, value]) => [key, (value as {label: string}).label]));
  }
  out.statuses = Object.fromEntries(
    Object.entries(statuses).map(([kind, values]) => [kind, Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.label]))]),
  );
  return out;
}

/**
 * Builds a translate function for `locale` from its catalogue and the
 * English one (shown where a key is missing; the checker reports those).
 */
export function createTranslator(locale: Locale, catalogues: Partial<Record<Locale, Catalogue>>): TFunction {
  const english = catalogues[defaultLocale] ?? {};
  const resources: Record<string, {kb: Catalogue}> = {
    [defaultLocale]: {kb: {...english, vocabulary: {...(english.vocabulary as Catalogue), ...vocabularyCatalogue()}}},
  };
  if (locale !== defaultLocale) resources[locale] = {kb: catalogues[locale] ?? {}};
  const i18n = createInstance();
  void i18n.init({
    lng: locale,
    fallbackLng: defaultLocale,
    ns: ['kb'],
    defaultNS: 'kb',
    resources,
    initAsync: false,
    interpolation: {escapeValue: false},
    returnNull: false,
  });
  return i18n.t;
}
