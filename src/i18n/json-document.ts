/**
 * Reads a JSON catalogue with the place of every key, so that a missing or
 * wrong entry is reported at its line and column. `JSON.parse` decides what
 * is valid (YAML would accept a trailing comma that breaks the site); JSON
 * is YAML, so the `yaml` package's document API (already used for front
 * matter) then gives the positions, and refuses a key written twice.
 */
import {isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode} from 'yaml';
import {lineStarts, placeAt, type Place} from '../content/problem';

/** A parsed JSON file. */
export interface JsonDocument {
  readonly value: unknown;
  /** The place of the key at `path`, or of the deepest key on that path that exists (the file's start at worst). */
  readonly placeOf: (path: readonly string[]) => Place;
  /** Syntax errors, with their place; `value` is undefined when there is one. */
  readonly errors: readonly (Place & {readonly message: string})[];
}

/** Parses `text` as JSON, keeping positions. */
export function parseJsonDocument(text: string): JsonDocument {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = / in JSON at position (\d+)/.exec(message);
    const place = at ? placeAt(lineStarts(text), Number(at[1])) : {line: 1, column: 1};
    return {value: undefined, placeOf: () => place, errors: [{...place, message: message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '')}]};
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false});
  const toPlace = (offset: number): Place => {
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };
  const errors = doc.errors.map((error) => ({...toPlace(error.pos[0]), message: error.message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '')}));
  const rootOffset = doc.contents?.range?.[0] ?? 0;
  return {
    value: errors.length > 0 ? undefined : (doc.toJS() as unknown),
    errors,
    placeOf(path) {
      let node = doc.contents as YamlNode | null;
      let offset = rootOffset;
      for (const segment of path) {
        if (!isMap(node)) break;
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        offset = (pair.key as YamlNode).range?.[0] ?? offset;
        node = pair.value as YamlNode | null;
      }
      return toPlace(offset);
    },
  };
}
