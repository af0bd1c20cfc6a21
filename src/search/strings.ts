/**
 * The search UI's strings. They live in the i18next catalogues
 * (`i18n/<locale>/kb.json`, under `search`); the search plugin resolves them
 * for the locale being built with the project's translator (English where a
 * key is missing) and hands them to the browser as global data, so the
 * search box needs no i18next code in the page. Plural messages keep one
 * template per plural category of the locale.
 */
import type {TFunction} from 'i18next';
import type {Kind} from '../content/schema';
import {countries, policyLevels, statuses, themes} from '../content/vocabularies';
import {facetNames, type FacetName} from './facets';

/** Keys of the search UI's messages, under `search.` in the catalogue. */
export const searchMessages = [
  'label',
  'placeholder',
  'shortcutHint',
  'instructions',
  'loading',
  'noResults',
  'results',
  'selected',
  'partial',
  'more',
  'seeAll',
  'unavailable',
  'mismatch',
  'pageTitle',
  'pageDescription',
  'filters',
  'clearFilters',
  'facet.kind',
  'facet.theme',
  'facet.level',
  'facet.country',
  'facet.status',
  'facet.edition',
  'edition.current',
  'edition.named',
  'scope.docs',
  'scope.white-paper',
  'breadcrumb',
] as const;
export type SearchMessage = (typeof searchMessages)[number];

/** Messages whose form depends on a count. */
const pluralMessages: readonly SearchMessage[] = ['results', 'selected'];

/** A resolved message: a template, or one template per plural category. */
export type MessageTemplate = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** What the search UI of one locale needs: messages and facet value labels. */
export interface SearchStrings {
  /** BCP 47 tag, for plural rules and sorting. */
  readonly lang: string;
  readonly messages: Readonly<Record<SearchMessage, MessageTemplate>>;
  readonly labels: Readonly<Record<FacetName, Readonly<Record<string, string>>>>;
}

const kinds: readonly (Kind | 'page')[] = ['recommendation', 'best-practice', 'meeting', 'debate', 'strategy', 'page'];

/**
 * Resolves every search message and facet label for a locale. `t` is the
 * project's translator for it (`createTranslator`); `lang` its BCP 47 tag.
 */
export function resolveSearchStrings(t: TFunction, lang: string): SearchStrings {
  const rules = new Intl.PluralRules(lang);
  const messages = {} as Record<SearchMessage, MessageTemplate>;
  for (const key of searchMessages) {
    if (!pluralMessages.includes(key)) {
      messages[key] = String(t(`search.${key}`));
      continue;
    }
    // One template per category: ask i18next with a count of that category, and keep `{{count}}` as is.
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    for (const category of rules.resolvedOptions().pluralCategories) {
      const count = sampleOf(rules, category);
      if (count !== undefined) forms[category] = String(t(`search.${key}`, {count, replace: {count: '{{count}}'}}));
    }
    messages[key] = forms;
  }
  const statusLabels: Record<string, string> = {};
  for (const [kind, values] of Object.entries(statuses)) {
    for (const status of Object.keys(values)) statusLabels[status] ??= String(t(`vocabulary.statuses.${kind}.${status}`));
  }
  const labels: Record<FacetName, Record<string, string>> = {
    kind: Object.fromEntries(kinds.map((kind) => [kind, String(t(`kind.${kind}`))])),
    theme: Object.fromEntries(Object.keys(themes).map((key) => [key, String(t(`vocabulary.themes.${key}`))])),
    level: Object.fromEntries(Object.keys(policyLevels).map((key) => [key, String(t(`vocabulary.policyLevels.${key}`))])),
    country: Object.fromEntries(Object.keys(countries).map((key) => [key, String(t(`vocabulary.countries.${key}`))])),
    status: statusLabels,
  };
  for (const name of facetNames) labels[name] ??= {};
  return {lang, messages, labels};
}

/** The smallest whole count in `category`, if any whole count is. */
function sampleOf(rules: Intl.PluralRules, category: Intl.LDMLPluralRule): number | undefined {
  for (let count = 0; count <= 1000; count++) if (rules.select(count) === category) return count;
  return undefined;
}

/**
 * Formats a message: picks the plural form for `values.count` and fills in
 * `{{name}}` placeholders. Values are inserted as text; the UI renders the
 * result as text, never as HTML.
 */
export function formatMessage(strings: SearchStrings, key: SearchMessage, values: Readonly<Record<string, string | number>> = {}): string {
  const template = strings.messages[key];
  let text: string;
  if (typeof template === 'string') text = template;
  else {
    const category = new Intl.PluralRules(strings.lang).select(Number(values.count ?? 0));
    text = template[category] ?? template.other ?? '';
  }
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
