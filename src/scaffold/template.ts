/**
 * Writes a new entry: front matter in the schema's order, each field under
 * a comment generated from its descriptor (what it means, whether it is
 * required, the values it takes); required fields left empty are ready to
 * type into, optional ones are commented out. The explanations live in `src/content/schema.ts`
 * only.
 */
import {stringify} from 'yaml';
import {schemas, type Field} from '../content/schema';
import {bodies, fixedFields, type ScaffoldKind} from './kinds';

const width = 100;

/** Wraps `text` into comment lines of at most {@link width} characters, with `prefix` before each. */
function comment(text: string, prefix: string): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > width && line !== prefix) {
      lines.push(line.trimEnd());
      line = prefix;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** What a field is, in words: its description, whether it is needed, and (unless `values` is false) the values it takes. */
export function explain(field: Field<unknown>, {values = true} = {}): string {
  const parts = [field.description, field.required ? 'Required.' : 'Optional.'];
  if (!values) return parts.join(' ');
  if (field.vocabulary) {
    const many = field.type.startsWith('list of ');
    parts.push(`${many ? 'One or more of' : 'One of'}: ${Object.entries(field.vocabulary).map(([key, label]) => (key === label ? key : `${key} (${label})`)).join(', ')}.`);
  } else if (field.refKinds) {
    parts.push(`Ids of ${field.refKinds.join(' or ')} items, such as ${field.refKinds.includes('recommendation') ? '`REC-GOV-01`' : '`BP-ES-001`'}.`);
  }
  return parts.join(' ');
}

/** The YAML lines of `key: value`. */
function yamlLines(key: string, value: unknown): string[] {
  return stringify({[key]: value}, {lineWidth: 0}).trimEnd().split('\n');
}

/** `value` with the keys of its mappings in the order of the field's shape. */
function inShapeOrder(value: unknown, field: Field<unknown>): unknown {
  if (Array.isArray(value)) return value.map((entry) => inShapeOrder(entry, field));
  if (!field.shape || value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(field.shape).filter((key) => key in record).map((key) => [key, record[key]]));
}

/** Front-matter lines for `shape`, with `values` filled in, other required fields empty and the optional ones commented out. */
export function frontMatterLines(shape: Readonly<Record<string, Field<unknown>>>, values: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    lines.push(...comment(explain(field), `# `));
    if (field.shape) {
      for (const [sub, subField] of Object.entries(field.shape)) lines.push(...comment(`${sub}: ${explain(subField)}`, `#   `));
    }
    const value = values[key];
    // A field left to fill in: required ones are ready to type into, optional ones commented out.
    const blank = field.required ? '' : '# ';
    if (value !== undefined) lines.push(...yamlLines(key, inShapeOrder(value, field)));
    else if (field.shape) {
      const list = field.type.startsWith('list of ');
      lines.push(`${blank}${key}:`, ...Object.keys(field.shape).map((sub, i) => `${blank}  ${list && i === 0 ? '- ' : list ? '  ' : ''}${sub}:`));
    } else lines.push(`${blank}${key}:`);
  }
  return lines;
}

/** The whole file: front matter between `---` lines, a blank line, the body. */
export function renderEntry(shape: Readonly<Record<string, Field<unknown>>>, values: Record<string, unknown>, body: string): string {
  return ['---', ...frontMatterLines(shape, values), '---', '', body].join('\n');
}

/** Where the blank template of `kind` is kept, for contributors who start in the web editor. */
export function templateFile(kind: ScaffoldKind): string {
  return `src/scaffold/templates/${kind}.md`;
}

/** The blank template of `kind`: every field explained and commented out, except that it starts as a draft. */
export function renderTemplate(kind: ScaffoldKind): string {
  return renderEntry(schemas[kind], fixedFields(kind, 'YYYY-MM-DD'), bodies[kind]);
}
