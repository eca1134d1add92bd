import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo:
 * same letters in another case, an abbreviation, or an edit distance of at most a third of the
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
    const d = other === lower ? 0 : abbreviated ? limit : distance(lower, other);
    if (d > limit) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
