// Differential tests: for every message, the generated validator and ajv
// running the emitted JSON Schema agree on valid/invalid, over arbitrary JSON
// and over messages built from the field descriptors (at least 10,000 of each
// per message per run), and the validator never throws. Responses are compared
// with `strict: true` against the strict schema, the documented contract, and
// by default (lenient) against the lenient response schema.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { operations, type MessageDescriptor } from "../../generated/index.js";
import { generatedDir } from "../support/paths.js";
import { objectArb } from "../support/message-arbitrary.js";
import { SIPS_KEYWORDS } from "./sips-keywords.js";

/** Per message and kind of input. `PROPERTY_RUNS=20000` for a deeper search. */
const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 5000);

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
  const ours = (value: unknown) => {
    const result = message.validate(value, { strict: !lenient });
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
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => void agree(value)),
      { numRuns: RUNS },
    );
  });

  test(`messages built from the descriptors: ${RUNS} values, both valid and invalid ones`, () => {
    let valid = 0;
    const arbitrary = objectArb(message.fields, {
      prefix: op.interfaceVersion.prefix,
      unknownKeys: ["unknownField", "__proto__", "seal2"],
    });
    fc.assert(
      fc.property(arbitrary, (value) => {
        if (agree(JSON.parse(JSON.stringify(value)))) valid++;
      }),
      { numRuns: RUNS },
    );
    // Both outcomes must be well represented, or the comparison proves little.
    expect(valid).toBeGreaterThan(RUNS / 20);
    expect(valid).toBeLessThan(RUNS - RUNS / 20);
  });
});

function exampleOf(opName: string, kind: string): unknown {
  const doc = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8")) as {
    components: { examples: Record<string, { value: unknown }> };
  };
  const name = `${opName.charAt(0).toUpperCase()}${opName.slice(1)}${kind === "request" ? "Request" : "Response"}`;
  return doc.components.examples[name]?.value;
}
