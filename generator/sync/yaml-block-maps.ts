// Entries added to a mapping written in block style (one entry a line, or
// more for a block value): each on lines of its own at the column of the
// map's keys, and entries separated by blank lines (the lists of a dictionary
// file) kept so. The edits of mappings written on one line are
// yaml-flow-maps.ts's.

import type { Pair, YAMLMap } from "yaml";
import type { TextSplices } from "./text-splices.js";
import { blankLineBefore, columnOfOffset, keyStart, lineStartAt, mapEnd, pairEnd } from "./yaml-places.js";
import { renderEntry, type ValueStyle, type YamlValue } from "../rules/yaml-render.js";

export class BlockMapEdits {
  constructor(
    private readonly text: string,
    private readonly splices: TextSplices,
  ) {}

  /** The column of a block map's entries: its first key's, or the map's own when it is empty. */
  column(map: YAMLMap, pairs: readonly Pair[]): number {
    return columnOfOffset(this.text, pairs[0] ? keyStart(pairs[0]) : (map.range?.[0] ?? 0));
  }

  /** Adds `key: value` after the entry `anchor`, or before the map's first entry when there is none. */
  insertAfter(
    map: YAMLMap,
    pairs: readonly Pair[],
    anchor: Pair | undefined,
    key: string,
    value: YamlValue,
    style: ValueStyle,
  ): void {
    const entry = renderEntry(key, value, this.column(map, pairs), style);
    const first = pairs[0];
    let at: number;
    if (anchor) at = pairEnd(this.text, anchor);
    else at = first ? lineStartAt(this.text, keyStart(first)) : mapEnd(this.text, map);
    this.splices.add({ start: at, end: at, text: `${entry}\n` });
  }

  /** Adds `key: value` just before the entry `next` (after the last when none), ranked as `rank` among the insertions there. */
  insertBefore(
    map: YAMLMap,
    pairs: readonly Pair[],
    next: Pair | undefined,
    key: string,
    value: YamlValue,
    style: ValueStyle,
    rank: string,
  ): void {
    const entry = renderEntry(key, value, this.column(map, pairs), style);
    if (next) {
      const at = lineStartAt(this.text, keyStart(next));
      // Entries separated by blank lines (the lists of a dictionary file) stay so.
      this.splices.add({
        start: at,
        end: at,
        text: `${entry}\n${blankLineBefore(this.text, at) ? "\n" : ""}`,
        rank,
      });
      return;
    }
    const last = pairs.at(-1);
    const at = last ? pairEnd(this.text, last) : mapEnd(this.text, map);
    const blank = last !== undefined && blankLineBefore(this.text, lineStartAt(this.text, keyStart(last)));
    this.splices.add({ start: at, end: at, text: `${blank ? "\n" : ""}${entry}\n`, rank });
  }

  /** Replaces the whole entry `pair` by `key: value` rendered anew, at its column (a field rewritten in another style). */
  replaceEntry(pair: Pair, key: string, value: YamlValue, style: { flow?: boolean }): void {
    const start = lineStartAt(this.text, keyStart(pair));
    const column = columnOfOffset(this.text, keyStart(pair));
    this.splices.add({ start, end: pairEnd(this.text, pair), text: `${renderEntry(key, value, column, style)}\n` });
  }
}
