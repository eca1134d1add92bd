// The model built from the repository's spec: the derived parts (orders,
// changelog, resolved references) that every emitter relies on. Facts of the
// spec itself (versions, field lists) are read from it, never copied here.
import { beforeAll, expect, test } from "vitest";
import type { SpecModel } from "../../generator/model/ir.js";
import type { OperationModel } from "../../generator/model/operation-model.js";
import { generateRepoSpec } from "../support/generate.js";

let model: SpecModel;
let op: OperationModel;
beforeAll(async () => {
  model = (await generateRepoSpec()).model;
  // An operation whose request takes the seal algorithm and whose page recommends a version, whichever it is.
  const found = model.operations.find(
    (o) =>
      o.interfaceVersion.recommended !== null &&
      o.request.fields.some((f) => f.name === model.platform.seal.algorithmField),
  );
  if (!found) throw new Error("no operation takes the seal algorithm and recommends a version");
  op = found;
});

test("messages are named as their schemas and docs name them (the TypeScript names are declarations: export-names.test.ts)", () => {
  const type = op.name.charAt(0).toUpperCase() + op.name.slice(1);
  expect([op.request.typeName, op.response.typeName]).toEqual([`${type}Request`, `${type}Response`]);
});

test("interface version: the recommended one is the prefix and its number", () => {
  const { prefix, recommended, recommendedVersion } = op.interfaceVersion;
  expect(recommended).toBe(`${prefix}${recommendedVersion?.major}.${recommendedVersion?.minor}`);
  expect(recommendedVersion?.text).toBe(recommended?.slice(prefix.length));
});

test("value lists are resolved to the shared list, not copied", () => {
  const field = op.request.fields.find((f) => f.name === model.platform.seal.algorithmField);
  expect(field?.valueList).toBeDefined();
  expect(model.valueLists).toContain(field?.valueList);
});

test("requests refuse unknown fields, responses tolerate them", () => {
  expect([op.request.unknownFields, op.response.unknownFields]).toEqual(["error", "warning"]);
});

test("seal exclusions come from the platform rule, per direction", () => {
  expect(op.request.sealExclude).toEqual(model.platform.seal.request.exclude);
  expect(op.response.sealExclude).toEqual(model.platform.seal.response.exclude);
  expect(op.request.sealExclude).toContain(model.platform.seal.field);
});

test("changelog: one row per field (and per field of a container); the seal is in both messages at its newer version", () => {
  const names = new Set([...op.request.fields, ...op.response.fields].map((f) => f.name));
  const topLevel = op.changelog.filter((r) => r.container === "");
  expect(topLevel.map((r) => r.field).sort()).toEqual([...names].sort());
  const seal = model.platform.seal.field;
  const versions = [op.request, op.response].map((m) => m.fields.find((f) => f.name === seal)?.since);
  const newer = [...versions].sort((a, b) => (b?.major ?? 0) - (a?.major ?? 0) || (b?.minor ?? 0) - (a?.minor ?? 0))[0];
  expect(topLevel.find((r) => r.field === seal)).toMatchObject({ attendance: "Request/Response", version: newer });
});

test("the platform's algorithms with their seal lengths", () => {
  expect(model.platform.seal.algorithms.map((a) => [a.name, a.kind, a.hexLength])).toEqual([
    ["HMAC-SHA-256", "hmac", 64],
    ["HMAC-SHA-512", "hmac", 128],
    ["SHA-256", "digest", 64],
  ]);
});
