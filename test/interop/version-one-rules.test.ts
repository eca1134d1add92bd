// A field of interface version 1.0 or earlier is in every version: the
// validators check no field against such a version (version-checks.ts), so
// the JSON Schema's version rules write none for it either. Where a request
// has no floor (an IR_MB_ request, whose values give no version, with
// required fields of 1.0), a rule for 1.0 made a request that declares a 0.x
// version unsatisfiable in the schema (its required fields forbidden) though
// its validator takes it.
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { versionRules } from "../../generator/emit/json-schema/version-rules.js";
import type { FieldModel, VersionModel } from "../../generator/model/field-model.js";

const version = (text: string): VersionModel => {
  const [major = 0, minor = 0] = text.split(".").map(Number);
  return { text, major, minor };
};

/** A plain string field of the request. */
const field = (name: string, since: string | null, required: boolean): FieldModel => ({
  name,
  presence: required ? "required" : "optional",
  required,
  condition: null,
  since: since === null ? null : version(since),
  type: { kind: "string" },
  valueList: null,
  values: null,
  format: null,
  description: name,
  example: null,
  notes: [],
  fromDictionary: false,
  sensitive: null,
});

const fields = [
  field("interfaceVersion", null, true),
  field("amount", "1.0", true),
  field("legacyField", "0.9", false),
  field("customerIpAddress", "2.37", false),
];

test("version rules are written for the versions after 1.0 alone", () => {
  const rules = versionRules(fields, "interfaceVersion", "IR_MB_");
  expect(rules.map((r) => Object.keys((r["then"] as { properties: object }).properties))).toEqual([
    ["customerIpAddress"],
  ]);
});

test("the schema takes a request declaring a version before 1.0 with its fields of 1.0, as the validators do", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile({
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.name, { type: "string" }])),
    required: ["interfaceVersion", "amount"],
    allOf: versionRules(fields, "interfaceVersion", "IR_MB_"),
  });
  // Before the fix: { amount: false } under IR_MB_0.x, and amount required: no such request was valid.
  expect(
    validate({ interfaceVersion: "IR_MB_0.5", amount: "1", legacyField: "x" }),
    JSON.stringify(validate.errors),
  ).toBe(true);
  // A field after 1.0 is still held to its version.
  expect(validate({ interfaceVersion: "IR_MB_2.36", amount: "1", customerIpAddress: "x" })).toBe(false);
  expect(validate({ interfaceVersion: "IR_MB_2.37", amount: "1", customerIpAddress: "x" })).toBe(true);
});
