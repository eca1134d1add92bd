// The fields of a message that carry a secret of the buyer (a card number:
// `sensitive:` in the spec says which secret). A message that holds one, at any depth,
// reports its issues without the values received: the field's own value, one
// sent under a misspelt name (an unknown field) and the message itself (not an
// object) could each be the secret, and an issue's value ends up in error
// results, warnings and the mock's refusals.

import type { FieldModel } from "./field-model.js";
import { allFields } from "./field-shape.js";

/** The sensitive fields a message holds, at any depth, in the order of its fields. */
export const sensitiveFields = (fields: readonly FieldModel[]): FieldModel[] =>
  allFields(fields).filter((field) => field.sensitive !== null);

/** Whether a message's issues are reported without their values: it holds a sensitive field. */
export const withholdsValues = (fields: readonly FieldModel[]): boolean => sensitiveFields(fields).length > 0;
