/**
 * Schemas of the content items: one per kind, written once as field
 * descriptors. The TypeScript types of the items are derived from them
 * (`ItemFields<'recommendation'>`), and the same descriptors validate front
 * matter, name the kinds an id field may point to, and document every field
 * for contributors (`docs/contributing/front-matter.md` is generated from
 * them at build time).
 */
import {partners} from './partners';
import {
  actors,
  countries,
  meetingFormats,
  policyLevels,
  statuses,
  targetGroups,
  themes,
} from './vocabularies';

/** The kinds of item that carry a reference id. */
export const kinds = [
  'recommendation',
  'best-practice',
  'meeting',
  'debate',
  'strategy',
] as const;
export type Kind = (typeof kinds)[number];

/** Singular names of the kinds, for messages. */
export const kindNames: Record<Kind, string> = {
  recommendation: 'recommendation',
  'best-practice': 'best practice',
  meeting: 'meeting',
  debate: 'online debate',
  strategy: 'strategy item',
};

/** "a recommendation, a meeting or an online debate". */
export function describeKinds(list: readonly Kind[]): string {
  const named = list.map((kind) => `${/^[aeiou]/.test(kindNames[kind]) ? 'an' : 'a'} ${kindNames[kind]}`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named[0];
}

/** An id family: its pattern, the kind it names and the folder it lives in. */
export interface Family {
  readonly kind: Kind;
  /** The prefix before the first dash. */
  readonly prefix: string;
  readonly pattern: RegExp;
  /** What the pattern means, for messages: "REC-<THEME>-<NN>". */
  readonly shape: string;
  /** Docs instance the items live in. */
  readonly instance: 'docs' | 'white-paper';
  /** Folder inside the instance (posix, no trailing slash). */
  readonly folder: string;
  /** Whether items sit one folder deeper, named after the id's second part. */
  readonly byCountry?: boolean;
}

export const families: readonly Family[] = [
  {kind: 'recommendation', prefix: 'REC', pattern: /^REC-[A-Z]{3}-\d{2}$/, shape: 'REC-<THEME>-<NN>', instance: 'white-paper', folder: 'recommendations'},
  {kind: 'best-practice', prefix: 'BP', pattern: /^BP-[A-Z]{2}-\d{3}$/, shape: 'BP-<COUNTRY>-<NNN>', instance: 'docs', folder: 'best-practices', byCountry: true},
  {kind: 'meeting', prefix: 'MTG', pattern: /^MTG-\d{4}-[A-Z]{3,}$/, shape: 'MTG-<YYYY>-<CITY>', instance: 'docs', folder: 'meetings'},
  {kind: 'debate', prefix: 'DEB', pattern: /^DEB-\d{4}-\d{2}$/, shape: 'DEB-<YYYY>-<NN>', instance: 'docs', folder: 'meetings/debates'},
  {kind: 'strategy', prefix: 'STR', pattern: /^STR-(OBJ-\d+|ACT-\d+-\d+)$/, shape: 'STR-OBJ-<N> or STR-ACT-<N>-<M>', instance: 'docs', folder: 'strategy'},
];

/** The family an id belongs to, by its prefix (whether or not it matches the pattern). */
export function familyOf(id: string): Family | undefined {
  const prefix = id.split('-', 1)[0];
  return families.find((family) => family.prefix === prefix);
}

/** Where a problem in a field value sits: a path into the front matter. */
export type FieldPath = readonly (string | number)[];

/** A problem found while reading a field; the loader turns it into a message. */
export interface FieldIssue {
  readonly path: FieldPath;
  readonly ruleId: string;
  readonly reason: string;
  readonly suggestion?: string;
  /** Point at the key rather than the value (an unknown field). */
  readonly at?: 'key';
}

/** Context passed to a field while it reads a value. */
export interface ReadContext {
  report(issue: FieldIssue): void;
  /** Nearest candidate to a mistyped word, for suggestions. */
  suggest(value: string, candidates: Iterable<string>): string | undefined;
}

/** A field descriptor: reads a raw YAML value into `T`, reporting problems. */
export interface Field<T, R extends boolean = boolean> {
  readonly type: string;
  readonly required: R;
  /** What the field means, for the contributors' reference page. */
  readonly description: string;
  /** For id fields: the kinds an id may point to. */
  readonly refKinds?: readonly Kind[];
  /** For mappings, and lists of mappings: the fields inside. */
  readonly shape?: Readonly<Record<string, Field<unknown>>>;
  /** For vocabulary fields, and lists of them: each allowed key with its English label (for prompts and templates). */
  readonly vocabulary?: Readonly<Record<string, string>>;
  /** For dates and addresses: the pattern a value must match (for the open data's JSON Schemas). */
  readonly pattern?: RegExp;
  read(value: unknown, path: FieldPath, context: ReadContext): T | undefined;
}

type Options = {readonly required?: boolean; readonly description: string};
/** `true` when the options say the field is required, as a literal type. */
type Req<O extends Options> = O extends {required: true} ? true : false;

function describe(value: unknown): string {
  if (value === null) return 'empty value';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'date';
  if (typeof value === 'object') return 'mapping';
  return `${typeof value} \`${String(value)}\``;
}

function field<T, O extends Options>(
  type: string,
  options: O,
  read: Field<T>['read'],
  extra: Pick<Field<T>, 'refKinds' | 'shape' | 'vocabulary' | 'pattern'> = {},
): Field<T, Req<O>> {
  return {type, required: (options.required ?? false) as Req<O>, description: options.description, ...extra, read};
}

/** A single-line or multi-line string. */
export function text<const O extends Options>(options: O): Field<string, Req<O>> {
  return field('text', options, (value, path, context) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    context.report({path, ruleId: 'kb:invalid-value', reason: `Unexpected ${describe(value)}, expected text`});
    return undefined;
  });
}

/** One key of a controlled vocabulary. */
export function term<V extends Record<string, unknown>, const O extends Options>(
  vocabulary: V,
  name: string,
  options: O,
): Field<keyof V & string, Req<O>> {
  const keys = Object.keys(vocabulary);
  const labels = Object.fromEntries(keys.map((key) => {
    const entry = vocabulary[key] as {label?: string; name?: string};
    return [key, entry.label ?? entry.name ?? key];
  }));
  return field(`${name} key`, options, (value, path, context) => {
    if (typeof value === 'string' && Object.hasOwn(vocabulary, value)) return value as keyof V & string;
    const shown = typeof value === 'string' ? `${name} \`${value}\`` : describe(value);
    const suggestion = typeof value === 'string' ? context.suggest(value, keys) : undefined;
    context.report({
      path,
      ruleId: 'kb:unknown-term',
      reason: `Unexpected ${shown}, expected one of ${keys.map((k) => `\`${k}\``).join(', ')}`,
      suggestion: suggestion && `did you mean \`${suggestion}\`?`,
    });
    return undefined;
  }, {vocabulary: labels});
}

/** A list of one field's values; a single value is read as a list of one. */
export function list<T, const O extends Options & {min?: number}>(item: Field<T>, options: O): Field<T[], Req<O>> {
  return field(
    `list of ${item.type}`,
    options,
    (value, path, context) => {
      const values = Array.isArray(value) ? value : value == null ? [] : [value];
      const out: T[] = [];
      values.forEach((entry, index) => {
        const read = item.read(entry, [...path, index], context);
        if (read !== undefined) out.push(read);
      });
      if (options.min && values.length < options.min) {
        context.report({path, ruleId: 'kb:missing-field', reason: `Unexpected empty list, expected at least ${options.min} value${options.min > 1 ? 's' : ''}`});
      }
      return out;
    },
    {refKinds: item.refKinds, shape: item.shape, vocabulary: item.vocabulary, pattern: item.pattern},
  );
}

/** A reference id, as written in front matter (`REC-GOV-03` or `REC-GOV-03@2021`). */
export function ref<const O extends Options>(refKinds: readonly Kind[], options: O): Field<string, Req<O>> {
  return field(
    'id',
    options,
    (value, path, context) => {
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
      context.report({path, ruleId: 'kb:invalid-value', reason: `Unexpected ${describe(value)}, expected an id such as \`${families.find((f) => f.kind === refKinds[0])?.shape}\``});
      return undefined;
    },
    {refKinds},
  );
}

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A year, a year and month, or a full date (`2021`, `2021-04`, `2021-04-13`). */
export function date<const O extends Options>(options: O): Field<string, Req<O>> {
  return field('date', options, (value, path, context) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    const shown = typeof value === 'number' ? String(value) : value;
    if (typeof shown === 'string' && isoDate.test(shown)) return shown;
    context.report({path, ruleId: 'kb:invalid-value', reason: `Unexpected ${describe(value)}, expected a date as YYYY, YYYY-MM or YYYY-MM-DD`});
    return undefined;
  }, {pattern: isoDate});
}

/** A whole number. */
export function integer<const O extends Options>(options: O): Field<number, Req<O>> {
  return field('integer', options, (value, path, context) => {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    context.report({path, ruleId: 'kb:invalid-value', reason: `Unexpected ${describe(value)}, expected a whole number`});
    return undefined;
  });
}

const address = /^https?:\/\/[^\s]+$/;

/** An absolute http(s) address. */
export function url<const O extends Options>(options: O): Field<string, Req<O>> {
  return field('url', options, (value, path, context) => {
    if (typeof value === 'string' && address.test(value)) return value;
    context.report({path, ruleId: 'kb:invalid-value', reason: `Unexpected ${describe(value)}, expected an address starting with \`https://\` or \`http://\``});
    return undefined;
  }, {pattern: address});
}

type Shape = Record<string, Field<unknown, boolean>>;

/** Values read from a shape: required fields are present, others optional. */
export type Infer<S extends Shape> = {
  readonly [K in keyof S as S[K]['required'] extends true ? K : never]: S[K] extends Field<infer T> ? T : never;
} & {
  readonly [K in keyof S as S[K]['required'] extends true ? never : K]?: S[K] extends Field<infer T> ? T : never;
};

/** A mapping with named fields; unknown keys are reported. */
export function object<S extends Shape, const O extends Options>(shape: S, options: O): Field<Infer<S>, Req<O>> {
  const read: Field<Infer<S>>['read'] = (value, path, context) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
      context.report({path, ruleId: 'kb:invalid-value', reason: `Unexpected ${describe(value)}, expected a mapping with ${Object.keys(shape).map((k) => `\`${k}\``).join(', ')}`});
      return undefined;
    }
    return readShape(shape, value as Record<string, unknown>, path, context, []) as Infer<S>;
  };
  return field('mapping', options, read, {shape});
}

/**
 * Reads `record` against `shape`: reports missing required fields (unless
 * `partial`, as in a translated page that repeats only some fields) and
 * unknown keys (with the nearest known key), and returns the values read.
 */
export function readShape(
  shape: Shape,
  record: Record<string, unknown>,
  path: FieldPath,
  context: ReadContext,
  passThrough: readonly string[],
  partial = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(shape)) {
    const value = record[key];
    if (value === undefined || value === null || value === '') {
      if (spec.required && !partial) {
        context.report({path: path.length ? path : [key], ruleId: 'kb:missing-field', reason: `Unexpected missing \`${key}\`, expected ${spec.description.charAt(0).toLowerCase()}${spec.description.slice(1).replace(/\.$/, '')}`});
      }
      continue;
    }
    const read = spec.read(value, [...path, key], context);
    if (read !== undefined) out[key] = read;
  }
  for (const key of Object.keys(record)) {
    if (Object.hasOwn(shape, key) || passThrough.includes(key)) continue;
    const suggestion = context.suggest(key, [...Object.keys(shape), ...passThrough]);
    context.report({
      path: [...path, key],
      ruleId: 'kb:unknown-field',
      reason: `Unexpected field \`${key}\`, expected one of the fields of this kind of item`,
      suggestion: suggestion && `did you mean \`${suggestion}\`?`,
      at: 'key',
    });
  }
  return out;
}

const partnerIds = Object.fromEntries(partners.map((p) => [p.id, p]));

const source = object(
  {
    title: text({required: true, description: 'The title of the page or document, as published.'}),
    url: url({required: true, description: 'Its public address.'}),
  },
  {description: 'A public source.'},
);

const statusChange = <K extends keyof typeof statuses>(kind: K) =>
  object(
    {
      status: term(statuses[kind], 'status', {required: true, description: 'The status the item took.'}),
      date: date({required: true, description: 'When it took that status.'}),
      meeting: ref(['meeting', 'debate'], {description: 'The meeting or debate that decided it, where there was one.'}),
      note: text({description: 'Why, in a sentence.'}),
    },
    {description: 'One change of status.'},
  );

/** Fields every item has. */
const common = {
  ref: text({required: true, description: 'The stable reference id of the item.'}),
  title: text({required: true, description: 'The title readers see.'}),
};

/** The front-matter schema of each kind of item. */
export const schemas = {
  recommendation: {
    ...common,
    theme: term(themes, 'theme', {required: true, description: 'The White Paper theme; its code is the middle of the id.'}),
    levels: list(term(policyLevels, 'policy level', {description: 'A level of government.'}), {required: true, min: 1, description: 'The levels of government the recommendation addresses.'}),
    actors: list(term(actors, 'actor', {description: 'An actor.'}), {required: true, min: 1, description: 'Who should act on it.'}),
    targetGroups: list(term(targetGroups, 'target group', {description: 'A target group.'}), {description: 'Who it is for.'}),
    status: term(statuses.recommendation, 'status', {required: true, description: 'Where the recommendation stands: draft, adopted, under-review, superseded or withdrawn.'}),
    statusHistory: list(statusChange('recommendation'), {required: true, min: 1, description: 'Each change of status, with its date and the meeting that decided it.'}),
    summary: text({required: true, description: 'A plain-language summary in one or two sentences.'}),
    evidence: list(ref(['best-practice', 'meeting', 'debate'], {description: 'An id.'}), {description: 'Best practices, meetings and debates the recommendation rests on.'}),
    replacedBy: ref(['recommendation'], {description: 'The recommendation that replaces a superseded one.'}),
  },
  'best-practice': {
    ...common,
    country: term(countries, 'country', {required: true, description: 'ISO 3166 code of the country; the middle of the id.'}),
    alsoIn: list(term(countries, 'country', {description: 'A country.'}), {description: 'Other countries where the practice runs.'}),
    city: text({description: 'The town or city.'}),
    organisation: text({required: true, description: 'The organisation that runs it.'}),
    partner: term(partnerIds, 'partner', {description: 'The network partner whose practice it is, if any.'}),
    themes: list(term(themes, 'theme', {description: 'A theme.'}), {required: true, min: 1, description: 'The White Paper themes it illustrates.'}),
    targetGroups: list(term(targetGroups, 'target group', {description: 'A target group.'}), {required: true, min: 1, description: 'Who it is for.'}),
    period: object(
      {
        start: date({required: true, description: 'When it started.'}),
        end: text({description: 'When it ended: a date, or `ongoing`.'}),
      },
      {description: 'When it ran.'},
    ),
    status: term(statuses['best-practice'], 'status', {required: true, description: 'draft, documented (from public sources) or reviewed (by a partner).'}),
    implements: list(ref(['recommendation', 'strategy'], {description: 'An id.'}), {description: 'Recommendations and strategy items the practice illustrates.'}),
    sources: list(source, {required: true, min: 1, description: 'The public pages the entry is written from.'}),
    consent: text({description: 'Who gave consent to publish a private contact named in the entry, and when.'}),
  },
  meeting: {
    ...common,
    number: integer({description: 'The order of the international meeting.'}),
    host: term(partnerIds, 'partner', {description: 'The partner that hosted it, where the sources say.'}),
    city: text({required: true, description: 'Where it was held (or hosted from).'}),
    country: term(countries, 'country', {required: true, description: 'The host country.'}),
    dates: object(
      {
        start: date({required: true, description: 'First day.'}),
        end: date({description: 'Last day.'}),
      },
      {description: 'When it was held; omitted where the sources give no date.'},
    ),
    format: term(meetingFormats, 'format', {required: true, description: 'in-person, hybrid, online or unknown.'}),
    status: term(statuses.meeting, 'status', {required: true, description: 'draft, documented or reviewed.'}),
    outcomes: list(
      object(
        {
          summary: text({required: true, description: 'What came out of the meeting.'}),
          recommendations: list(ref(['recommendation'], {description: 'An id.'}), {description: 'The recommendations it led to.'}),
        },
        {description: 'An outcome.'},
      ),
      {description: 'What came out of the meeting, each with the recommendations it led to.'},
    ),
    sources: list(source, {description: 'The public pages the entry is written from.'}),
  },
  debate: {
    ...common,
    date: date({description: 'When it was held.'}),
    status: term(statuses.debate, 'status', {required: true, description: 'draft or documented.'}),
    outcomes: list(
      object(
        {
          summary: text({required: true, description: 'What came out of the debate.'}),
          recommendations: list(ref(['recommendation'], {description: 'An id.'}), {description: 'The recommendations it led to.'}),
        },
        {description: 'An outcome.'},
      ),
      {description: 'What came out of the debate.'},
    ),
    sources: list(source, {description: 'The public pages the entry is written from.'}),
  },
  strategy: {
    ...common,
    objective: ref(['strategy'], {description: 'For an action: the objective it serves.'}),
    implements: list(ref(['recommendation'], {description: 'An id.'}), {description: 'The recommendations the action carries out.'}),
    actors: list(term(actors, 'actor', {description: 'An actor.'}), {description: 'Who carries it out.'}),
    status: term(statuses.strategy, 'status', {required: true, description: 'draft or adopted.'}),
    indicators: list(text({description: 'An indicator.'}), {description: 'How progress is measured.'}),
  },
} as const satisfies Record<Kind, Shape>;

/** The typed fields of an item of kind `K`, derived from its schema. */
export type ItemFields<K extends Kind> = Infer<(typeof schemas)[K]>;

/**
 * Front-matter keys Docusaurus itself reads, allowed on every page, and
 * the translation record of a translated page.
 */
export const docusaurusKeys = [
  'id',
  'slug',
  'sidebar_label',
  'sidebar_position',
  'sidebar_class_name',
  'description',
  'keywords',
  'image',
  'hide_title',
  'hide_table_of_contents',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'draft',
  'unlisted',
  'last_update',
  'custom_edit_url',
  'l10n',
] as const;
