// Which of a message's fields carry a secret of the buyer (a field marked
// sensitive): read where a value must be kept out of a text, the issues of a
// Paypage response and the reply texts a client's result carries.

import type { FieldDescriptor } from "./field-descriptor.js";

/** Whether a field of `fields`, of a container's or a list item's at any depth, is marked sensitive. */
export function holdsSecret(fields: readonly FieldDescriptor[] | null): boolean {
  return (
    fields?.some((f) => f.sensitive !== undefined || holdsSecret(f.fields) || holdsSecret(f.items?.fields ?? null)) ??
    false
  );
}
