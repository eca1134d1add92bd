// Whether a YAML node already holds a value sync would write: the editor
// leaves such a value as written, its comments and layout with it, so that a
// key sync does not change stays byte for byte.

import { isMap, isPair, isScalar, isSeq } from "yaml";
import { keyText } from "../read/source-map.js";
import { FlowList, FlowMap, type YamlValue } from "../rules/yaml-render.js";

/**
 * Whether `node` already holds `value` (the spec's reader takes every scalar as text): a list's items and a
 * mapping's keys in the same order, for a mapping that says its order (a Map); a plain object's keys in any order,
 * as its own order (integer-like keys first) says nothing of the text's.
 */
export function holds(node: unknown, value: YamlValue): boolean {
  if (typeof value === "string") return isScalar(node) && node.value !== null && String(node.value) === value;
  if (value instanceof FlowList) return holds(node, value.items);
  if (Array.isArray(value)) {
    const items: readonly YamlValue[] = value;
    return isSeq(node) && node.items.length === items.length && items.every((v, i) => holds(node.items[i], v));
  }
  if (!isMap(node)) return false;
  const pairs = node.items.filter(isPair);
  if (value instanceof Map) {
    const entries = [...(value as ReadonlyMap<string, YamlValue>)];
    return (
      pairs.length === entries.length &&
      entries.every(([k, v], i) => keyText(pairs[i]?.key) === k && holds(pairs[i]?.value, v))
    );
  }
  const record = (value instanceof FlowMap ? value.entries : value) as Readonly<Record<string, YamlValue>>;
  const keys = Object.keys(record);
  return (
    pairs.length === keys.length &&
    keys.every((k) => {
      const pair = pairs.find((p) => keyText(p.key) === k);
      return pair !== undefined && holds(pair.value, record[k] ?? "");
    })
  );
}
