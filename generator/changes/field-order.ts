// The fields two lists both have, in another order: the types, the reference,
// the OpenAPI document and the examples list them so, while validation and
// seals do not depend on it, so the change is the docs' alone.

import { diffArrays } from "diff";
import type { FieldModel } from "../model/field-model.js";

/** What a reader is told of the order both lists' fields are in now; null where it is the same. */
export function orderChange(before: readonly FieldModel[], after: readonly FieldModel[]): string | null {
  const kept = (fields: readonly FieldModel[], other: readonly FieldModel[]): string[] => {
    const names = new Set(other.map((f) => f.name));
    return fields.filter((f) => names.has(f.name)).map((f) => f.name);
  };
  const order = kept(after, before);
  const was = kept(before, after);
  if (was.join("\n") === order.join("\n")) return null;
  // The fields moved: those outside the longest run of fields kept in their order, which the whole order hides.
  const moved = diffArrays(was, order).flatMap((part) => (part.added ? part.value : []));
  return `fields in another order (the types, the reference and the examples list them so; what validation accepts and the seals do not change): ${order.join(", ")} (moved: ${moved.join(", ")}).`;
}
