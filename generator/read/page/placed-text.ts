// A line's text rewritten as the reader reads it (each run of blanks one
// space, composed), each character remembering where it stands in the saved
// line: a diagnostic points at the column an editor shows for the saved file,
// however the rewriting moved the text.

export interface PlacedText {
  readonly text: string;
  /** Where each character of `text` is in the saved text, and one past its end; null while nothing moved. */
  readonly offsets: readonly number[] | null;
}

/**
 * `placed.text` with each match of `pattern` (global) replaced by `replace(match)`: the k-th character of a
 * replacement is placed where the k-th character of its match was, or where its match's last one was.
 */
export function replacePlaced(placed: PlacedText, pattern: RegExp, replace: (match: string) => string): PlacedText {
  const { text } = placed;
  const from = (i: number): number => placed.offsets?.[i] ?? i;
  let out = "";
  const offsets: number[] = [];
  let end = 0;
  let matched = false;
  let moved = placed.offsets !== null;
  for (const match of text.matchAll(pattern)) {
    matched = true;
    const [found] = match;
    const start = match.index;
    const by = replace(found);
    for (let i = end; i < start; i++) offsets.push(from(i));
    for (let k = 0; k < by.length; k++) offsets.push(from(start + Math.min(k, found.length - 1)));
    out += text.slice(end, start) + by;
    end = start + found.length;
    moved ||= by.length !== found.length;
  }
  if (!matched) return placed;
  for (let i = end; i <= text.length; i++) offsets.push(from(i));
  return { text: out + text.slice(end), offsets: moved ? offsets : null };
}

/**
 * What composes with the character before it: a combining mark, and a Hangul vowel or final consonant (conjoining
 * jamo). A run of text from one character that is none of these to the next composes apart from the rest.
 */
const COMBINING = "\\p{M}\\u1160-\\u11FF";
const CLUSTER = new RegExp(`[^${COMBINING}][${COMBINING}]*|[${COMBINING}]+`, "gu");

/**
 * The text composed (Unicode NFC), as the spec writes it: a page saved decomposed ("e" then U+0301 where the
 * spec has "é") read as another text that shows alike, which sync wrote into the spec. Each cluster composes
 * apart, so that each composed character keeps the place of the first of those it was composed from.
 */
export function composedText(placed: PlacedText): PlacedText {
  const { text } = placed;
  // ASCII is composed already; most lines are.
  if (!/[^\0-\x7f]/.test(text) || text.normalize("NFC") === text) return placed;
  return replacePlaced(placed, CLUSTER, (cluster) => cluster.normalize("NFC"));
}
