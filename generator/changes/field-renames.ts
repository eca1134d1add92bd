// A field that may have been renamed: one removed from a list of fields and
// one added to it that look alike. The changes stay a removal and an addition,
// classed as the contract says (a field that code names is gone, whatever
// took its place); each summary says that the other may be the same field
// under another name, so that a reviewer reads one rename rather than two
// changes.
//
// The rule is conservative, as for operations (operation-renames.ts): a
// removed and an added field of the same list (one message of one operation,
// or one container in it) look alike when they have the same presence, type,
// format, value list and values taken, and interface version, and stand
// between the same fields that both versions keep. They are paired only when
// no other removed or added field of that list looks the same: in doubt,
// nothing is said.

import { formatOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { Renames } from "./field-places.js";
import { shape } from "./format-changes.js";

/** What the two fields share, said in each summary. */
export const ALIKE = "the same presence, type, format, values and interface version, between the same fields";

/**
 * The removed fields of `before` that may be added fields of `after` renamed:
 * old name → new name, and new name → old name. `renamed`: the shared
 * container types and value lists renamed, which make no difference here.
 */
export function fieldRenames(
  before: readonly FieldModel[],
  after: readonly FieldModel[],
  renamed: Renames,
): { readonly to: ReadonlyMap<string, string>; readonly from: ReadonlyMap<string, string> } {
  const [old, now] = [new Set(before.map((f) => f.name)), new Set(after.map((f) => f.name))];
  const removed = byLikeness(before, (f) => now.has(f.name), renamed);
  const added = byLikeness(after, (f) => old.has(f.name), null);
  const to = new Map<string, string>();
  const from = new Map<string, string>();
  for (const [likeness, gone] of removed) {
    const made = added.get(likeness);
    if (gone.length !== 1 || made?.length !== 1) continue;
    const [was, is] = [gone[0] as string, made[0] as string];
    to.set(was, is);
    from.set(is, was);
  }
  return { to, from };
}

/**
 * The fields of `fields` that the other version lacks, by what they look
 * like; `kept` tells the fields both versions have, which place the others.
 */
function byLikeness(
  fields: readonly FieldModel[],
  kept: (field: FieldModel) => boolean,
  renamed: Renames | null,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  fields.forEach((field, index) => {
    if (kept(field)) return;
    const previous = fields.slice(0, index).findLast(kept)?.name ?? null;
    const next = fields.slice(index + 1).find(kept)?.name ?? null;
    const values = valuesOf(field);
    const likeness = JSON.stringify([
      field.presence,
      shape(field, renamed?.types),
      formatOf(field)?.text ?? null,
      values ? (renamed?.lists.get(values.list.name) ?? values.list.name) : null,
      values?.values.map((v) => v.value) ?? null,
      field.since?.text ?? null,
      previous,
      next,
    ]);
    out.set(likeness, [...(out.get(likeness) ?? []), field.name]);
  });
  return out;
}
