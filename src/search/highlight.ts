/**
 * Highlighting: which words of a text a query matched, as plain segments.
 * The page shows the segments as text (React escapes them), never as HTML,
 * so a page whose text contains markup shows that markup as text.
 */
import {wordsOf, type WordSpan} from './fold';

/** A run of text, matched by the query or not. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Whether a word of the text is matched by one of the query's words (by prefix, in folded form). */
function matches(word: WordSpan, words: readonly (readonly string[])[]): number {
  for (let i = 0; i < words.length; i++) {
    if (words[i].some((form) => word.forms.some((own) => own.startsWith(form)))) return i;
  }
  return -1;
}

function segmentsOf(text: string, spans: readonly WordSpan[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    if (span.start > at) out.push({text: text.slice(at, span.start), match: false});
    out.push({text: text.slice(span.start, span.end), match: true});
    at = span.end;
  }
  if (at < to) out.push({text: text.slice(at, to), match: false});
  return out;
}

/** The whole of `text`, with the words the query matched marked. */
export function highlight(text: string, words: readonly (readonly string[])[]): Segment[] {
  const spans = words.length ? wordsOf(text).filter((word) => matches(word, words) !== -1) : [];
  return segmentsOf(text, spans, 0, text.length);
}

/**
 * A passage of `text` of at most about `length` characters around the
 * matched words (the one with most distinct query words), cut at word
 * boundaries and marked with `…` where it is cut. Without a match, the start
 * of the text.
 */
export function snippet(text: string, words: readonly (readonly string[])[], length = 180): Segment[] {
  const all = wordsOf(text);
  const hits = words.length ? all.map((word) => ({word, query: matches(word, words)})).filter((hit) => hit.query !== -1) : [];
  let best = {start: 0, distinct: 0};
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length && hits[j].word.end - hits[i].word.start <= length; j++) seen.add(hits[j].query);
    if (seen.size > best.distinct) best = {start: hits[i].word.start, distinct: seen.size};
  }
  // Some context before the first match, starting at a word.
  const lead = Math.min(best.start, Math.floor(length / 4));
  const startWord = all.find((word) => word.end > best.start - lead);
  const start = best.distinct && startWord ? Math.min(startWord.start, best.start) : 0;
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const lastWord = all.filter((word) => word.start < end).at(-1);
    const cut = lastWord && lastWord.end <= end ? lastWord.end : (lastWord?.start ?? end);
    if (cut > start) end = cut;
  }
  const segments = segmentsOf(text, hits.map((hit) => hit.word), start, end);
  if (start > 0) segments.unshift({text: '…', match: false});
  if (end < text.length) segments.push({text: '…', match: false});
  return segments;
}
