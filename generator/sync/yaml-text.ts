// Edits a YAML file in place. yaml's Document API finds the nodes and their
// ranges; the edits are spliced into the original text (text-splices.ts), so
// that everything not edited (comments, key order, quoting, line folding,
// blank lines) stays byte for byte as it was, and an unchanged file is
// rewritten identically.

import { isMap, isPair, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { SpecPath } from "../read/source-map.js";
import { keyText } from "../read/source-map.js";
import { compareText } from "../rules/code-point-order.js";
import { TextSplices } from "./text-splices.js";
import { documentOf } from "./yaml-documents.js";
import { BlockMapEdits } from "./yaml-block-maps.js";
import { FlowMapEdits } from "./yaml-flow-maps.js";
import { columnOfOffset, keyStart, pairEnd } from "./yaml-places.js";
import { entryRanges, removalSplices } from "./yaml-removals.js";
import { inline, renderKey, renderValue, type ValueStyle, type YamlValue } from "../rules/yaml-render.js";
import { singleQuoted } from "./yaml-quoting.js";
import { holds } from "./yaml-holds.js";
import { withKeyComment } from "./yaml-key-comments.js";

export class YamlEditor {
  private readonly doc: Document;
  private readonly splices = new TextSplices();
  /** The edits of mappings written on one line, whose entries are spliced inside their braces. */
  private readonly flowMaps: FlowMapEdits;
  /** The entries added to mappings written in block style, on lines of their own. */
  private readonly blockMaps: BlockMapEdits;
  /** The entries removed from each block map: which lines go depends on its other entries removed (yaml-removals.ts). */
  private readonly removed = new Map<YAMLMap, Set<Pair>>();

  constructor(readonly text: string) {
    this.doc = documentOf(text);
    this.flowMaps = new FlowMapEdits(text, this.splices);
    this.blockMaps = new BlockMapEdits(text, this.splices);
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
    return isMap(map)
      ? this.blockMaps.column(map, map.items.filter(isPair))
      : columnOfOffset(this.text, map?.range?.[0] ?? 0);
  }

  /** Sets `path` to `value`: replaces the value in place, or adds the key to its (existing) parent map. */
  set(path: SpecPath, value: YamlValue, style: Omit<ValueStyle, "flow"> = {}): void {
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
    // A value written as it is stays as written, its comments and layout with it: an unchanged file stays unchanged.
    if (holds(node, value)) return;
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    const quoted = singleQuoted(node, value, style);
    if (parent.flow) {
      const [start, end] = node?.range ?? [keyEnd, keyEnd];
      this.splices.add({ start, end, text: quoted ?? inline(value, style, true) });
      return;
    }
    // From just after "key:", so that a value may become a block on the next lines or a scalar on this one.
    const from = this.text.indexOf(":", keyEnd) + 1;
    const end = node?.range?.[1] ?? from;
    const column = columnOfOffset(this.text, keyStart(pair));
    // A block value's range ends with its newline, which the new value must keep.
    const newline = this.text.slice(from, end).endsWith("\n") ? "\n" : "";
    const rendered = quoted ? ` ${quoted}` : renderValue(value, column, style);
    const kept = withKeyComment(this.text, from, end, rendered);
    this.splices.add({ start: from, end: kept.end, text: kept.text + newline });
  }

  /** Adds `key: value` to the map at `mapPath`, after the key `after` (at the start when null), in the map's own style. */
  insert(mapPath: SpecPath, key: string, value: YamlValue, after: string | null, style: ValueStyle = {}): void {
    const map = this.node(mapPath);
    if (!isMap(map)) throw new Error(`no mapping at ${mapPath.join(".")}`);
    if (map.flow) {
      this.flowMaps.append(map, key, value, style);
      return;
    }
    const pairs = map.items.filter(isPair);
    // After `after`, else after the last entry; at the start only when asked (`after` null).
    const anchor = after === null ? undefined : (pairOf(map, after) ?? pairs.at(-1));
    this.blockMaps.insertAfter(map, pairs, anchor, key, value, style);
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
      if (next) this.flowMaps.insertBefore(next, key, value, style, own);
      else this.flowMaps.append(map, key, value, style, own);
      return;
    }
    this.blockMaps.insertBefore(map, pairs, next, key, value, style, own);
  }

  /** Replaces the whole entry `key` of the map at `mapPath` by `key: value` rendered anew (a field rewritten in another style). */
  replaceEntry(mapPath: SpecPath, key: string, value: YamlValue, style: { flow?: boolean } = {}): void {
    const map = this.node(mapPath);
    const pair = isMap(map) ? pairOf(map, key) : undefined;
    if (!isMap(map) || !pair || map.flow) throw new Error(`no entry ${key} in a block mapping at ${mapPath.join(".")}`);
    this.blockMaps.replaceEntry(pair, key, value, style);
  }

  /** Renames the key `from` of the map at `mapPath` to `to`, in place: its value, comments and place stay. */
  renameKey(mapPath: SpecPath, from: string, to: string): void {
    const map = this.node(mapPath);
    const pair = isMap(map) ? pairOf(map, from) : undefined;
    const range = (pair?.key as Node | undefined)?.range;
    if (!range) throw new Error(`no key ${from} at ${mapPath.join(".")}`);
    this.splices.add({ start: range[0], end: range[1], text: renderKey(to) });
  }

  /**
   * Moves the entries `keys` of the block map at `mapPath` to follow the entry `after`, in the order given, each with
   * its own lines and the comment that speaks of it alone, as a removal takes them (yaml-removals.ts). False, and nothing moved, where the map
   * is written on one line or lacks one of the keys.
   */
  moveAfter(mapPath: SpecPath, keys: readonly string[], after: string): boolean {
    const map = this.node(mapPath);
    if (!isMap(map) || map.flow) return false;
    const anchor = pairOf(map, after);
    const pairs = keys.map((key) => pairOf(map, key));
    if (!anchor || pairs.some((pair) => pair === undefined)) return false;
    const own = entryRanges(this.text, map.items.filter(isPair), new Set(pairs as Pair[]));
    const ranges = (pairs as Pair[]).flatMap((pair) => own.get(pair) ?? []);
    const at = pairEnd(this.text, anchor);
    this.splices.add({
      start: at,
      end: at,
      text: ranges.map(({ start, end }) => this.text.slice(start, end)).join(""),
    });
    for (const { start, end } of ranges) this.splices.add({ start, end, text: "" });
    return true;
  }

  /** Removes `key` and its value from the map at `mapPath` (its whole lines in a block map, with the comment that speaks of it alone; it and a comma in a flow one). */
  remove(mapPath: SpecPath, key: string): void {
    const map = this.node(mapPath);
    const pair = isMap(map) ? pairOf(map, key) : undefined;
    if (!isMap(map) || !pair) return;
    if (map.flow) {
      this.flowMaps.remove(map.items.filter(isPair), pair);
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

const pairOf = (map: YAMLMap, key: string): Pair | undefined =>
  map.items.find((item): item is Pair => isPair(item) && keyText(item.key) === key);
