// Edits a YAML file in place. yaml's Document API finds the nodes and their
// ranges; the edits are spliced into the original text (text-splices.ts), so
// that everything not edited (comments, key order, quoting, line folding,
// blank lines) stays byte for byte as it was, and an unchanged file is
// rewritten identically.

import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { SpecPath } from "../read/source-map.js";
import { keyText } from "../read/source-map.js";
import { compareText } from "../rules/code-point-order.js";
import { insertionOrder, TextSplices } from "./text-splices.js";
import { documentOf } from "./yaml-documents.js";
import { blankLineBefore, columnAt, keyStart, lineStartAt, mapEnd, pairEnd } from "./yaml-places.js";
import { removalSplices } from "./yaml-removals.js";
import { inline, renderEntry, renderKey, renderValue, type YamlValue } from "./yaml-render.js";

/** How a new value is written: quoted, and (for a map or list) on one line. */
type ValueStyle = { quote?: boolean; flow?: boolean };

export class YamlEditor {
  private readonly doc: Document;
  private readonly splices = new TextSplices();
  /** The entries asked into each empty flow map, by the offset inside its opening brace: written as one edit. */
  private readonly intoEmptyFlowMaps = new Map<number, { rank?: string; order: number; text: string }[]>();
  /** The entries removed from each block map: which lines go depends on its other entries removed (yaml-removals.ts). */
  private readonly removed = new Map<YAMLMap, Set<Pair>>();

  constructor(readonly text: string) {
    this.doc = documentOf(text);
  }

  /** The node at `path`, if any. */
  node(path: SpecPath): Node | null {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      if (isMap(node)) node = pairOf(node, String(segment))?.value;
      else if (isSeq(node)) node = node.items[Number(segment)];
      else return null;
    }
    return (node as Node | undefined) ?? null;
  }

  has(path: SpecPath): boolean {
    return this.node(path) !== null;
  }

  /** Whether the value at `path` is a mapping written on one line (`{ a: b }`). */
  isFlow(path: SpecPath): boolean {
    const node = this.node(path);
    return isMap(node) && node.flow === true;
  }

  /** The column the keys of the block mapping at `mapPath` start at. */
  keyColumn(mapPath: SpecPath): number {
    const map = this.node(mapPath);
    return isMap(map) ? this.entryColumn(map, map.items.filter(isPair)) : columnAt(this.text, map?.range?.[0] ?? 0);
  }

  /** Sets `path` to `value`: replaces the value in place, or adds the key to its (existing) parent map. */
  set(path: SpecPath, value: YamlValue, style: { quote?: boolean } = {}): void {
    const parent = this.node(path.slice(0, -1));
    const key = String(path.at(-1));
    if (!isMap(parent)) throw new Error(`no mapping at ${path.slice(0, -1).join(".")}`);
    const pair = pairOf(parent, key);
    if (!pair) {
      const last = parent.items.filter(isPair).at(-1);
      this.insert(path.slice(0, -1), key, value, last ? keyText(last.key) : null, style);
      return;
    }
    const node = pair.value as Node | null;
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    const quoted = singleQuoted(node, value, style);
    if (parent.flow) {
      const [start, end] = node?.range ?? [keyEnd, keyEnd];
      this.splices.add({ start, end, text: quoted ?? inline(value, style) });
      return;
    }
    // From just after "key:", so that a value may become a block on the next lines or a scalar on this one.
    const from = this.text.indexOf(":", keyEnd) + 1;
    const end = node?.range?.[1] ?? from;
    const column = columnAt(this.text, keyStart(pair));
    // A block value's range ends with its newline, which the new value must keep.
    const newline = this.text.slice(from, end).endsWith("\n") ? "\n" : "";
    this.splices.add({ start: from, end, text: (quoted ? ` ${quoted}` : renderValue(value, column, style)) + newline });
  }

  /** Adds `key: value` to the map at `mapPath`, after the key `after` (at the start when null), in the map's own style. */
  insert(mapPath: SpecPath, key: string, value: YamlValue, after: string | null, style: ValueStyle = {}): void {
    const map = this.node(mapPath);
    if (!isMap(map)) throw new Error(`no mapping at ${mapPath.join(".")}`);
    if (map.flow) {
      this.appendToFlowMap(map, key, value, style);
      return;
    }
    const pairs = map.items.filter(isPair);
    const entry = renderEntry(key, value, this.entryColumn(map, pairs), style);
    const previous = after === null ? undefined : pairOf(map, after);
    if (previous || (after !== null && pairs.length > 0)) {
      const anchor = previous ?? (pairs.at(-1) as Pair);
      const at = pairEnd(this.text, anchor);
      this.splices.add({ start: at, end: at, text: `${entry}\n` });
    } else {
      const first = pairs[0];
      const at = first ? lineStartAt(this.text, keyStart(first)) : mapEnd(this.text, map);
      this.splices.add({ start: at, end: at, text: `${entry}\n` });
    }
  }

  /**
   * Adds `key: value` to the map at `mapPath` before the first key whose rank
   * sorts after its own (code-point order of `rank`), else at the end. Several
   * ranked insertions give the same text in whatever order they are asked for,
   * in one run or over several: the order of mappings whose order carries no
   * meaning (value lists, values, dictionary fields) never depends on history.
   */
  insertRanked(
    mapPath: SpecPath,
    key: string,
    value: YamlValue,
    rank: (key: string) => string,
    style: ValueStyle = {},
  ): void {
    const map = this.node(mapPath);
    if (!isMap(map)) throw new Error(`no mapping at ${mapPath.join(".")}`);
    const own = rank(key);
    const pairs = map.items.filter(isPair);
    const next = pairs.find((pair) => compareText(rank(keyText(pair.key)), own) > 0);
    if (map.flow) {
      if (!next) {
        this.appendToFlowMap(map, key, value, style, own);
        return;
      }
      const at = keyStart(next);
      this.splices.add({ start: at, end: at, text: `${renderKey(key)}: ${inline(value, style)}, `, rank: own });
      return;
    }
    const entry = renderEntry(key, value, this.entryColumn(map, pairs), style);
    if (next) {
      const at = lineStartAt(this.text, keyStart(next));
      // Entries separated by blank lines (the lists of a dictionary file) stay so.
      this.splices.add({
        start: at,
        end: at,
        text: `${entry}\n${blankLineBefore(this.text, at) ? "\n" : ""}`,
        rank: own,
      });
      return;
    }
    const last = pairs.at(-1);
    const at = last ? pairEnd(this.text, last) : mapEnd(this.text, map);
    const blank = last !== undefined && blankLineBefore(this.text, lineStartAt(this.text, keyStart(last)));
    this.splices.add({ start: at, end: at, text: `${blank ? "\n" : ""}${entry}\n`, rank: own });
  }

  /** Adds `key: value` after the last entry of a flow map, before its closing brace. */
  private appendToFlowMap(map: YAMLMap, key: string, value: YamlValue, style: ValueStyle, rank?: string): void {
    const close = (map.range?.[1] ?? 0) - 1;
    const at = this.text.slice(0, close).trimEnd().length;
    const entry = `${renderKey(key)}: ${inline(value, style)}`;
    const ranked = rank === undefined ? {} : { rank };
    if (map.items.length > 0) {
      this.splices.add({ start: at, end: at, text: `, ${entry}`, ...ranked });
      return;
    }
    // An empty map's braces, whatever space they held, become `{ key: value }`, and with every entry asked
    // into it in one run `{ a: 1, b: 2 }`, in the order of insertions at one place (text-splices.ts).
    const entries = this.intoEmptyFlowMaps.get(at) ?? [];
    this.intoEmptyFlowMaps.set(at, entries);
    entries.push({ ...ranked, order: entries.length, text: entry });
    const inside = entries.toSorted(insertionOrder).map((e) => e.text);
    this.splices.replace({ start: at, end: close, text: ` ${inside.join(", ")} ` });
  }

  /** The column of a block map's entries: its first key's, or the map's own when it is empty. */
  private entryColumn(map: YAMLMap, pairs: readonly Pair[]): number {
    return columnAt(this.text, pairs[0] ? keyStart(pairs[0]) : (map.range?.[0] ?? 0));
  }

  /** Replaces the whole entry `key` of the map at `mapPath` by `key: value` rendered anew (a field rewritten in another style). */
  replaceEntry(mapPath: SpecPath, key: string, value: YamlValue, style: { flow?: boolean } = {}): void {
    const map = this.node(mapPath);
    const pair = isMap(map) ? pairOf(map, key) : undefined;
    if (!isMap(map) || !pair || map.flow) throw new Error(`no entry ${key} in a block mapping at ${mapPath.join(".")}`);
    const start = lineStartAt(this.text, keyStart(pair));
    const column = columnAt(this.text, keyStart(pair));
    this.splices.add({ start, end: pairEnd(this.text, pair), text: `${renderEntry(key, value, column, style)}\n` });
  }

  /** Removes `key` and its value from the map at `mapPath` (its whole lines in a block map, with the comment that speaks of it alone; it and a comma in a flow one). */
  remove(mapPath: SpecPath, key: string): void {
    const map = this.node(mapPath);
    const pair = isMap(map) ? pairOf(map, key) : undefined;
    if (!isMap(map) || !pair) return;
    if (map.flow) {
      const pairs = map.items.filter(isPair);
      const index = pairs.indexOf(pair);
      const valueEnd = (p: Pair | undefined) =>
        (p?.value as Node | null)?.range?.[1] ?? (p?.key as Node)?.range?.[1] ?? 0;
      // ", key: value" after the previous pair; or "key: value, " before the next one.
      const [start, end] =
        index > 0
          ? [valueEnd(pairs[index - 1]), valueEnd(pair)]
          : [keyStart(pair), pairs[1] ? keyStart(pairs[1]) : valueEnd(pair)];
      this.splices.add({ start, end, text: "" });
      return;
    }
    this.removed.set(map, (this.removed.get(map) ?? new Set()).add(pair));
  }

  /** The text with every edit applied. */
  result(): string {
    for (const [map, pairs] of this.removed)
      for (const splice of removalSplices(this.text, map.items.filter(isPair), pairs)) this.splices.add(splice);
    this.removed.clear();
    return this.splices.applyTo(this.text);
  }
}

/**
 * A one-line text that replaces a scalar the maintainer wrote in single quotes
 * (`since: '2.37'`), in single quotes too, where it is quoted at all: the
 * quoting of a file is its writer's.
 */
function singleQuoted(node: Node | null, value: YamlValue, style: { quote?: boolean }): string | null {
  if (!isScalar(node) || node.type !== "QUOTE_SINGLE" || typeof value !== "string" || value.includes("\n")) return null;
  return style.quote || inline(value, style).startsWith('"') ? `'${value.replaceAll("'", "''")}'` : null;
}

const pairOf = (map: YAMLMap, key: string): Pair | undefined =>
  map.items.find((item): item is Pair => isPair(item) && keyText(item.key) === key);
