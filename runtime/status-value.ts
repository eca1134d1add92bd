// A reply's status code looked up in its operation's registry: the value of
// the status field's list that a code is, with the meanings its operation's
// page gives it. The mock's refusals word a code with it; the client's errors
// quote only a code it finds.

import type { FieldDescriptor, StatusDescriptor, ValueDescriptor } from "./descriptor.js";

/**
 * The value of the status field's list (among the response's `fields`) that `code` is; undefined where the
 * operation names no status field, the field takes no list, or its list does not hold the code.
 */
export function statusValue(
  status: StatusDescriptor | null,
  fields: readonly FieldDescriptor[],
  code: unknown,
): ValueDescriptor | undefined {
  if (status === null) return undefined;
  return fields.find((f) => f.name === status.field)?.valueList?.values.find((v) => v.value === code);
}
