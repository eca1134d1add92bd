// The model built from the repository's spec: the derived parts (orders,
// changelog, resolved references) that every emitter relies on. Facts of the
// spec itself (versions, field lists) are read from it, never copied here.
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

test("messages are named as their schemas and docs name them (the TypeScript names are declarations: export-names.test.ts)", () => {
  expect([op.request.typeName, op.response.typeName]).toEqual([
    "PaymentTokenInitializeRequest",
    "PaymentTokenInitializeResponse",
  ]);
});

test("interface version: the recommended one is the prefix and its number", () => {
  const { prefix, recommended, recommendedVersion } = op.interfaceVersion;
  expect(recommended).toBe(`${prefix}${recommendedVersion?.major}.${recommendedVersion?.minor}`);
  expect(recommendedVersion?.text).toBe(recommended?.slice(prefix.length));
});

test("value lists are resolved to the shared list, not copied", () => {
  const field = op.request.fields.find((f) => f.name === "sealAlgorithm");
  expect(field?.valueList).toBe(model.valueLists.find((l) => l.name === "sealAlgorithm"));
});

test("requests refuse unknown fields, responses tolerate them", () => {
  expect([op.request.unknownFields, op.response.unknownFields]).toEqual(["error", "warning"]);
});

test("seal exclusions come from the platform rule, per direction", () => {
  expect(op.request.sealExclude).toEqual(model.platform.seal.request.exclude);
  expect(op.response.sealExclude).toEqual(model.platform.seal.response.exclude);
  expect(op.request.sealExclude).toContain(model.platform.seal.field);
});

test("changelog: one row per field; the seal is in both messages at its newer version", () => {
  const names = new Set([...op.request.fields, ...op.response.fields].map((f) => f.name));
  expect(op.changelog.map((r) => r.field).sort()).toEqual([...names].sort());
  const seal = model.platform.seal.field;
  const versions = [op.request, op.response].map((m) => m.fields.find((f) => f.name === seal)?.since);
  const newer = [...versions].sort((a, b) => (b?.major ?? 0) - (a?.major ?? 0) || (b?.minor ?? 0) - (a?.minor ?? 0))[0];
  expect(op.changelog.find((r) => r.field === seal)).toMatchObject({ attendance: "Request/Response", version: newer });
});

test("the platform's algorithms with their seal lengths", () => {
  expect(model.platform.seal.algorithms.map((a) => [a.name, a.kind, a.hexLength])).toEqual([
    ["HMAC-SHA-256", "hmac", 64],
    ["HMAC-SHA-512", "hmac", 128],
    ["SHA-256", "digest", 64],
  ]);
});
