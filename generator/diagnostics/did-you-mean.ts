import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo:
 * same letters in another case, an abbreviation, or an edit distance (two letters swapped count
 * as one edit, as a typist makes them: "ordre" for "order") of at most a third of the
 * word's length (at least 1, at most 3). Among equally close candidates, the first in code-point
 * order. One pass, no sort, and no edit distance for candidates whose length alone rules them
 * out: a spec with many unknown names against a large dictionary stays fast.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    // An abbreviation ("int" for "integer") counts as a near miss.
    const abbreviated = word.length >= 3 && other.startsWith(lower);
    if (!abbreviated && Math.abs(other.length - lower.length) > limit) continue;
    const d = other === lower ? 0 : abbreviated ? limit : typoDistance(lower, other);
    if (d > limit) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein's distance, except that two adjacent letters swapped are one edit, not two. */
function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  return d === 2 && swapsTwoLetters(a, b) ? 1 : d;
}

/** Whether `b` is `a` with two adjacent characters swapped. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
