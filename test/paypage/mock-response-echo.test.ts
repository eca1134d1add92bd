// The Paypage response the mock writes carries the request's values back as
// its JSON replies do: a container the request describes field by field, as
// the response's container describes it, into an object of the response's
// own; a field sent beyond the request's facts by name. On fixture
// descriptors, with the mock's own function.
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/index.js";
import { responseFields } from "../../generated/runtime/mock-paypage-response.js";

const field = (
  name: string,
  type: FieldDescriptor["type"],
  fields: FieldDescriptor[] | null = null,
): FieldDescriptor => ({
  name,
  presence: "optional",
  condition: null,
  since: null,
  type,
  format: null,
  description: name,
  valueList: null,
  fields,
  items: null,
});

const sent = [
  field("amount", "integer"),
  field("reference", "container", [field("id", "string"), field("day", "string")]),
];
const replied = [
  field("amount", "integer"),
  field("reference", "container", [field("id", "string")]),
  field("holderName", "string"),
];

test("a container the request describes comes back field by field, in an object of the response's own", () => {
  const request = { amount: 5, reference: { id: "7", day: "20260101" } };
  const response = responseFields(replied, sent, {}, request, {});
  expect(response).toEqual({ amount: 5, reference: { id: "7" } });
  expect(response["reference"]).not.toBe(request.reference);
});

test("a field sent beyond the request's facts that the response has comes back by name", () => {
  expect(responseFields(replied, sent, {}, { amount: 5, holderName: "A. Buyer" }, {})).toEqual({
    amount: 5,
    holderName: "A. Buyer",
  });
});
