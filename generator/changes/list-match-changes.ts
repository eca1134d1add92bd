// A value list switched between exact and prefix matching: one change of the
// list, not one per value. An exact list's string fields are checked against
// its values and typed as their union; a prefix list's are plain text. Its
// constants hold the printed values, or the prefixes they stand for.

import { allFields, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { OperationModel } from "../model/operation-model.js";
import { codeValueOf, type ValueListModel } from "../model/value-list-model.js";
import type { Change, ChangeClass } from "./change.js";

const BOTH: ChangeClass[] = ["breaking-request", "breaking-response"];

/**
 * To exact: the validators refuse what the list lacks and the types narrow
 * (breaking). To prefix: they accept any text (additive). Either way a
 * constant whose code value changes breaks the code comparing with it.
 */
export function compareMatch(
  before: ValueListModel,
  after: ValueListModel,
  operations: readonly OperationModel[],
): Omit<Change, "list" | "operation" | "message" | "field"> | null {
  if (before.match === after.match) return null;
  const name = after.name;
  const holders = operations.filter((op) => messageFields(op).some((f) => takesAsText(f, after)));
  const was = new Map(before.values.map((v) => [v.value, codeValueOf(v)]));
  const moved = after.values.filter((v) => was.has(v.value) && was.get(v.value) !== codeValueOf(v));
  const exact = after.match === "exact";
  const checked =
    holders.length === 0
      ? "no operation's string field takes it"
      : `the string fields that take it (${holders.map((op) => op.name).join(", ")}) ${exact ? "are checked against its values and typed as their union: other values are refused and code setting them stops compiling" : "are no longer checked against its values and are typed as text"}`;
  const constants =
    moved.length === 0
      ? ""
      : `; constants ${moved.map((v) => v.key).join(", ")} hold ${exact ? "the printed value, no longer the prefix" : "the prefix, no longer the printed value"}`;
  const classes: ChangeClass[] =
    moved.length > 0 || (exact && holders.length > 0) ? BOTH : holders.length > 0 ? ["additive"] : ["docs"];
  return {
    kind: "shared-list-match",
    classes,
    summary: `list ${name} matches ${exact ? "exactly, no longer by prefix" : "by prefix, no longer exactly"}: ${checked}${constants}.`,
  };
}

const messageFields = (op: OperationModel): FieldModel[] =>
  allFields([...op.request.fields, ...op.response.fields, ...(op.callback?.message.fields ?? [])]);

/** A string field (or list of strings) taking the list: the one its match decides the check and type of. */
function takesAsText(field: FieldModel, list: ValueListModel): boolean {
  const kind = field.type.kind === "list" ? field.type.items.type.kind : field.type.kind;
  return kind === "string" && valuesOf(field)?.list === list;
}
