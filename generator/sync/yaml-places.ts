// Where things stand in a YAML file's text: the offsets the editor (yaml-text.ts)
// splices at, worked out from the text and yaml's node ranges. Edits go in
// whole lines where the file is a block, so most places are a line's start or
// the end of a pair's last line.

import type { Node, Pair, YAMLMap } from "yaml";

/** The offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The column of `offset` in its line. */
export function columnOfOffset(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}

/** Whether the line before the one starting at `lineStart` is blank. */
export function blankLineBefore(text: string, lineStart: number): boolean {
  return lineStart >= 2 && text.slice(lineStartAt(text, lineStart - 1), lineStart).trim() === "";
}

/** Just after the newline that ends a pair's last line (the text's end when it has none). */
export function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null;
  const last = Math.max((value?.range?.[1] ?? (pair.key as Node).range?.[1] ?? 0) - 1, 0);
  return afterNewlineFrom(text, last);
}

/** Just after the newline that ends a map's last line: where an entry goes into an empty block map. */
export function mapEnd(text: string, map: YAMLMap): number {
  return afterNewlineFrom(text, Math.max((map.range?.[1] ?? text.length) - 1, 0));
}

function afterNewlineFrom(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The offset at which a pair's key starts. */
export function keyStart(pair: Pair): number {
  return (pair.key as Node).range?.[0] ?? 0;
}
