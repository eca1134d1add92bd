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
// between the same fields that both versions keep; or, left unpaired so, the
// same description in place of the version (a field renamed in a release of
// its own version). They are paired only when no other removed or added field
// of that list looks the same: in doubt, nothing is said.

import { formatOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { Renames } from "./field-places.js";
import { shape } from "./format-changes.js";
import { alikeRenames, type AlikePairs } from "../rules/alike-renames.js";

/** What the two fields share, said in each summary: the first likeness, or the second (alike-renames.ts). */
export const alikeBetweenVersions = (described: boolean): string =>
  described
    ? "the same presence, type, format, values and description, between the same fields"
    : "the same presence, type, format, values and interface version, between the same fields";

/**
 * The removed fields of `before` that may be added fields of `after` renamed:
 * old name → new name, and new name → old name. `renamed`: the shared
 * container types and value lists renamed, which make no difference here.
 */
export function fieldRenames(
  before: readonly FieldModel[],
  after: readonly FieldModel[],
  renamed: Renames,
): AlikePairs {
  return alikeRenames(
    before.map((field) => ({ name: field.name, looks: looks(field, renamed), described: described(field, renamed) })),
    after.map((field) => ({ name: field.name, looks: looks(field, null), described: described(field, null) })),
  );
}

/** What a field looks like with its description in place of its interface version. */
const described = (field: FieldModel, renamed: Renames | null): unknown => [
  ...(looks(field, renamed) as unknown[]).slice(0, -1),
  field.description,
];

/** What a field looks like, its container type and value list named as after the change. */
function looks(field: FieldModel, renamed: Renames | null): unknown {
  const values = valuesOf(field);
  return [
    field.presence,
    shape(field, renamed?.types),
    formatOf(field)?.text ?? null,
    values ? (renamed?.lists.get(values.list.name) ?? values.list.name) : null,
    values?.values.map((v) => v.value) ?? null,
    field.since?.text ?? null,
  ];
}
