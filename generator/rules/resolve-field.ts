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
  const merged: RawField = {
    ...entry,
    ...pick(field, ["presence", "condition", "since", "description", "example", "values", "meanings"]),
    // A list of the operation's own only where the entry has none (else dictionary-override).
    ...(entry.valueList === undefined ? pick(field, ["valueList"]) : {}),
    notes: [...(entry.notes ?? []), ...(field.notes ?? [])],
  };
  return isComplete(merged) ? merged : undefined;
}

export const isComplete = (field: RawField): field is ResolvedField =>
  field.presence !== undefined && field.since !== undefined && field.description !== undefined;

function pick(field: RawField, keys: readonly (keyof RawField)[]): Partial<RawField> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (field[key] !== undefined) out[key] = field[key];
  return out as Partial<RawField>;
}
