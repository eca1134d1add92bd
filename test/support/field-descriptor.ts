// A field descriptor for fixtures of the runtime's helpers: an optional text
// field with nothing else, what a test overrides named in `more`.
import type { FieldDescriptor } from "../../generated/runtime/field-descriptor.js";

/** An optional text field named `name` (its description its name), with `more` over it. */
export const textField = (name: string, more: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  name,
  presence: "optional",
  condition: null,
  since: null,
  type: "string",
  format: null,
  description: name,
  valueList: null,
  fields: null,
  items: null,
  ...more,
});
