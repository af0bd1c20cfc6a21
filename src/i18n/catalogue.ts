/**
 * The project's own UI strings: one i18next catalogue per locale in
 * `i18n/<locale>/kb.json`, used by the remark plugin at build time and by
 * React components in the browser. English vocabulary labels come from
 * `src/content/vocabularies.ts`, so they are written once.
 */
import {createInstance, type FormatterModule, type PostProcessorModule, type TFunction} from 'i18next';
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

/** The English catalogue as the site uses it: `i18n/en/kb.json` with the vocabulary labels added under `vocabulary`. */
export function withVocabulary(english: Catalogue): Catalogue {
  return {...english, vocabulary: {...(english.vocabulary as Catalogue | undefined), ...vocabularyCatalogue()}};
}

/** Writes every number a string interpolates (`{{count}}`) the reader's way: `1 234` in Lithuanian, `1.234` in Italian. */
const localNumbers: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, lng) => (typeof value === 'number' ? new Intl.NumberFormat(lng).format(value) : value) as string,
};

/**
 * Writes one full stop where a sentence ends with a value that has its own:
 * `… 29. новембар 2026.` in Serbian, `… lapkričio 29 d.` in Lithuanian.
 * An ellipsis (`...`) stays as it is.
 */
const oneFullStop: PostProcessorModule = {
  type: 'postProcessor',
  name: 'oneFullStop',
  process: (value: string) => value.replace(/(?<!\.)\.\.(?!\.)/g, '.'),
};

/**
 * Builds a translate function for `locale` from its catalogue and the
 * English one (shown where a key is missing; the checker reports those).
 */
export function createTranslator(locale: Locale, catalogues: Partial<Record<Locale, Catalogue>>): TFunction {
  const resources: Record<string, {kb: Catalogue}> = {[defaultLocale]: {kb: withVocabulary(catalogues[defaultLocale] ?? {})}};
  if (locale !== defaultLocale) resources[locale] = {kb: catalogues[locale] ?? {}};
  const i18n = createInstance().use(localNumbers).use(oneFullStop);
  void i18n.init({
    lng: locale,
    fallbackLng: defaultLocale,
    ns: ['kb'],
    defaultNS: 'kb',
    resources,
    initAsync: false,
    interpolation: {escapeValue: false, alwaysFormat: true},
    returnNull: false,
    postProcess: ['oneFullStop'],
  });
  return i18n.t;
}
