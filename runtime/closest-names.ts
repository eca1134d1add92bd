// The names closest to a misspelt one, and the one rule by which the package
// suggests a name (nearNames): a configuration's error, a mock's handler, a
// field a strict call refuses. Generated code depends on no package, so the
// edit distance is computed here.

/** At most this many edits, and at most a third of the name's length (at least 1): a likely typo, not another name. */
const MAX_EDITS = 3;

/**
 * The names of `names` within a few edits of `name` (case aside; two adjacent letters swapped count as one edit,
 * as a typist makes them), the closest first and, among equally close, in the order given; empty when none is close.
 */
export function closestNames(name: string, names: readonly string[]): string[] {
  return ranked(name, names).map((n) => n.name);
}

/**
 * The names `name` is plausibly meant for, as every suggestion of the package names them: of `names`, the
 * closest within a few edits (closestNames: case aside, so one in another case is the closest of all; at most a
 * third of the name's length), every one as close where several are; where none is, the names held `elsewhere`
 * (a field of a container, "cardData.cardNumber", given at the top) whose last segment `name` is, case aside;
 * none when nothing is close. A suggestion is always one of the names given. A validator's `meant`, worked out
 * while it validates, takes the part of this rule that costs no table: a slip of the keyboard, one edit of one
 * name (field-slips.ts), which this rule names too unless a name is closer still.
 */
export function nearNames(name: string, names: readonly string[], elsewhere: readonly string[] = []): string[] {
  const near = ranked(name, names);
  const closest = near[0]?.edits;
  if (closest !== undefined) return near.filter((n) => n.edits === closest).map((n) => n.name);
  const word = name.toLowerCase();
  return elsewhere.filter((known) => known.slice(known.lastIndexOf(".") + 1).toLowerCase() === word);
}

/** The names of `names` within a few edits of `name`, case aside, with their edits: the closest first, stable. */
function ranked(name: string, names: readonly string[]): { readonly name: string; readonly edits: number }[] {
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
  return near.sort((a, b) => a.edits - b.edits);
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
