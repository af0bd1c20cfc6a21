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
  'kb:no-evidence': {severity: 'warn', about: 'A recommendation with no evidence.'},
  'kb:implements-nothing': {severity: 'warn', about: 'A best practice that implements no recommendation or strategy item.'},
  'kb:broken-link': {severity: 'error', about: 'A link to a page that does not exist.'},
  'kb:broken-anchor': {severity: 'error', about: 'A link to a heading that does not exist on the target page.'},
} as const satisfies Record<string, {severity: Severity; about: string}>;

export type RuleId = keyof typeof rules;

/** Severities chosen in the site config, rule by rule. */
export type RuleSettings = Partial<Record<RuleId, Severity>>;

/** The severity of `ruleId` under `settings`. */
export function severityOf(ruleId: string, settings: RuleSettings = {}): Severity {
  return settings[ruleId as RuleId] ?? rules[ruleId as RuleId]?.severity ?? 'error';
}
