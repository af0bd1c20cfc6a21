/**
 * The nearest candidate to a mistyped word, for "did you mean …?".
 * Optimal string alignment distance (Levenshtein plus transpositions),
 * case-insensitive; a candidate further than a third of the word's length
 * (at least 2) is no suggestion.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const word = value.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance, stopping early past `bound`. */
export function distance(a: string, b: string, bound = Infinity): number {
  let previous2: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= bound) return rowMin;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length];
}
