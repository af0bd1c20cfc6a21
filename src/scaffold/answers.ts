/**
 * Reads one answer, typed at a prompt or given as a flag, into a
 * front-matter value: vocabulary terms by key, by name or by their number
 * in the list shown, ids checked against the content index, everything else
 * through the schema field itself. A mistake comes back as a message with
 * a suggestion, in the checker's words.
 */
import type {ContentIndex} from '../content/loader';
import {resolveReference} from '../content/resolve';
import type {FieldIssue} from '../content/schema';
import {nearest} from '../content/suggest';
import {fieldAt, type Question, type ScaffoldKind} from './kinds';

/** A value read from an answer, or what was wrong with it. */
export type Answer = {readonly value: unknown} | {readonly error: string};

const splitList = (raw: string) => raw.split(/[,;\s]+/).filter(Boolean);

/** The vocabulary key an answer means, accepting the key, the label or the number in the list, in any case. */
function readTerm(raw: string, vocabulary: Readonly<Record<string, string>>, name: string): Answer {
  const entries = Object.entries(vocabulary);
  const wanted = raw.trim().toLowerCase();
  const byNumber = /^\d+$/.test(wanted) ? entries[Number(wanted) - 1] : undefined;
  const found = byNumber ?? entries.find(([key, label]) => key.toLowerCase() === wanted || label.toLowerCase() === wanted);
  if (found) return {value: found[0]};
  const guess = nearest(raw.trim(), entries.flatMap(([key, label]) => [key, label]));
  const key = guess && entries.find(([k, label]) => k === guess || label === guess)![0];
  const suggestion = key ? `; did you mean \`${key}\`${vocabulary[key] !== key ? ` (${vocabulary[key]})` : ''}?` : '';
  return {error: `Unexpected ${name} \`${raw.trim()}\`, expected a key, a name or a number from the list${suggestion}`};
}

/** Reads `raw` as the answer to `question`; an empty answer is `undefined`. */
export function readAnswer(kind: ScaffoldKind, question: Question, raw: string, index: ContentIndex): Answer {
  const field = fieldAt(kind, question.path);
  const many = field.type.startsWith('list of ');
  if (raw.trim() === '') return question.required ? {error: `Unexpected empty answer, expected ${field.description.charAt(0).toLowerCase()}${field.description.slice(1)}`} : {value: undefined};
  if (field.vocabulary) {
    const name = field.type.replace(/^list of /, '').replace(/ key$/, '');
    const values: unknown[] = [];
    for (const part of many ? splitList(raw) : [raw]) {
      const answer = readTerm(part, field.vocabulary, name);
      if ('error' in answer) return answer;
      values.push(answer.value);
    }
    return {value: many ? values : values[0]};
  }
  if (field.refKinds) {
    const ids = many ? splitList(raw) : [raw.trim()];
    for (const id of ids) {
      const [bare, edition] = id.split('@');
      const resolution = resolveReference(index, {id: bare, edition}, {instance: kind === 'recommendation' ? 'white-paper' : 'docs', version: 'current'}, field.refKinds, question.path.join('.'));
      if (!resolution.ok) return {error: resolution.reason + (resolution.suggestion ? `; ${resolution.suggestion}` : '')};
    }
    return {value: many ? ids : ids[0]};
  }
  const issues: FieldIssue[] = [];
  const value = field.read(raw.trim(), [], {report: (issue) => issues.push(issue), suggest: nearest});
  if (issues.length > 0) return {error: issues[0].reason + (issues[0].suggestion ? `; ${issues[0].suggestion}` : '')};
  return {value};
}
