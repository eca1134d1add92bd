// The `operations` registry: every operation of the spec with the contract of
// the design (name, method, endpoints, interfaceVersion, request, response).
import { expect, test } from "vitest";
import { operations, type FieldDescriptor } from "../../generated/index.js";

test("every operation of the spec is in the registry", () => {
  expect(Object.keys(operations)).toEqual(["getWalletData", "orderInitialize", "paymentTokenInitialize", "walletInitialize"]);
});

test.each(Object.values(operations))("$name has the registry's shape", (op) => {
  expect(op.method).toBe("POST");
  expect(op.endpoints.prod).toMatch(/^https:\/\/office-server\.sogenactif\.com\/rs-services\/v2\/\w+\/\w+$/);
  expect(op.endpoints.test).toMatch(/^https:\/\/office-server-sogenactif\.test\.sips-services\.com\/rs-services\/v2\/\w+\/\w+$/);
  expect(op.endpoints.prod.split("/v2/")[1]).toBe(op.endpoints.test.split("/v2/")[1]);
  expect(op.endpoints.prod.endsWith(`/${op.name}`)).toBe(true);
  expect(op.interfaceVersion.prefix).toMatch(/^[A-Z]+(_[A-Z]+)*_$/);
  if (op.interfaceVersion.recommended !== null) expect(op.interfaceVersion.recommended.startsWith(op.interfaceVersion.prefix)).toBe(true);
  for (const message of [op.request, op.response]) {
    expect(message.fields.map((f) => f.name)).toContain("seal");
    expect(message.sealFields).not.toContain("seal");
    for (const name of ["validate", "is", "sealingString", "seal", "verify"] as const) expect(typeof message[name]).toBe("function");
  }
});

test("descriptors describe containers and lists with their fields", () => {
  const field = (fields: readonly FieldDescriptor[], name: string) => fields.find((f) => f.name === name);
  const reference = field(operations.orderInitialize.request.fields, "s10TransactionReference");
  expect(reference?.type).toBe("container");
  expect(reference?.fields?.map((f) => f.name)).toEqual(["s10TransactionId", "s10TransactionIdDate"]);
  const list = field(operations.getWalletData.response.fields, "walletPaymentMeanDataList");
  expect(list).toMatchObject({ type: "list", items: { type: "container" } });
  expect(field(list?.items?.fields ?? [], "panExpiryDate")).toMatchObject({ format: "N6", presence: "undocumented", since: null });
  expect(field(operations.paymentTokenInitialize.request.fields, "merchantId")).toMatchObject({ format: "N15", since: "2.37" });
});
