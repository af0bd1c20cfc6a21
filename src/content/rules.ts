/**
 * Every rule the loader and the checker report, with its default severity
 * and what it means. Rule ids are the `ruleId` of each message and the keys
 * of the `rules` option of the content plugin in `docusaurus.config.ts`.
 */

/** What a rule does when it fires: `error` fails the check and the build. */
export type Severity = 'off' | 'warn' | 'error';

export const rules = {
  'kb:encoding': {severity: 'error', about: 'The file is not valid UTF-8.'},
  'kb:byte-order-mark': {severity: 'warn', about: 'The file starts with a byte-order mark, which some tools show as a stray character.'},
  'kb:empty-file': {severity: 'warn', about: 'The file has no content.'},
  'kb:file-too-large': {severity: 'error', about: 'A content file is larger than 1 MB.'},
  'kb:yaml-syntax': {severity: 'error', about: 'The front matter is not valid YAML.'},
  'kb:missing-ref': {severity: 'error', about: 'A file in an item folder has no `ref`.'},
  'kb:missing-field': {severity: 'error', about: 'A required field is missing or empty.'},
  'kb:unknown-field': {severity: 'error', about: 'A front-matter field the schema does not know.'},
  'kb:invalid-value': {severity: 'error', about: 'A value of the wrong type.'},
  'kb:unknown-term': {severity: 'error', about: 'A value outside its controlled vocabulary.'},
  'kb:id-pattern': {severity: 'error', about: 'An id that does not match its family pattern.'},
  'kb:id-folder': {severity: 'error', about: 'An item in a folder other than its family folder, or whose id does not match its theme or country.'},
  'kb:duplicate-id': {severity: 'error', about: 'Two items share an id in one edition.'},
  'kb:unknown-reference': {severity: 'error', about: 'A reference to an id that does not exist.'},
  'kb:reference-kind': {severity: 'error', about: 'A reference to an item of a kind the field does not allow.'},
  'kb:unknown-edition': {severity: 'error', about: 'A reference pinned to an edition that does not exist, or where the item is absent.'},
  'kb:unclosed-reference': {severity: 'error', about: 'A `[[` with no `]]` on the same line.'},
  'kb:self-reference': {severity: 'warn', about: 'An item that refers to itself.'},
  'kb:replaced-by-cycle': {severity: 'error', about: 'Recommendations whose `replacedBy` links form a cycle.'},
  'kb:replaced-reference': {severity: 'warn', about: 'Current content that refers to a superseded or withdrawn recommendation.'},
  'kb:missing-replacement': {severity: 'warn', about: 'A superseded recommendation without `replacedBy`.'},
  'kb:status-history': {severity: 'error', about: 'A status that `statusHistory` does not record as its last dated change, or changes out of date order.'},
  'kb:missing-reason': {severity: 'warn', about: 'A superseded or withdrawn recommendation whose last status change gives no reason (`note`).'},
  'kb:no-evidence': {severity: 'warn', about: 'A recommendation with no evidence.'},
  'kb:implements-nothing': {severity: 'warn', about: 'A best practice that implements no recommendation or strategy item.'},
  'kb:broken-link': {severity: 'error', about: 'A link to a page that does not exist.'},
  'kb:broken-anchor': {severity: 'error', about: 'A link to a heading that does not exist on the target page.'},
  'kb:unsafe-html': {severity: 'error', about: 'Raw HTML that runs code, embeds another page or restyles the site (`<script>`, `<iframe>`, `<style>`, `<object>`, `<form>`, `<svg>`, …).'},
  'kb:event-handler': {severity: 'error', about: 'An event-handler attribute (`onclick`, `onerror`, …) in raw HTML.'},
  'kb:raw-html': {severity: 'error', about: 'Raw HTML other than a few harmless text elements (`<sup>`, `<abbr title>`, `<br>`, …), or an unfinished tag.'},
  'kb:unsafe-url': {severity: 'error', about: 'A `javascript:`, `vbscript:` or `data:` address in a link, image, link definition, raw HTML or front-matter URL.'},
  'kb:local-file': {severity: 'error', about: 'A `file:` address, or an image outside the content or of a type other than PNG, JPEG, GIF, WebP or AVIF.'},
  'kb:external-resource': {severity: 'error', about: 'An image loaded from another site: the site makes no request to any other host.'},
  'kb:mdx-syntax': {severity: 'error', about: 'MDX in a Markdown file: `import`/`export`, a JSX component or a `{…}` expression.'},
  'kb:mdx-file': {severity: 'error', about: 'An `.mdx` file, or `format: mdx`, in a folder of contributed items.'},
  'kb:invisible-character': {severity: 'error', about: 'A zero-width or bidirectional control character in an id, a reference or an address, or a bidirectional control anywhere.'},
  'kb:personal-data': {severity: 'error', about: 'An email address or phone number in content without a `consent` field saying it may be published.'},
  'kb:catalogue-syntax': {severity: 'error', about: 'A translation catalogue (`kb.json`, `code.json`) that is not valid JSON, or is missing.'},
  'kb:missing-translation-key': {severity: 'error', about: 'A key of the English catalogue (`kb.json`, `code.json`) missing in a locale.'},
  'kb:missing-plural-form': {severity: 'error', about: 'A plural form the language needs, missing from a catalogue entry.'},
  'kb:unknown-translation-key': {severity: 'warn', about: 'A catalogue key or plural form that English or the language does not have.'},
  'kb:untranslated-string': {severity: 'warn', about: 'A catalogue string identical to English, not listed in `i18n/identical.json`.'},
  'kb:translation-placeholder': {severity: 'error', about: 'A translated string whose `{{placeholders}}` differ from the English ones.'},
  'kb:translation-record': {severity: 'error', about: 'A translated page without a valid `l10n` record (source commit, origin, reviewed).'},
  'kb:translation-heading-id': {severity: 'error', about: 'A translated page that lost the id of one of its source headings.'},
  'kb:orphaned-translation': {severity: 'warn', about: 'A translated page whose English source does not exist.'},
} as const satisfies Record<string, {severity: Severity; about: string}>;

export type RuleId = keyof typeof rules;

/** Severities chosen in the site config, rule by rule. */
export type RuleSettings = Partial<Record<RuleId, Severity>>;

/** The severity of `ruleId` under `settings`. */
export function severityOf(ruleId: string, settings: RuleSettings = {}): Severity {
  return settings[ruleId as RuleId] ?? rules[ruleId as RuleId]?.severity ?? 'error';
}
