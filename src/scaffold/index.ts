/**
 * `npm run new -- <kind> [--flag value …]`: starts a best practice, a
 * recommendation or a meeting. Asks for what the flags do not give (in a
 * terminal), offers the controlled vocabularies, answers a typo with a
 * suggestion, picks the id, writes the file with every field explained, and
 * says what to do next. Without a terminal, a missing answer is an error
 * that names the flags to give: it never waits for input that cannot come.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createInterface} from 'node:readline';
import type {Readable, Writable} from 'node:stream';
import {parseArgs} from 'node:util';
import {loadContentIndex} from '../content/loader';
import {schemas} from '../content/schema';
import {docPathOf, urlOf} from '../content/site';
import {nearest} from '../content/suggest';
import {countries} from '../content/vocabularies';
import {readAnswer} from './answers';
import {bodies, fieldAt, fileOf, fixedFields, newId, questions, scaffoldKinds, type Question, type ScaffoldKind} from './kinds';
import {explain, renderEntry} from './template';

/** Where `runNew` reads, writes and works. */
export interface NewIo {
  /** Answers come from here; prompts only when it is a terminal (`isTTY`). */
  readonly stdin: Readable & {isTTY?: boolean};
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The site directory, where the entry is written. */
  readonly siteDir: string;
  /** Today, `YYYY-MM-DD`, for the first entry of a recommendation's status history. */
  readonly today: string;
}

const usage = `Usage: npm run new -- <kind> [--flag value …]

Kinds: ${scaffoldKinds.join(', ')}.
${scaffoldKinds.map((kind) => `\n${kind}:\n${questions[kind].map((q) => `  --${q.flag.padEnd(14)} ${q.prompt}${q.required ? '' : ' (optional)'}`).join('\n')}`).join('\n')}

In a terminal, what the flags do not give is asked for.`;

/** Runs the command; resolves with the exit code (0 written, 1 stopped, 2 wrong usage). */
export async function runNew(argv: readonly string[], io: NewIo): Promise<number> {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const fail = (text: string, code = 2) => {
    io.stderr.write(`${text}\n`);
    return code;
  };
  const flags = new Set(scaffoldKinds.flatMap((kind) => questions[kind].map((q) => q.flag)));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {help: {type: 'boolean', short: 'h'}, ...Object.fromEntries([...flags].map((flag) => [flag, {type: 'string'}]))},
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`);
  }
  const [kindArg] = parsed.positionals;
  if (parsed.values.help) {
    say(usage);
    return 0;
  }
  if (!scaffoldKinds.includes(kindArg as ScaffoldKind)) {
    const guess = kindArg && nearest(kindArg, scaffoldKinds);
    return fail(`${kindArg ? `Unexpected kind \`${kindArg}\`` : 'Missing kind'}, expected ${scaffoldKinds.map((k) => `\`${k}\``).join(', ')}${guess ? `; did you mean \`${guess}\`?` : ''}\n\n${usage}`);
  }
  const kind = kindArg as ScaffoldKind;
  const given = parsed.values as Record<string, string | undefined>;
  const foreign = Object.keys(given).filter((flag) => flag !== 'help' && !questions[kind].some((q) => q.flag === flag));
  if (foreign.length > 0) return fail(`Unexpected ${foreign.map((f) => `--${f}`).join(', ')} for a ${kind}, expected ${questions[kind].map((q) => `--${q.flag}`).join(', ')}`);

  const index = loadContentIndex(io.siteDir);
  const interactive = io.stdin.isTTY === true;
  const missing = questions[kind].filter((q) => q.required && given[q.flag] === undefined);
  if (!interactive && missing.length > 0) {
    return fail(
      `Missing ${missing.map((q) => `--${q.flag}`).join(', ')}: standard input is not a terminal, so nothing can be asked.\n` +
        `Give every answer as a flag, for example:\n  npm run new -- ${kind} ${missing.map((q) => `--${q.flag} …`).join(' ')}\nor run the command in a terminal to be asked.`,
    );
  }

  const values: Record<string, unknown> = {};
  for (const question of questions[kind]) {
    const flag = given[question.flag];
    if (flag !== undefined) {
      const answer = readAnswer(kind, question, flag, index);
      if ('error' in answer) return fail(`--${question.flag}: ${answer.error}`);
      setAt(values, question.path, answer.value);
    }
  }

  if (interactive) {
    const reader = createInterface({input: io.stdin, terminal: false});
    const lines = reader[Symbol.asyncIterator]();
    try {
      for (const question of questions[kind]) {
        if (given[question.flag] !== undefined) continue;
        const value = await askUntilAnswered(kind, question, lines, index, say, io.stdout);
        if (value === stopped) return fail(`Stopped: no answer for "${question.prompt}". Nothing was written.`, 1);
        setAt(values, question.path, value);
      }
    } finally {
      reader.close();
    }
  }

  Object.assign(values, fixedFields(kind, io.today));
  const id = newId(kind, values, index);
  if ('error' in id) return fail(id.error);
  const file = fileOf(kind, id.id);
  const absolute = path.join(io.siteDir, file);
  if (existsSync(absolute)) return fail(`Unexpected existing file ${file}, expected a new one; nothing was written`);
  mkdirSync(path.dirname(absolute), {recursive: true});
  if (kind === 'best-practice') {
    const category = path.join(path.dirname(absolute), '_category_.json');
    if (!existsSync(category)) writeFileSync(category, `${JSON.stringify({label: countries[values.country as keyof typeof countries].label})}\n`);
  }
  writeFileSync(absolute, renderEntry(schemas[kind], {ref: id.id, ...values}, bodies[kind]));

  const relativePath = file.split('/').slice(1).join('/');
  const url = urlOf({instance: kind === 'recommendation' ? 'white-paper' : 'docs', version: 'current', locale: 'en', docPath: docPathOf(relativePath, undefined)}, index.editions);
  say(`Created ${file} (${id.id}).

Next:
  1. Write the text in ${file}. Every field is explained in the comment above it:
     fill in what you know, and leave the rest commented out. Write only what a public
     source or your organisation confirms.
  2. Check it:    npm run check
  3. Preview it:  npm start, then open http://localhost:3000${url}
  4. Propose it:  commit the file and open a pull request (see CONTRIBUTING.md).`);
  return 0;
}

const stopped = Symbol('stopped');

/** Asks `question` until the answer reads; `stopped` at the end of input. */
async function askUntilAnswered(
  kind: ScaffoldKind,
  question: Question,
  lines: AsyncIterator<string>,
  index: ReturnType<typeof loadContentIndex>,
  say: (text: string) => void,
  stdout: Writable,
): Promise<unknown> {
  const field = fieldAt(kind, question.path);
  say(`\n${question.prompt}${question.required ? '' : ' (optional: press Enter to skip)'}\n  ${explain(field, {values: !field.vocabulary})}`);
  if (field.vocabulary) {
    Object.entries(field.vocabulary).forEach(([key, label], i) => say(`  ${String(i + 1).padStart(2)}. ${key}${label !== key ? ` (${label})` : ''}`));
    if (field.type.startsWith('list of ')) say('  Several: separate them with commas.');
  }
  for (;;) {
    stdout.write('> ');
    const line = await lines.next();
    if (line.done) return stopped;
    const answer = readAnswer(kind, question, line.value, index);
    if (!('error' in answer)) return answer.value;
    say(`  ${answer.error}`);
  }
}

/** Sets `value` at `fieldPath` in `target`, making lists and mappings on the way; `undefined` is left out. */
function setAt(target: Record<string, unknown>, fieldPath: readonly (string | number)[], value: unknown): void {
  if (value === undefined) return;
  let node = target as Record<string | number, unknown>;
  fieldPath.slice(0, -1).forEach((segment, i) => {
    node[segment] ??= typeof fieldPath[i + 1] === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
  node[fieldPath.at(-1)!] = value;
}
