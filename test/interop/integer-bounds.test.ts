// An integer field of format Nn holds at most n digits: the JSON Schema's bound and the generated
// validators' check (`value < 0 || value >= 1e<n>` refused, format-checks.ts) must agree at the edge for
// every length, also past 15 digits, where 10^n - 1 is no double and a `maximum` of it rounds to 10^n.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { valueSchema } from "../../generator/emit/json-schema/value-schema.js";
import { parseFormat } from "../../generator/rules/format.js";
import { SIPS_KEYWORDS } from "./sips-keywords.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of SIPS_KEYWORDS) ajv.addKeyword(keyword);

/** What a generated validator accepts of an integer of format Nn (the emitted condition, inverted). */
const validatorAccepts = (value: number, digits: number): boolean => !(value < 0 || value >= Number(`1e${digits}`));

describe("integer formats: schema bound against the validators' check", () => {
  for (let digits = 1; digits <= 22; digits++) {
    test(`N${digits}`, () => {
      const format = parseFormat(`N${digits}`);
      const schema = valueSchema({ kind: "integer" }, null, format, { refPrefix: "#/$defs/", containers: new Map() });
      const check = ajv.compile(schema);
      const top = 10 ** digits;
      // The largest doubles below 10^n, 10^n itself and the next double above it.
      const edge = [
        top - 1,
        top - 2 ** Math.max(0, Math.ceil(Math.log2(top)) - 53),
        top,
        top + 1,
        top * (1 + 2 ** -52),
      ];
      for (const value of [0, 1, ...edge].filter(Number.isInteger)) {
        expect({ value, schema: check(value) }).toEqual({ value, schema: validatorAccepts(value, digits) });
      }
    });
  }
});
