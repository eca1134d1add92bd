// The lines a block map's removed entries take with them. An entry's own
// lines go, and so does the comment directly above it (no blank line between)
// where it speaks of that entry alone: the entry is the last of its group
// (entries that follow one another with no blank line or comment between), or
// the comment names it and no entry of the group that stays. Otherwise the
// comment heads the group, and stays while the group keeps an entry. A
// removal between two blank lines takes one of them.

import type { Pair } from "yaml";
import { keyText } from "../read/source-map.js";
import { regExpText } from "../rules/regexp-text.js";
import type { Splice } from "./text-splices.js";
import { blankLineBefore, columnOfOffset, keyStart, lineStartAt, pairEnd } from "./yaml-places.js";

/** The splices that remove `removed`, entries of a block map whose entries are `pairs` (in order). */
export function removalSplices(text: string, pairs: readonly Pair[], removed: ReadonlySet<Pair>): Splice[] {
  const ranges = [...entryRanges(text, pairs, removed).values()];
  // Neighbours removed together are one removal, so that the blank lines around them are seen.
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && previous.end === range.start) previous.end = range.end;
    else merged.push({ ...range });
  }
  return merged.map(({ start, end }) => {
    const blankAfter = end >= text.length || text.slice(end, afterLine(text, end)).trim() === "";
    return { start: blankLineBefore(text, start) && blankAfter ? lineStartAt(text, start - 1) : start, end, text: "" };
  });
}

/**
 * The text each of `removed` (entries of a block map whose entries are `pairs`, in order) takes when it leaves its
 * place, removed or moved: its own lines, and the comment directly above it where that speaks of it alone.
 */
export function entryRanges(
  text: string,
  pairs: readonly Pair[],
  removed: ReadonlySet<Pair>,
): Map<Pair, { start: number; end: number }> {
  const lineOf = (pair: Pair) => lineStartAt(text, keyStart(pair));
  const ranges = new Map<Pair, { start: number; end: number }>();
  pairs.forEach((pair, index) => {
    if (!removed.has(pair)) return;
    const line = lineOf(pair);
    const comment = commentAbove(text, line, columnOfOffset(text, keyStart(pair)));
    // The group the comment heads: this entry and those that follow it directly.
    let last = index;
    while (pairs[last + 1] !== undefined && lineOf(pairs[last + 1] as Pair) === pairEnd(text, pairs[last] as Pair))
      last += 1;
    const staying = pairs.slice(index, last + 1).filter((p) => !removed.has(p));
    const words = text.slice(comment, line);
    const alone =
      staying.length === 0 || (names(words, keyText(pair.key)) && !staying.some((p) => names(words, keyText(p.key))));
    ranges.set(pair, { start: alone ? comment : line, end: pairEnd(text, pair) });
  });
  return ranges;
}

/** The start of the comment lines directly above the line at `lineStart`, at `column`; `lineStart` when there are none. */
function commentAbove(text: string, lineStart: number, column: number): number {
  let start = lineStart;
  while (start > 0) {
    const above = lineStartAt(text, start - 1);
    const line = text.slice(above, start - 1);
    if (!line.trimStart().startsWith("#") || line.length - line.trimStart().length !== column) break;
    start = above;
  }
  return start;
}

/** Just after the end of the line that starts at `offset`. */
function afterLine(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}

/** Whether a comment names `key` as a word of its own. */
const names = (comment: string, key: string): boolean =>
  new RegExp(`(^|[^\\w])${regExpText(key)}($|[^\\w])`).test(comment);
