/**
 * The translation record of a translated page: the `l10n` mapping in its
 * front matter, saying which commit of the English source it was made
 * from, whether a person or a machine made it, and whether it was reviewed.
 */
import type {FieldPath} from '../content/schema';
import {nearest} from '../content/suggest';

/** Who made a translation. */
export type Origin = 'human' | 'machine';

/** A valid `l10n` record. */
export interface TranslationRecord {
  /** Full sha of the last commit that changed the English source when it was translated. */
  readonly sourceCommit: string;
  readonly origin: Origin;
  readonly reviewed: boolean;
  /** Only part of the page (title and summary) is translated. */
  readonly partial: boolean;
}

/** A mistake in a record, at a path of the front matter. */
export interface RecordIssue {
  readonly path: FieldPath;
  /** Point at the key rather than the value (an unknown field). */
  readonly at?: 'key';
  readonly reason: string;
  readonly suggestion?: string;
}

const fields = ['sourceCommit', 'origin', 'reviewed', 'partial'] as const;
const shaPattern = /^[0-9a-f]{40}$/;

/** Reads `frontMatter.l10n`: the record when it is valid, and every mistake found. */
export function readTranslationRecord(frontMatter: Record<string, unknown>): {record?: TranslationRecord; issues: RecordIssue[]} {
  const value = frontMatter.l10n;
  const example = '`l10n:` with `sourceCommit`, `origin` and `reviewed`';
  if (value === undefined) {
    return {issues: [{path: [], reason: 'Unexpected translated page without `l10n`, expected a record of the source commit it was translated from', suggestion: `add ${example} (see docs/translating/index.md#l10n)`}]};
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {issues: [{path: ['l10n'], reason: 'Unexpected `l10n` that is not a mapping, expected `sourceCommit`, `origin` and `reviewed` under it', suggestion: `write ${example}, each on its own indented line`}]};
  }
  const l10n = value as Record<string, unknown>;
  const issues: RecordIssue[] = [];
  const unknown: RecordIssue[] = [];
  for (const key of Object.keys(l10n)) {
    if ((fields as readonly string[]).includes(key)) continue;
    const guess = nearest(key, fields);
    unknown.push({path: ['l10n', key], at: 'key', reason: `Unexpected field \`l10n.${key}\`, expected one of ${fields.map((f) => `\`${f}\``).join(', ')}`, suggestion: guess && `did you mean \`${guess}\`?`});
  }
  const {sourceCommit, origin, reviewed, partial = false} = l10n;
  if (typeof sourceCommit !== 'string' || !shaPattern.test(sourceCommit)) {
    const shown = sourceCommit === undefined ? 'missing `l10n.sourceCommit`' : `\`l10n.sourceCommit\` ${typeof sourceCommit === 'string' ? `\`${sourceCommit}\`` : 'that is not text'}`;
    issues.push({path: ['l10n', 'sourceCommit'], reason: `Unexpected ${shown}, expected the full 40-character sha of a commit`, suggestion: typeof sourceCommit === 'string' || sourceCommit === undefined ? 'use the output of `git log -1 --format=%H -- <English file>`' : 'put the sha in quotes'});
  }
  if (origin !== 'human' && origin !== 'machine') {
    issues.push({path: ['l10n', 'origin'], reason: `Unexpected ${origin === undefined ? 'missing `l10n.origin`' : `\`l10n.origin\` \`${String(origin)}\``}, expected \`human\` or \`machine\``, suggestion: typeof origin === 'string' ? describeGuess(nearest(origin, ['human', 'machine'])) : undefined});
  }
  if (typeof reviewed !== 'boolean') {
    issues.push({path: ['l10n', 'reviewed'], reason: `Unexpected ${reviewed === undefined ? 'missing `l10n.reviewed`' : `\`l10n.reviewed\` \`${String(reviewed)}\``}, expected \`true\` or \`false\``, suggestion: 'write `reviewed: false` until a person has checked the translation'});
  }
  if (typeof partial !== 'boolean') {
    issues.push({path: ['l10n', 'partial'], reason: `Unexpected \`l10n.partial\` \`${String(partial)}\`, expected \`true\` or \`false\``, suggestion: 'write `partial: true` when only part of the page is translated, or remove the field'});
  }
  // An unknown field is a mistake to report, but the record still says what the page is.
  if (issues.length > 0) return {issues: [...unknown, ...issues]};
  return {record: {sourceCommit: sourceCommit as string, origin: origin as Origin, reviewed: reviewed as boolean, partial: partial as boolean}, issues: unknown};
}

function describeGuess(guess: string | undefined): string | undefined {
  return guess && `did you mean \`${guess}\`?`;
}
