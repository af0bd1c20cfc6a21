/**
 * The repository's history, read in one `git log --name-status` pass: every
 * commit reachable from HEAD with its parents, whether its message marks it
 * as a trivial edit for translators, and the files it changed. Staleness of
 * every translation is computed from this, without a git call per file.
 */
import {execFileSync} from 'node:child_process';

/** The commit-message trailer that marks a source edit as not needing translation. */
export const trivialTrailer = 'L10n-trivial';

/** One commit of the history. */
export interface Commit {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The message has the trailer `L10n-trivial: true`. */
  readonly trivial: boolean;
}

/** A file changed by a commit (paths relative to the directory the history was read in). */
export interface FileChange {
  /** Position of the commit in {@link GitHistory.commits}. */
  readonly commit: number;
  /** `A`, `M`, `D`, `T`, `R` or `C`. */
  readonly status: string;
  readonly path: string;
  /** The old path of a rename or copy. */
  readonly from?: string;
  /** Similarity of a rename or copy, 0-100. */
  readonly similarity?: number;
}

/** The history of HEAD, newest commit first (topological order). */
export interface GitHistory {
  readonly head: string;
  readonly commits: readonly Commit[];
  /** Position of each commit by sha. */
  readonly positions: ReadonlyMap<string, number>;
  /** Changes by path, newest first. */
  readonly changes: ReadonlyMap<string, readonly FileChange[]>;
  /** A parent is missing: the clone is shallow, and older commits are unknown. */
  readonly truncated: boolean;
}

/** The arguments of the one git call; `%x1e` starts a commit, `%x1f` separates its fields. */
export const gitLogArguments = [
  '-c',
  'core.quotePath=false',
  'log',
  '--topo-order',
  '--relative',
  '-M',
  '--name-status',
  `--format=%x1e%H%x1f%P%x1f%(trailers:key=${trivialTrailer},valueonly,separator=%x2C)`,
  'HEAD',
];

/** Reads the history of the repository holding `dir`, with paths relative to `dir`. */
export function readGitHistory(dir: string): {history: GitHistory} | {error: string} {
  let output: string;
  try {
    output = execFileSync('git', ['-C', dir, ...gitLogArguments], {encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? (error as Error).message).trim();
    return {error: stderr.split('\n', 1)[0] || 'git log failed'};
  }
  const history = parseGitLog(output);
  return history.commits.length > 0 ? {history} : {error: 'the repository has no commits'};
}

/** Parses the output of `git log` run with {@link gitLogArguments}. */
export function parseGitLog(output: string): GitHistory {
  const commits: Commit[] = [];
  const changes = new Map<string, FileChange[]>();
  for (const record of output.split('\x1e').slice(1)) {
    const lines = record.split('\n');
    const [sha, parents, trailers] = lines[0].split('\x1f');
    const commit = commits.length;
    commits.push({
      sha,
      parents: parents ? parents.split(' ') : [],
      trivial: (trailers ?? '').split(',').some((value) => value.trim().toLowerCase() === 'true'),
    });
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const [code, first, second] = line.split('\t');
      const status = code[0];
      const change: FileChange =
        second === undefined ? {commit, status, path: first} : {commit, status, path: second, from: first, similarity: Number(code.slice(1))};
      const list = changes.get(change.path) ?? [];
      list.push(change);
      changes.set(change.path, list);
    }
  }
  const positions = new Map(commits.map((commit, i) => [commit.sha, i]));
  const truncated = commits.some((commit) => commit.parents.some((parent) => !positions.has(parent)));
  return {head: commits[0]?.sha ?? '', commits, positions, changes, truncated};
}

/**
 * The commits that changed `file`, newest first, following renames; a
 * rename that kept the text unchanged is not a change. A file created as a
 * copy of `copiedFrom` (a White Paper edition is a copy of the working
 * draft) continues with that file's history before its creation, which is
 * itself not a change.
 */
export function commitsOf(history: GitHistory, file: string, copiedFrom?: string): number[] {
  const out: number[] = [];
  let name = file;
  // Positions grow towards older commits: once the file had another name, only older changes of that name count.
  let olderThan = -1;
  let copy = copiedFrom;
  for (;;) {
    let next: {name: string; olderThan: number} | undefined;
    for (const change of (history.changes.get(name) ?? []).filter((c) => c.commit > olderThan)) {
      if (change.status === 'R' && change.from) {
        if ((change.similarity ?? 0) < 100) out.push(change.commit);
        next = {name: change.from, olderThan: change.commit};
        break;
      }
      if (change.status === 'A' && copy) {
        next = {name: copy, olderThan: change.commit};
        copy = undefined;
        break;
      }
      out.push(change.commit);
    }
    if (!next) return out;
    ({name, olderThan} = next);
  }
}

const ancestry = new WeakMap<GitHistory, Map<number, Set<number>>>();

/** The positions of `sha` and all its ancestors. */
export function ancestorsOf(history: GitHistory, sha: string): Set<number> {
  let cache = ancestry.get(history);
  if (!cache) ancestry.set(history, (cache = new Map()));
  const start = history.positions.get(sha);
  if (start === undefined) return new Set();
  const cached = cache.get(start);
  if (cached) return cached;
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const parent of history.commits[queue.pop()!].parents) {
      const at = history.positions.get(parent);
      if (at !== undefined && !seen.has(at)) {
        seen.add(at);
        queue.push(at);
      }
    }
  }
  cache.set(start, seen);
  return seen;
}

/**
 * The commits that changed `file` (see {@link commitsOf}) since `sha`
 * (reachable from HEAD, not from `sha`), newest first: those that count,
 * and the trivial ones.
 */
export function changesSince(history: GitHistory, file: string, sha: string, copiedFrom?: string): {counted: Commit[]; trivial: Commit[]} {
  const known = ancestorsOf(history, sha);
  const counted: Commit[] = [];
  const trivial: Commit[] = [];
  for (const at of commitsOf(history, file, copiedFrom)) {
    if (known.has(at)) continue;
    const commit = history.commits[at];
    (commit.trivial ? trivial : counted).push(commit);
  }
  return {counted, trivial};
}

/** The newest commit that changed `file`: the `sourceCommit` of a translation made now. */
export function lastCommitOf(history: GitHistory, file: string, copiedFrom?: string): Commit | undefined {
  const [newest] = commitsOf(history, file, copiedFrom);
  return newest === undefined ? undefined : history.commits[newest];
}
