// The container types a set of fields holds, at any depth: what the model
// needs to know of every response before it builds any (model/
// response-containers.ts), and what an operation's facts remember of its own
// (spec-facts.ts), so that a run with one file changed does not walk the
// fields of every other operation again.

import type { RawField, RawItem, RawOperation } from "../rules/raw-spec.js";
import { containerTypeName, itemTypeName } from "../rules/export-names.js";

/** The fields an operation answers with: its response's, and its callback's. */
export const responseFields = (op: RawOperation): readonly Readonly<Record<string, RawField>>[] => [
  op.response.fields,
  ...(op.callback ? [op.callback.fields] : []),
];

/** The container types some of these fields hold, at any depth, by type name. */
export function containersIn(
  fieldSets: readonly Readonly<Record<string, RawField>>[],
  dictionary: ReadonlyMap<string, RawField>,
): Set<string> {
  const found = new Set<string>();
  const container = (typeName: string, shape: RawField | RawItem): void => {
    if (found.has(typeName)) return;
    found.add(typeName);
    fields(shape.fields ?? {});
  };
  const fields = (written: Readonly<Record<string, RawField>>): void => {
    for (const name in written) {
      const field = shapeOf(name, written[name] as RawField, dictionary);
      const item = field.items ?? {};
      if (field.type === "container") container(containerTypeName(name, field.typeName), field);
      else if (field.type === "list" && item.type === "container") container(itemTypeName(name, item.typeName), item);
    }
  };
  for (const set of fieldSets) fields(set);
  return found;
}

/**
 * What resolveField(name, raw) ?? raw holds of a field's type, type name,
 * items and fields, without merging the entry and the overrides into a new
 * field: a reference takes all four from its dictionary entry. Every field of
 * every operation is looked at on each run, most of them references.
 */
function shapeOf(name: string, raw: RawField, dictionary: ReadonlyMap<string, RawField>): RawField {
  if (raw.from !== "dictionary") return raw;
  const entry = dictionary.get(name);
  if (entry === undefined) return raw;
  // As resolveField's merge: an override that is not undefined wins.
  const has = (key: "presence" | "since" | "description") => (raw[key] !== undefined ? raw : entry)[key] !== undefined;
  return has("presence") && has("since") && has("description") ? entry : raw;
}
