import type { RawField, ResolvedField } from "./raw-spec.js";

/**
 * A field as the operation means it: written in full, or its dictionary entry
 * with the operation's overrides (presence, condition, since, description,
 * example; the values it takes of its list and their own meanings; a value
 * list where the entry has none; notes are added to the dictionary's).
 * Undefined when the reference does not resolve to a complete field;
 * validation reports why.
 */
export function resolveField(
  name: string,
  field: RawField,
  dictionary: ReadonlyMap<string, RawField>,
): ResolvedField | undefined {
  if (field.from !== "dictionary") return isComplete(field) ? field : undefined;
  const entry = dictionary.get(name);
  if (!entry) return undefined;
  // Set in place on one copy, in the order a spread of each part would give: every field of every operation
  // is resolved on each run, and most are references.
  const merged: Record<string, unknown> = { ...entry };
  for (const key of OVERRIDES) if (field[key] !== undefined) merged[key] = field[key];
  // A list of the operation's own only where the entry has none (else dictionary-override).
  if (entry.valueList === undefined && field.valueList !== undefined) merged["valueList"] = field.valueList;
  merged["notes"] = [...(entry.notes ?? []), ...(field.notes ?? [])];
  return isComplete(merged) ? merged : undefined;
}

const OVERRIDES = ["presence", "condition", "since", "description", "example", "values", "meanings"] as const;

export const isComplete = (field: RawField): field is ResolvedField =>
  field.presence !== undefined && field.since !== undefined && field.description !== undefined;
