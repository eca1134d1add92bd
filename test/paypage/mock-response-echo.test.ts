// The Paypage response the mock writes carries the request's values back as
// its JSON replies do: a container the request describes field by field, as
// the response's container describes it, into an object of the response's
// own; a field sent beyond the request's facts by name. On fixture
// descriptors, with the mock's own function. An outcome of another
// responseCode keeps of the accepted response what the request said and what
// the response requires.
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/index.js";
import { MOCK_OPERATIONS } from "../../generated/mock.js";
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

test("a field the response requires stays where the request left it out: Sips gives its own value there", () => {
  const optional = field("keyVersion", "integer");
  const required: FieldDescriptor = { ...optional, presence: "required" };
  expect(responseFields([required], [optional], { keyVersion: 1 }, {}, {})).toEqual({ keyVersion: 1 });
  expect(responseFields([optional], [optional], { keyVersion: 1 }, {}, {})).toEqual({});
});

test("every response the mock plays keeps the fields it requires, for a request that sent none of them", () => {
  const played = MOCK_OPERATIONS.filter((served) => served.operation.callback && served.callbackExample);
  expect(played.length).toBeGreaterThan(0);
  for (const { operation, callbackExample } of played) {
    const fields = operation.callback?.fields ?? [];
    const response = responseFields(fields, operation.request.fields, callbackExample ?? {}, {}, {});
    const kept = fields.filter((f) => f.presence === "required" && Object.hasOwn(callbackExample ?? {}, f.name));
    for (const f of kept) expect(response, `${operation.name} ${f.name}`).toHaveProperty(f.name);
  }
});

test("an outcome of another responseCode keeps the fields the response requires, which the request did not say, and none of the example's others", () => {
  const keyVersion: FieldDescriptor = { ...field("keyVersion", "integer"), presence: "required" };
  const fields = [keyVersion, field("maskedPan", "string"), field("responseCode", "string")];
  const example = { keyVersion: 1, maskedPan: "4100##########00", responseCode: "00" };
  expect(responseFields(fields, [], example, {}, { responseCode: "05" })).toEqual({
    keyVersion: 1,
    responseCode: "05",
  });
  expect(responseFields(fields, [], example, {}, { responseCode: "00" })).toEqual(example);
});
