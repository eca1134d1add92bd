// The edits between two names, for the rule of near names (closest-names.ts).
// A validator asks it on its error path, for each unknown key of its first
// few problems (issues.ts): so it allocates nothing there. The table's rows
// are kept from one call to the next, and a name made of ASCII alone is
// compared by its codes, its case folded, not lowered into a new string.

/** Three rows of the table (two before the current one, for a swap), grown when a longer name comes. */
let rows = new Int32Array(3 * 64);

/** Whether every unit of `text` is ASCII: its case then folds code by code, and its length stays. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** `text` as the rule compares it: itself where ASCII (its codes folded as they are read), else in lower case. */
export const comparable = (text: string): string => (isAscii(text) ? text : text.toLowerCase());

/** A code with an ASCII capital taken to its small letter. */
const folded = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * The characters `text` holds, as the bits of a number: bit i where it holds a character whose folded code ends
 * in the 5 bits of i. Two names' bits bound their edits from below ({@link apartAtLeast}) in one test, where
 * their table takes one step per pair of characters.
 */
export function characterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= 1 << (folded(text.charCodeAt(i)) & 31);
  return bits;
}

/**
 * Whether names of the character bits `a` and `b` are more than `limit` edits apart on their bits alone: an edit
 * brings in at most one character the other lacks and takes out at most one, and a swap neither, so a name
 * holding more than `limit` kinds of character the other lacks is farther. Characters that share bits only
 * lower the count: still a bound.
 */
export function apartAtLeast(a: number, b: number, limit: number): boolean {
  return beyond(a & ~b, limit) || beyond(b & ~a, limit);
}

/** Whether `bits` has more than `limit` bits set, counting no further. */
function beyond(bits: number, limit: number): boolean {
  let left = bits;
  for (let count = 0; count <= limit; count++) {
    if (left === 0) return false;
    left &= left - 1;
  }
  return true;
}

/**
 * The edits from `a` to `b` (each as {@link comparable} gives it), case aside: a character inserted, removed or
 * replaced, or two adjacent ones swapped (the optimal string alignment), where they are at most `limit`; else
 * `limit + 1`, told from the lengths alone where they are too far apart, and as soon as a row of the table
 * holds nothing within the limit (a swap reads the row before it, which then holds nothing below it either).
 */
export function editsWithin(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  const width = n + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  const table = rows;
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= n; j++) table[previous + j] = j;
  let last = -1;
  for (let i = 1; i <= m; i++) {
    const code = folded(a.charCodeAt(i - 1));
    table[current] = i;
    let least = i;
    let left = -1;
    for (let j = 1; j <= n; j++) {
      const other = folded(b.charCodeAt(j - 1));
      const replaced = (table[previous + j - 1] as number) + (code === other ? 0 : 1);
      let best = Math.min((table[previous + j] as number) + 1, (table[current + j - 1] as number) + 1, replaced);
      if (code === left && last === other) best = Math.min(best, (table[before + j - 2] as number) + 1);
      table[current + j] = best;
      if (best < least) least = best;
      left = other;
    }
    if (least > limit) return limit + 1;
    last = code;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  const edits = table[previous + n] as number;
  return edits <= limit ? edits : limit + 1;
}
