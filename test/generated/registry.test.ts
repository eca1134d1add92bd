// The `operations` registry: every operation of the spec with the contract of
// the design (name, method, endpoints, interfaceVersion, request, response).
// What the spec holds is read from the spec's model, not copied here.
import { beforeAll, expect, test } from "vitest";
import { operations, type FieldDescriptor } from "../../generated/index.js";
import type { FieldModel } from "../../generator/model/field-model.js";
import type { SpecModel } from "../../generator/model/ir.js";
import { generateRepoSpec } from "../support/generate.js";
import { specOperationFacts } from "../support/operation-facts.js";

let model: SpecModel;
beforeAll(async () => {
  model = (await generateRepoSpec()).model;
});

test("every operation of the spec is in the registry", () => {
  // Each operation file of spec/ is in the model the cases below compare with: an empty model would pass them.
  expect(model.operations.map((op) => op.name).sort()).toEqual([...specOperationFacts().keys()].sort());
  expect(Object.keys(operations)).toEqual(model.operations.map((op) => op.name));
});

test.each(Object.values(operations))("$name has the registry's shape", (op) => {
  const spec = model.operations.find((o) => o.name === op.name);
  expect(op.method).toBe("POST");
  // Every address of the spec, by environment and kind; the JSON ones, on the Sips JSON API, as endpoints.
  expect(op.endpoints).toEqual(spec?.endpoints);
  const addresses = Object.fromEntries(
    (spec?.environments ?? []).map((e) => [
      e.name,
      Object.fromEntries((["json", "post", "soap"] as const).flatMap((k) => (e[k] === null ? [] : [[k, e[k]]]))),
    ]),
  );
  expect(op.addresses).toEqual(addresses);
  for (const url of Object.values(op.endpoints)) expect(url).toMatch(/^https:\/\/[^/]+\/+rs-services\/v2\/\S+$/);
  expect(new Set(Object.values(op.endpoints).map((url) => new URL(url).pathname)).size).toBe(1);
  expect(op.interfaceVersion.prefix).toMatch(/^[A-Z]+(_[A-Z]+)*_$/);
  if (op.interfaceVersion.recommended !== null) expect(op.interfaceVersion.recommended.startsWith(op.interfaceVersion.prefix)).toBe(true);
  for (const [prefix, version] of Object.entries(op.interfaceVersion.recommendedByPrefix)) expect(version.startsWith(prefix)).toBe(true);
  if (op.interfaceVersion.recommended !== null)
    expect(op.interfaceVersion.recommendedByPrefix[op.interfaceVersion.prefix]).toBe(op.interfaceVersion.recommended);
  // The POST interface's prefix, as the spec gives it (a version of another interface recommended beside the own).
  const { postPrefix } = op.interfaceVersion;
  expect(postPrefix).toBe(spec?.interfaceVersion.post?.prefix ?? null);
  if (postPrefix !== null) expect(op.interfaceVersion.recommendedByPrefix[postPrefix]).toBeDefined();
  for (const message of [op.request, op.response]) {
    expect(message.fields.map((f) => f.name)).toContain("seal");
    expect(message.sealFields).not.toContain("seal");
    for (const name of ["validate", "is", "sealingString", "seal", "verify"] as const) expect(typeof message[name]).toBe("function");
  }
});

/** What a reader of the descriptors learns of a field, from the model and from the descriptor. */
const fromModel = (fields: readonly FieldModel[]): unknown[] =>
  fields.map((f) => {
    const inner = f.type.kind === "list" ? f.type.items.type : f.type;
    const format = f.type.kind === "list" ? f.type.items.format : f.format;
    const nested = inner.kind === "container" ? fromModel(inner.container.fields) : null;
    return { name: f.name, presence: f.presence, since: f.since?.text ?? null, type: f.type.kind, format: format?.text ?? null, nested };
  });
const fromDescriptor = (fields: readonly FieldDescriptor[]): unknown[] =>
  fields.map((f) => {
    const nested = f.fields ?? f.items?.fields ?? null;
    return { name: f.name, presence: f.presence, since: f.since, type: f.type, format: f.items ? f.items.format : f.format, nested: nested && fromDescriptor(nested) };
  });

test("descriptors describe every field as the spec does, containers and lists included", () => {
  for (const op of model.operations) {
    const descriptor = operations[op.name as keyof typeof operations];
    expect(fromDescriptor(descriptor.request.fields), op.name).toEqual(fromModel(op.request.fields));
    expect(fromDescriptor(descriptor.response.fields), op.name).toEqual(fromModel(op.response.fields));
  }
});
