// The model built from the repository's spec: the derived parts (orders,
// changelog, resolved references) that every emitter relies on.
import { beforeAll, expect, test } from "vitest";
import type { OperationModel, SpecModel } from "../../generator/model/ir.js";
import { generateRepoSpec } from "../support/generate.js";

let model: SpecModel;
let op: OperationModel;
beforeAll(async () => {
  model = (await generateRepoSpec()).model;
  const found = model.operations.find((o) => o.name === "paymentTokenInitialize");
  if (!found) throw new Error("no paymentTokenInitialize");
  op = found;
});

test("names in every case the emitters need", () => {
  expect(op).toMatchObject({ typeName: "PaymentTokenInitialize", constName: "PAYMENT_TOKEN_INITIALIZE" });
  expect(op.request).toMatchObject({
    typeName: "PaymentTokenInitializeRequest",
    validateName: "validatePaymentTokenInitializeRequest",
    guardName: "isPaymentTokenInitializeRequest",
    sealFieldsName: "PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS",
    sealingStringName: "paymentTokenInitializeRequestSealingString",
  });
});

test("interface version: prefix, recommended and its number", () => {
  expect(op.interfaceVersion).toEqual({
    prefix: "IR_MB_",
    recommended: "IR_MB_2.55",
    recommendedVersion: { text: "2.55", major: 2, minor: 55 },
  });
});

test("value lists are resolved to the shared list, not copied", () => {
  const field = op.request.fields.find((f) => f.name === "sealAlgorithm");
  expect(field?.valueList).toBe(model.valueLists.find((l) => l.name === "sealAlgorithm"));
});

test("requests refuse unknown fields, responses tolerate them", () => {
  expect([op.request.unknownFields, op.response.unknownFields]).toEqual(["error", "warning"]);
});

test("seal exclusions come from the platform rule, per direction", () => {
  expect(op.request.sealExclude).toEqual(["keyVersion", "seal", "sealAlgorithm"]);
  expect(op.response.sealExclude).toEqual(["seal"]);
});

test("changelog: newest first, then by name; seal is in both messages at its newer version", () => {
  const rows = op.changelog.map((r) => `${r.version?.text} ${r.field} ${r.attendance}`);
  expect(rows.slice(0, 2)).toEqual(["2.37 customerIpAddress Request", "2.37 interfaceVersion Request"]);
  expect(rows).toContain("2.37 seal Request/Response");
  expect(rows.at(-1)).toBe("1.0 redirectionVersion Response");
});

test("the platform's algorithms with their seal lengths", () => {
  expect(model.platform.seal.algorithms.map((a) => [a.name, a.kind, a.hexLength])).toEqual([
    ["HMAC-SHA-256", "hmac", 64],
    ["HMAC-SHA-512", "hmac", 128],
    ["SHA-256", "digest", 64],
  ]);
});
