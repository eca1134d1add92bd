// A field made sensitive, or no longer: what its message's issues carry
// changes (model/sensitive-fields.ts). Accepted messages and types stay as
// they were; a program that reads an issue's `received` finds none, or finds
// one again.

import type { FieldModel } from "../model/field-model.js";
import type { ChangeClass } from "./change.js";

/** The change of a field's sensitivity, with its classes; null when it carries the same secret, or none, in both. */
export function sensitiveChange(
  message: string,
  before: FieldModel,
  after: FieldModel,
): { readonly classes: ChangeClass[]; readonly summary: string } | null {
  if (before.sensitive === after.sensitive) return null;
  const name = after.name;
  if (after.sensitive === null)
    return {
      classes: ["additive"],
      summary: `${name} is no longer sensitive: the issues of its ${message} carry their values again (received), and formatIssue shows them.`,
    };
  if (before.sensitive !== null)
    return { classes: ["docs"], summary: `${name}: what it carries is worded otherwise (${after.sensitive}).` };
  return {
    classes: ["additive"],
    summary: `${name} is sensitive (${after.sensitive}): no issue of its ${message} carries a value (received) any more, nor does formatIssue show one; what is accepted or refused is unchanged.`,
  };
}
