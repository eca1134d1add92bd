// A status code's entry in its operation's registry, the one lookup the mock's
// refusals word a code with and the client's errors quote a code by: on
// fixture descriptors (a listed code, an unlisted one, a field with no list,
// no status), then on the registry, where every operation's documented codes
// are entries of its status field's list with the meanings its page gives.
import { expect, test } from "vitest";
import { type FieldDescriptor, operations, type StatusDescriptor } from "../../generated/index.js";
import { statusValue } from "../../generated/runtime/status-value.js";

const status: StatusDescriptor = {
  field: "code",
  messageField: null,
  errorField: null,
  accepted: "00",
  formatError: "30",
  signatureError: null,
};
const field = (name: string, values: string[] | null): FieldDescriptor => ({
  name,
  presence: "optional",
  condition: null,
  since: null,
  type: "string",
  format: null,
  description: name,
  valueList:
    values === null
      ? null
      : {
          name: "codes",
          match: "exact",
          values: values.map((value) => ({ value, meanings: [`meaning of ${value}`] })),
          vocabulary: [],
        },
  fields: null,
  items: null,
});

test("a code of the status field's list is its entry; anything else is not found", () => {
  const fields = [field("other", ["99"]), field("code", ["00", "30"])];
  expect(statusValue(status, fields, "30")).toEqual({ value: "30", meanings: ["meaning of 30"] });
  expect(statusValue(status, fields, "99")).toBeUndefined();
  expect(statusValue(status, fields, 30)).toBeUndefined();
  expect(statusValue(status, [field("code", null)], "30")).toBeUndefined();
  expect(statusValue(null, fields, "30")).toBeUndefined();
});

test("every operation's documented codes are entries of its status field's list", () => {
  let checked = 0;
  for (const op of Object.values(operations)) {
    const documented = op.status;
    if (documented === null) continue;
    const list = op.response.fields.find((f) => f.name === documented.field)?.valueList?.values ?? [];
    for (const code of [documented.accepted, documented.formatError, documented.signatureError])
      if (code !== null) {
        checked++;
        expect(statusValue(documented, op.response.fields, code), `${op.name} ${code}`).toBe(
          list.find((v) => v.value === code),
        );
      }
  }
  // Some operation documents its codes: the loop above is not idle.
  expect(checked).toBeGreaterThan(0);
});
