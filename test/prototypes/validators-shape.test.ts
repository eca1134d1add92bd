// The validator shape of bench/prototypes/ (issues collected in a local,
// nothing allocated for a valid message) against today's generated
// validators: the same result (verdict, value, every error and warning in
// order) on random, mutated and hostile messages, with every kind of options.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateGetWalletDataResponse } from "../../bench/prototypes/get-wallet-data.validators.js";
import {
  validatePaymentTokenInitializeRequest,
  validatePaymentTokenInitializeResponse,
} from "../../bench/prototypes/payment-token-initialize.validators.js";
import {
  type MessageDescriptor,
  operations,
  type ValidateOptions,
  type ValidationResult,
} from "../../generated/index.js";
import { objectArb } from "../support/message-arbitrary.js";
import { variantArb } from "./hostile-values.js";

/** Per message. `PROPERTY_RUNS=20000` for a deeper search. */
const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 3000);

type Validate = (value: unknown, options?: ValidateOptions) => ValidationResult<unknown>;
const { paymentTokenInitialize, getWalletData } = operations;
const cases: { name: string; prefix: string; message: MessageDescriptor<unknown>; prototype: Validate }[] = [
  {
    name: "paymentTokenInitialize request",
    prefix: "IR_MB_",
    message: paymentTokenInitialize.request as MessageDescriptor<unknown>,
    prototype: validatePaymentTokenInitializeRequest,
  },
  {
    name: "paymentTokenInitialize response",
    prefix: "IR_MB_",
    message: paymentTokenInitialize.response as MessageDescriptor<unknown>,
    prototype: validatePaymentTokenInitializeResponse,
  },
  {
    name: "getWalletData response",
    prefix: "WR_WS_",
    message: getWalletData.response as MessageDescriptor<unknown>,
    prototype: validateGetWalletDataResponse,
  },
];

const optionsArb = (prefix: string) =>
  fc.constantFrom<ValidateOptions | undefined>(
    undefined,
    {},
    { strict: true },
    { strict: false },
    { interfaceVersion: `${prefix}2.30` },
    { interfaceVersion: "2.55" },
    { interfaceVersion: "1.0", strict: true },
    { interfaceVersion: "latest" },
    { interfaceVersion: 42 as never },
  );

/** A result as plain data: the verdict, every issue in order, and whether the value is the input itself. */
const shown = (result: ValidationResult<unknown>, input: unknown) =>
  JSON.stringify({
    ok: result.ok,
    same: result.ok ? result.value === input : null,
    errors: result.ok ? null : result.errors,
    warnings: result.warnings,
  });

describe.each(cases)("$name", ({ prefix, message, prototype }) => {
  const fieldNames = message.fields.map((f) => f.name);
  const messages = objectArb(message.fields, { prefix, unknownKeys: ["unknownField", "__proto__", "seal2", "a/b~c"] });

  test(`the same results on ${RUNS} random, mutated and hostile messages`, () => {
    let valid = 0;
    fc.assert(
      fc.property(messages, variantArb(fieldNames), optionsArb(prefix), (fields, variant, options) => {
        const today = variant(fields);
        const shape = variant(fields);
        const want = message.validate(today.value, options);
        const got = prototype(shape.value, options);
        if (want.ok) valid++;
        expect(shown(got, shape.value)).toBe(shown(want, today.value));
        // Getters and proxies of plain objects are read as often.
        if (!shape.readsDiffer) expect(shape.reads()).toBe(today.reads());
      }),
      { numRuns: RUNS },
    );
    // Valid messages must be well represented, or the comparison proves little.
    expect(valid).toBeGreaterThan(RUNS / 50);
  });

  test(`the same results on ${RUNS} arbitrary JSON values`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), optionsArb(prefix), (value, options) => {
        expect(shown(prototype(value, options), value)).toBe(shown(message.validate(value, options), value));
      }),
      { numRuns: RUNS },
    );
  });

  test("a polluted Object.prototype changes neither", () => {
    fc.assert(
      fc.property(
        messages,
        fc.constantFrom(...fieldNames),
        fc.jsonValue({ maxDepth: 1 }),
        fc.boolean(),
        (fields, key, polluted, enumerable) => {
          const input = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
          Object.defineProperty(Object.prototype, key, {
            value: polluted,
            enumerable,
            configurable: true,
            writable: true,
          });
          try {
            expect(shown(prototype(input), input)).toBe(shown(message.validate(input), input));
            expect(shown(prototype(input, { strict: true }), input)).toBe(
              shown(message.validate(input, { strict: true }), input),
            );
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });
});
