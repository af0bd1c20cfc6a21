/**
 * A problem found in content: where, which rule, what was expected, and a
 * suggestion. The checker, the build and the remark plugin all report these
 * and print them with {@link formatProblem}, so they say the same words.
 */
import type {RuleId} from './rules';

/** A place in a file, 1-based. */
export interface Place {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Problem extends Place {
  /** Path relative to the site directory, with forward slashes. */
  readonly file: string;
  readonly ruleId: RuleId;
  /** "Unexpected X, expected Y". */
  readonly reason: string;
  /** One suggestion, such as "did you mean `REC-GOV-09`?". */
  readonly suggestion?: string;
}

/** `file:line:column: reason; suggestion [rule]` — one line per problem. */
export function formatProblem(problem: Problem): string {
  const suggestion = problem.suggestion ? `; ${problem.suggestion}` : '';
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.reason}${suggestion} [${problem.ruleId}]`;
}

/** Order problems by file, then place. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** Line and column (1-based) of `offset` in `text`, for the line starts of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Converts an offset into a 1-based place, given the line starts. */
export function placeAt(starts: readonly number[], offset: number): {line: number; column: number} {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return {line: low + 1, column: offset - starts[low] + 1};
}
