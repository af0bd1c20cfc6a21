/** Parts of the catalogues, for pages that need only some of their strings. */
import {defaultLocale, type Locale} from '../content/site';
import type {Catalogue} from './catalogue';

/**
 * The top-level `sections` of the English catalogue and of `locale`'s
 * (when it is another), ready for `createTranslator`.
 */
export function catalogueSections(catalogues: Partial<Record<Locale, Catalogue>>, locale: Locale, sections: readonly string[]): Partial<Record<Locale, Catalogue>> {
  const pick = (catalogue: Catalogue | undefined): Catalogue => Object.fromEntries(sections.filter((s) => catalogue?.[s] !== undefined).map((s) => [s, catalogue![s]]));
  const out: Partial<Record<Locale, Catalogue>> = {[defaultLocale]: pick(catalogues[defaultLocale])};
  if (locale !== defaultLocale) out[locale] = pick(catalogues[locale]);
  return out;
}
