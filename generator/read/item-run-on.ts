// A list item moved a column right (`   - 2` under `  - 1`) is valid YAML:
// the line runs on the plain text of the item above, which becomes `1 - 2`.
// In a spec that is a value list's value, an example or a note changed with no
// error at all (a field's `values` or a note's lines take any text). Such a
// line in a plain value, found in the parse's tokens, is said as one error at
// its dash; a line of a value that starts with "- " on purpose can be quoted.

import type { CST } from "yaml";

/** A dash and a space (or the line's end) at a continuation line's start. */
const DASH_LINE = /\n[ ]*-(?:[ ]|$)/m;

/** Each line of a plain value that starts with a dash (the first of each value), said at its dash. */
export function itemsRunOn(text: string, tokens: readonly CST.Token[]): { offset: number; detail: string }[] {
  const found: { offset: number; detail: string }[] = [];
  // A walk of its own: CST.visit copies a path for each item, which cost a tenth of the parse.
  const walk = (node: CST.Token | undefined): void => {
    if (node?.type !== "block-map" && node?.type !== "block-seq") return;
    for (const item of node.items) {
      const value = item.value;
      if (value?.type !== "scalar") {
        walk(value);
        continue;
      }
      const dash = value.source.includes("\n") ? DASH_LINE.exec(value.source) : null;
      if (!dash) continue;
      const offset = value.offset + dash.index + dash[0].indexOf("-");
      found.push({ offset, detail: runOnDetail(text, node, value, offset) });
    }
  };
  for (const token of tokens) if (token.type === "document") walk(token.value);
  return found;
}

function runOnDetail(
  text: string,
  parent: CST.BlockMap | CST.BlockSequence,
  value: CST.FlowScalar,
  at: number,
): string {
  const read = value.source
    .split("\n")
    .map((line) => line.trim())
    .join(" ");
  const shown = read.length > 60 ? `${read.slice(0, 57)}...` : read;
  const valueLine = lineOf(text, value.offset);
  const first = parent.items[0]?.start.find((t) => t.type === "seq-item-ind");
  if (parent.type === "block-seq" && first)
    return `All sequence items must start at the same column: this item starts at column ${columnOf(text, at) + 1}, the first of its sequence (line ${lineOf(text, first.offset)}) at column ${columnOf(text, first.offset) + 1}; it is read as text of the item on line ${valueLine} ("${shown}")`;
  return `a line that starts with "- " is read as text of the value on line ${valueLine} ("${shown}"); put a list's items at one column under a key with no value on its line, or the text in quotes`;
}

const lineOf = (text: string, at: number): number => text.slice(0, at).split("\n").length;

const columnOf = (text: string, at: number): number => at - text.lastIndexOf("\n", at - 1) - 1;
