/** Figures of `npm run bench:search`: percentiles, hit rate, compressed size. */
import {gzipSync} from 'node:zlib';

/** The `p`-th percentile (0–100) of `values`, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Share of queries whose expected answer is among the first `k` of its results. */
export function hitRate(answers: readonly (readonly string[])[], expected: readonly string[], k = 5): number {
  if (expected.length === 0) return Number.NaN;
  return answers.filter((answer, i) => answer.slice(0, k).includes(expected[i])).length / expected.length;
}

/** Bytes a static host sends for `content` with gzip; files already compressed are sent as they are. */
export function gzipBytes(content: string | Uint8Array): number {
  const raw = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return Math.min(raw, gzipSync(content, {level: 9}).length);
}

/** Times of each call, in ms: on the wall clock, and on this process's CPU (which a busy machine does not inflate). */
export interface Timings {
  readonly wall: number[];
  readonly cpu: number[];
}

/**
 * Runs `fn` on every query `rounds` times (after one warm-up round) and
 * times each call. When node runs with `--expose-gc`, the garbage of what
 * came before (building the index) is collected first, so that it is not
 * counted against the queries.
 */
export function timeQueries(queries: readonly string[], fn: (query: string) => unknown, rounds = 5): Timings {
  for (const query of queries) fn(query);
  (globalThis as {gc?: () => void}).gc?.();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      const used = process.cpuUsage();
      fn(query);
      const {user, system} = process.cpuUsage(used);
      wall.push(performance.now() - start);
      cpu.push((user + system) / 1000);
    }
  }
  return {wall, cpu};
}
