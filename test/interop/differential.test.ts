// Differential tests: for every message, the generated validator and ajv
// running the emitted JSON Schema agree on valid/invalid, over arbitrary JSON
// and over messages built from the field descriptors (250 of each per
// message, 5,000 with SIPS_DEEP=1; counters hold that the draw reaches
// objects and non-objects, valid and invalid messages and every kind of issue
// the messages can raise), and the validator never throws. Responses are compared
// with `strict: true` against the strict schema, the documented contract, and
// by default (lenient) against the lenient response schema.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { operations, type MessageDescriptor } from "../../generated/index.js";
import { generatedDir } from "../support/paths.js";
import { objectArb, reachedCodes } from "../support/message-arbitrary.js";
import { drawOf, runs } from "../support/property-runs.js";
import { SIPS_KEYWORDS } from "./sips-keywords.js";

/**
 * Per message and kind of input (test/support/property-runs.ts). The counters below all hold from 80 draws on
 * the fixed seed: more buy nothing they check.
 */
const QUICK = 250;
const DEEP = 5000;
const RUNS = runs(QUICK, DEEP);

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);

const cases = Object.values(operations).flatMap((op) => [
  ...(["request", "response"] as const).map((kind) => ({
    name: `${op.name} ${kind}`,
    op,
    kind,
    lenient: false,
    message: op[kind] as MessageDescriptor<unknown>,
  })),
  {
    name: `${op.name} response, lenient`,
    op,
    kind: "response" as const,
    lenient: true,
    message: op.response as MessageDescriptor<unknown>,
  },
]);

function schemaValidator(opName: string, kind: string, lenient: boolean): ValidateFunction {
  const file = path.join(generatedDir, "schemas", `${opName}.${kind}${lenient ? ".lenient" : ""}.schema.json`);
  return ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
}

describe.each(cases)("$name", ({ op, kind, lenient, message }) => {
  const schema = schemaValidator(op.name, kind, lenient);
  // The schema of a message whose saved facts stop is open: a field the spec does not hold is the gap's
  // warning, which strict validation refuses; the two agree on everything else.
  const beyondFacts = (e: { path: string; code: string }) =>
    e.code === "unknown-field" && e.path.lastIndexOf("/") === 0;
  /** The issue codes the validator raised on the draw of the current test. */
  const reached = new Set<string>();
  const ours = (value: unknown) => {
    const result = message.validate(value, { strict: !lenient });
    for (const issue of result.ok ? result.warnings : [...result.errors, ...result.warnings]) reached.add(issue.code);
    return message.factsStop && !result.ok && result.errors.every(beyondFacts)
      ? { ok: true as const, errors: [] }
      : result;
  };
  const agree = (value: unknown) => {
    const result = ours(value);
    const theirs = schema(value);
    if (result.ok !== theirs) {
      throw new Error(
        `disagree on ${JSON.stringify(value)}: validator ${result.ok ? "accepts" : `refuses (${JSON.stringify(result.errors)})`}, ajv ${theirs ? "accepts" : `refuses (${JSON.stringify(schema.errors)})`}`,
      );
    }
    return result.ok;
  };

  test("the example of the OpenAPI document is valid for both", () => {
    expect(agree(JSON.parse(JSON.stringify(exampleOf(op.name, kind))))).toBe(true);
  });

  test(`arbitrary JSON: ${RUNS} values`, () => {
    reached.clear();
    let objects = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        if (typeof value === "object" && value !== null && !Array.isArray(value)) objects++;
        agree(value);
      }),
      drawOf(QUICK, DEEP),
    );
    // Objects, whose fields are checked, and values refused as a whole.
    expect(objects).toBeGreaterThan(RUNS / 20);
    expect(reached).toContain("not-an-object");
    expect(reached).toContain("unknown-field");
  });

  test(`messages built from the descriptors: ${RUNS} values, both valid and invalid ones`, () => {
    reached.clear();
    let valid = 0;
    const arbitrary = objectArb(message.fields, {
      prefix: op.interfaceVersion.prefix,
      unknownKeys: ["unknownField", "__proto__", "seal2"],
    });
    fc.assert(
      fc.property(arbitrary, (value) => {
        if (agree(JSON.parse(JSON.stringify(value)))) valid++;
      }),
      drawOf(QUICK, DEEP),
    );
    // Both outcomes must be well represented, and every kind of issue met, or the comparison proves little.
    expect(valid).toBeGreaterThan(RUNS / 20);
    expect(valid).toBeLessThan(RUNS - RUNS / 20);
    expect([...reachedCodes(message.fields)].filter((code) => !reached.has(code))).toEqual([]);
  });
});

function exampleOf(opName: string, kind: string): unknown {
  const doc = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
    components: { examples: Record<string, { value: unknown }> };
  };
  const name = `${opName.charAt(0).toUpperCase()}${opName.slice(1)}${kind === "request" ? "Request" : "Response"}`;
  return doc.components.examples[name]?.value;
}
