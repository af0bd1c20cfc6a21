/**
 * Small readers shared by the checks that look into what a page says
 * (safety, personal data): places inside a run of text, and every string
 * of the front matter with its path.
 */
import type {Place} from '../content/problem';
import type {FieldPath} from '../content/schema';

/** The place of `offset` in `text`, a run that starts at `start`. */
export function placeIn(start: Place, text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  if (newline === -1) return {line: start.line, column: start.column + offset};
  return {line: start.line + before.split('\n').length - 1, column: offset - newline};
}

/** A string value of the front matter, its path, and the key it sits under (a list's key for its entries). */
export interface FrontMatterString {
  readonly value: string;
  readonly path: FieldPath;
  readonly key: string;
}

/** Every string in the front matter, depth first. */
export function frontMatterStrings(frontMatter: Record<string, unknown>): FrontMatterString[] {
  const out: FrontMatterString[] = [];
  const walk = (value: unknown, path: FieldPath, key: string) => {
    if (typeof value === 'string') out.push({value, path, key});
    else if (Array.isArray(value)) value.forEach((entry, i) => walk(entry, [...path, i], key));
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, entry] of Object.entries(value)) walk(entry, [...path, k], k);
    }
  };
  for (const [key, value] of Object.entries(frontMatter)) walk(value, [key], key);
  return out;
}
