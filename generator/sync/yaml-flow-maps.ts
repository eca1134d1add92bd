// Entries added to and removed from a mapping written on one line
// (`{ a: 1, b: 2 }`): spliced inside its braces, a comma with each, so that
// the map stays on its line as its writer wrote it. Entries asked into an
// empty map in one run are written as one edit.

import type { Node, Pair, YAMLMap } from "yaml";
import { insertionOrder, type TextSplices } from "./text-splices.js";
import { keyStart } from "./yaml-places.js";
import { inline, renderKey, type ValueStyle, type YamlValue } from "../rules/yaml-render.js";

export class FlowMapEdits {
  /** The entries asked into each empty flow map, by the offset inside its opening brace: written as one edit. */
  private readonly intoEmpty = new Map<number, { rank?: string; order: number; text: string }[]>();

  constructor(
    private readonly text: string,
    private readonly splices: TextSplices,
  ) {}

  /** Adds `key: value` after the last entry of a flow map, before its closing brace. */
  append(map: YAMLMap, key: string, value: YamlValue, style: ValueStyle, rank?: string): void {
    const close = (map.range?.[1] ?? 0) - 1;
    const at = this.text.slice(0, close).trimEnd().length;
    const entry = `${renderKey(key)}: ${inline(value, style, true)}`;
    const ranked = rank === undefined ? {} : { rank };
    if (map.items.length > 0) {
      this.splices.add({ start: at, end: at, text: `, ${entry}`, ...ranked });
      return;
    }
    // An empty map's braces, whatever space they held, become `{ key: value }`, and with every entry asked
    // into it in one run `{ a: 1, b: 2 }`, in the order of insertions at one place (text-splices.ts).
    const entries = this.intoEmpty.get(at) ?? [];
    this.intoEmpty.set(at, entries);
    entries.push({ ...ranked, order: entries.length, text: entry });
    const inside = entries.toSorted(insertionOrder).map((e) => e.text);
    this.splices.replace({ start: at, end: close, text: ` ${inside.join(", ")} ` });
  }

  /** Adds `key: value` just before the entry `next`, ranked as `rank` among the insertions there. */
  insertBefore(next: Pair, key: string, value: YamlValue, style: ValueStyle, rank: string): void {
    const at = keyStart(next);
    this.splices.add({ start: at, end: at, text: `${renderKey(key)}: ${inline(value, style, true)}, `, rank });
  }

  /** Removes the entry `pair` of the flow map whose entries are `pairs`, with one comma beside it. */
  remove(pairs: readonly Pair[], pair: Pair): void {
    const index = pairs.indexOf(pair);
    const valueEnd = (p: Pair | undefined) =>
      (p?.value as Node | null)?.range?.[1] ?? (p?.key as Node)?.range?.[1] ?? 0;
    // ", key: value" after the previous pair; or "key: value, " before the next one.
    const [start, end] =
      index > 0
        ? [valueEnd(pairs[index - 1]), valueEnd(pair)]
        : [keyStart(pair), pairs[1] ? keyStart(pairs[1]) : valueEnd(pair)];
    this.splices.add({ start, end, text: "" });
  }
}
