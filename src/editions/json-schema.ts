/**
 * JSON Schemas generated from the field descriptors of the content model
 * (`src/content/schema.ts`), the same descriptors that check the front
 * matter: the open data is described by the rules that produced it.
 */
import {families, type Field} from '../content/schema';

/** A JSON Schema (draft 2020-12), as far as the generator writes it. */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

/** The schema of one field's values. */
export function fieldSchema(field: Field<unknown>): JsonSchema {
  const base = field.type.startsWith('list of ') ? field.type.slice('list of '.length) : field.type;
  const one = valueSchema(field, base);
  const schema = field.type.startsWith('list of ') ? {type: 'array', items: one} : one;
  return {description: field.description, ...schema};
}

function valueSchema(field: Field<unknown>, type: string): JsonSchema {
  if (field.vocabulary) return {type: 'string', enum: Object.keys(field.vocabulary)};
  if (field.shape) return objectSchema(field.shape);
  if (field.refKinds) {
    const ids = families.filter((f) => field.refKinds!.includes(f.kind)).map((f) => f.pattern.source.replace(/^\^|\$$/g, ''));
    // An id may be pinned to an edition, as in `REC-GOV-03@2021`.
    return {type: 'string', pattern: `^(?:${ids.join('|')})(?:@[A-Za-z0-9._-]+)?$`};
  }
  if (field.pattern) return {type: 'string', pattern: field.pattern.source};
  if (type === 'integer') return {type: 'integer'};
  if (type === 'text') return {type: 'string', minLength: 1};
  throw new Error(`[kb:editions] No JSON Schema for field type "${type}": add it to src/editions/json-schema.ts.`);
}

/** The schema of a mapping with `shape`: its fields, the required ones, nothing else. */
export function objectSchema(shape: Readonly<Record<string, Field<unknown>>>): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, fieldSchema(field)])),
    required: Object.entries(shape).filter(([, field]) => field.required).map(([key]) => key),
    additionalProperties: false,
  };
}
