// The names closest to a misspelt one, for a configuration's error to suggest
// rather than list every name: generated code depends on no package, so the
// edit distance is computed here.

/** At most this many edits, and at most a third of the name's length (at least 1): a likely typo, not another name. */
const MAX_EDITS = 3;

/**
 * The names of `names` within a few edits of `name` (case aside; two adjacent letters swapped count as one edit,
 * as a typist makes them), the closest first and, among equally close, in the order given; empty when none is close.
 */
export function closestNames(name: string, names: readonly string[]): string[] {
  const word = name.toLowerCase();
  const limit = Math.min(MAX_EDITS, Math.max(1, Math.floor(name.length / 3)));
  const near: { readonly name: string; readonly edits: number }[] = [];
  for (const candidate of names) {
    const other = candidate.toLowerCase();
    // A length alone too far apart needs more edits than the limit: no table for it.
    if (Math.abs(other.length - word.length) > limit) continue;
    const edits = editDistance(word, other);
    if (edits <= limit) near.push({ name: candidate, edits });
  }
  // A stable sort: equally close names keep the order given.
  return near.sort((a, b) => a.edits - b.edits).map((n) => n.name);
}

/** Edits from `a` to `b`: a character inserted, removed or replaced, or two adjacent ones swapped (optimal string alignment). */
function editDistance(a: string, b: string): number {
  // Three rows of the table: two before the current one, for a swap.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}
