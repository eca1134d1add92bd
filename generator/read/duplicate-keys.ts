// The keys of a YAML document parsed whole, checked before it becomes data:
// each a text (a list, a mapping or bytes as a key would become text in
// JavaScript), and none given twice in a mapping, since the data would keep
// only the last. Each finding names both places.

import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { propsStart } from "./key-props.js";
import { describePath, keepPairIndex, keyText, type SourceMap, type SpecPath } from "./source-map.js";

/**
 * Reports, under `node` at `path`, each key that is not a text and each key given again in a mapping; a mapping
 * whose keys are all texts keeps the index of its pairs for the source map.
 */
export function findDuplicateKeys(
  doc: Document,
  text: string,
  node: unknown,
  path: SpecPath,
  map: SourceMap,
  out: Diagnostic[],
): void {
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries())
      if (isMap(item) || isSeq(item)) findDuplicateKeys(doc, text, item, [...path, index], map, out);
    return;
  }
  if (!isMap(node)) return;
  const seen = new Map<string, Pair>();
  let firsts: Map<string, Pair> | undefined;
  let everyPairSeen = true;
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    // An alias stands for its anchor's node: toJS would make text of a collection's, or of a !!binary scalar's
    // bytes (the one tag failsafe YAML reads as other than text), with a warning of node's.
    const keyNode = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
    const notText =
      isMap(keyNode) || isSeq(keyNode) ? "a list or a mapping" : binaryKey(keyNode) ? "binary data" : null;
    if (notText) {
      // At the key's tag or anchor, where the offending text starts: the node's range starts after them.
      const at = map.at(propsStart(text, (pair.key as Node).range?.[0] ?? 0));
      out.push(diagnostic("yaml-syntax", at, { detail: `a key must be a text, not ${notText}` }));
      everyPairSeen = false;
      continue;
    }
    // An alias of a text is that text as a key: a key given again through one is a duplicate.
    const key = keyText(keyNode);
    const earlier = seen.get(key);
    if (earlier) {
      // The first pair is kept apart (rarely needed) once a key is given again: seen holds the last.
      const first = firsts?.get(key) ?? earlier;
      (firsts ??= new Map()).set(key, first);
      // At each key's tag or anchor, as a key that is not a text is (above).
      const at = map.at(propsStart(text, (pair.key as Node).range?.[0] ?? 0));
      const firstAt = map.at(propsStart(text, (first.key as Node).range?.[0] ?? 0));
      const related = [{ ...firstAt, message: "first declared here" }];
      out.push(duplicateDiagnostic(path, key, at, related));
    }
    seen.set(key, pair);
    // A scalar has no keys: no path is made for it (one per key of a mapping with 150,000 keys).
    if (isMap(pair.value) || isSeq(pair.value)) findDuplicateKeys(doc, text, pair.value, [...path, key], map, out);
  }
  // The last pair of each key is what the data holds (toJS keeps it), so the source map looks keys up in it.
  if (everyPairSeen) keepPairIndex(node, seen);
}

/** A scalar key whose value is bytes (`!!binary`), not text. */
const binaryKey = (key: unknown): boolean => isScalar(key) && key.value instanceof Uint8Array;

function duplicateDiagnostic(
  path: SpecPath,
  key: string,
  at: ReturnType<SourceMap["at"]>,
  related: Diagnostic["related"],
): Diagnostic {
  const parent = path.at(-1);
  if (parent === "fields")
    return diagnostic("duplicate-field", at, { field: key, where: describePath(path.slice(0, -1)) }, related);
  if (parent === "values")
    return diagnostic("duplicate-value", at, { value: key, where: `value list "${String(path.at(-2))}"` }, related);
  return diagnostic("duplicate-key", at, { key, where: describePath(path) }, related);
}
