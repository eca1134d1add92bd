// A list item moved a column right (`   - 2` under `  - 1`) is valid YAML:
// the line runs on the plain text of the item above, which becomes `1 - 2`.
// In a spec that is a value list's value, an example or a note changed with no
// error at all (a field's `values` or a note's lines take any text). Such a
// line, found in the parse's tokens, is said as one error at its dash.
//
// Valid text that holds such lines on purpose is never refused, so a line is
// said only where it reads as an item typed a column off and as nothing else:
// - the value it runs on is a list item's own (begun on its `- ` line): under
//   a key's value, text may go on at any column, and a `- ` line is as often
//   text (a markdown list in a description) as a slip;
// - its dash is one column right of the item's, where the YAML library never
//   writes a line of an item's text (it indents them two columns past the
//   dash, at any indent it is given, folded lines too);
// - the line above it is not blank: the library writes a line break of the
//   text as a blank line in a plain value, and a maintainer types a list's
//   items one under the other.

import type { CST } from "yaml";
import { columnOf } from "./indent-slips.js";

/** A dash and a space (or the line's end) at a continuation line's start. */
const DASH_LINE = /\n([ ]*)-(?:[ ]|$)/gm;

/** Each line of a list item's plain value that reads as an item moved a column right (the first of each value), said at its dash. */
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
      if (node.type !== "block-seq" || !value.source.includes("\n")) continue;
      const dash = item.start.find((t) => t.type === "seq-item-ind");
      if (!dash || text.slice(dash.offset, value.offset).includes("\n")) continue;
      const offset = movedItem(value.source, columnOf(text, dash.offset));
      if (offset !== undefined)
        found.push({ offset: value.offset + offset, detail: runOnDetail(text, node, value, value.offset + offset) });
    }
  };
  for (const token of tokens) if (token.type === "document") walk(token.value);
  return found;
}

/** Where in a list item's plain value (`source`) the first line with its dash a column right of the item's is, if any. */
function movedItem(source: string, itemColumn: number): number | undefined {
  for (const line of source.matchAll(DASH_LINE)) {
    const indent = line[1] ?? "";
    const before = source.slice(source.lastIndexOf("\n", line.index - 1) + 1, line.index);
    if (indent.length === itemColumn + 1 && before.trim() !== "") return line.index + 1 + indent.length;
  }
  return undefined;
}

function runOnDetail(text: string, parent: CST.BlockSequence, value: CST.FlowScalar, at: number): string {
  const read = value.source
    .split("\n")
    .map((line) => line.trim())
    .join(" ");
  const shown = read.length > 60 ? `${read.slice(0, 57)}...` : read;
  const first = parent.items[0]?.start.find((t) => t.type === "seq-item-ind")?.offset ?? at;
  return `All sequence items must start at the same column: this item starts at column ${columnOf(text, at) + 1}, the first of its sequence (line ${lineOf(text, first)}) at column ${columnOf(text, first) + 1}; it is read as text of the item on line ${lineOf(text, value.offset)} ("${shown}")`;
}

const lineOf = (text: string, at: number): number => text.slice(0, at).split("\n").length;
