/**
 * Plural categories of each language, from the Unicode CLDR rules that
 * `Intl.PluralRules` applies. i18next picks `key_<category>` with the same
 * rules, and Docusaurus's `|`-separated plural messages list the forms in
 * {@link pluralOrder}, so both catalogues are checked against this module.
 */

/** Every CLDR plural category, in the order Docusaurus expects the forms of a `|` message. */
export const pluralOrder = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export type PluralCategory = (typeof pluralOrder)[number];

/** The categories `locale` distinguishes, in {@link pluralOrder}: `lt` -> one, few, many, other. */
export function pluralCategories(locale: string): PluralCategory[] {
  const have = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  return pluralOrder.filter((category) => have.includes(category));
}

/** `evidenceCount_few` -> `{base: 'evidenceCount', category: 'few'}`; undefined for a key without a plural suffix. */
export function splitPluralKey(key: string): {base: string; category: PluralCategory} | undefined {
  const at = key.lastIndexOf('_');
  if (at <= 0) return undefined;
  const category = key.slice(at + 1);
  return (pluralOrder as readonly string[]).includes(category) ? {base: key.slice(0, at), category: category as PluralCategory} : undefined;
}
