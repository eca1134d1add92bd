// The sealing-string shape of bench/prototypes/ (keys from one for-in pass,
// each value read once) against the runtime's generic rule and today's
// generated sealing strings: byte-identical on random messages with unknown
// fields, and on hostile ones (null prototype, class instances, a polluted
// Object.prototype, getters, proxies, shared references) wherever the generic
// rule gives a string.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getWalletDataResponseSealingString } from "../../bench/prototypes/get-wallet-data.seal.js";
import {
  paymentTokenInitializeRequestSealingString,
  paymentTokenInitializeResponseSealingString,
} from "../../bench/prototypes/payment-token-initialize.seal.js";
import { genericSealingString, type MessageDescriptor, operations } from "../../generated/index.js";
import { objectArb } from "../support/message-arbitrary.js";
import { variantArb } from "./hostile-values.js";

/** Per message. `PROPERTY_RUNS=20000` for a deeper search. */
const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 3000);

const { paymentTokenInitialize, getWalletData } = operations;
type SealingString = (message: never) => string;
const cases: {
  name: string;
  prefix: string;
  message: MessageDescriptor<unknown>;
  exclude: string[];
  prototype: SealingString;
}[] = [
  {
    name: "paymentTokenInitialize request",
    prefix: "IR_MB_",
    message: paymentTokenInitialize.request as MessageDescriptor<unknown>,
    exclude: ["keyVersion", "seal", "sealAlgorithm"],
    prototype: paymentTokenInitializeRequestSealingString,
  },
  {
    name: "paymentTokenInitialize response",
    prefix: "IR_MB_",
    message: paymentTokenInitialize.response as MessageDescriptor<unknown>,
    exclude: ["seal"],
    prototype: paymentTokenInitializeResponseSealingString,
  },
  {
    name: "getWalletData response",
    prefix: "WR_WS_",
    message: getWalletData.response as MessageDescriptor<unknown>,
    exclude: ["seal"],
    prototype: getWalletDataResponseSealingString,
  },
];

/** The string, or the kind of error thrown. */
function outcome(run: () => string): string {
  try {
    return `= ${run()}`;
  } catch (error) {
    return `! ${(error as Error).constructor.name}`;
  }
}

describe.each(cases)("$name", ({ prefix, message, exclude, prototype }) => {
  const excluded = new Set(exclude);
  const fields = message.fields.map((f) => f.name);
  const messages = fc.tuple(
    objectArb(message.fields, {
      prefix,
      unknownKeys: ["aNewField", "zNewField", "Upper", "seal", "keyVersion", "__proto__"],
    }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  );

  test(`byte-identical to the generic rule and to today's on ${RUNS} random JSON messages`, () => {
    fc.assert(
      fc.property(messages, ([known, extra]) => {
        const value = JSON.parse(JSON.stringify({ ...known, ...extra })) as Record<string, unknown>;
        const want = genericSealingString(value, excluded);
        expect(prototype(value as never)).toBe(want);
        expect(message.sealingString(value as never)).toBe(want);
      }),
      { numRuns: RUNS },
    );
  });

  test(`the same as the generic rule on ${RUNS} hostile messages`, () => {
    fc.assert(
      fc.property(messages, variantArb(fields), ([known, extra], variant) => {
        const value = JSON.parse(JSON.stringify({ ...known, ...extra })) as Record<string, unknown>;
        const want = outcome(() => genericSealingString(variant(value).value as object, excluded));
        expect(outcome(() => prototype(variant(value).value as never))).toBe(want);
      }),
      { numRuns: RUNS },
    );
  });

  test("a polluted Object.prototype, enumerable or not, changes neither", () => {
    fc.assert(
      fc.property(
        messages,
        fc.constantFrom(...fields, "aNewField"),
        fc.string(),
        fc.boolean(),
        ([known], key, polluted, enumerable) => {
          const value = JSON.parse(JSON.stringify(known)) as Record<string, unknown>;
          const want = genericSealingString(value, excluded);
          Object.defineProperty(Object.prototype, key, {
            value: polluted,
            enumerable,
            configurable: true,
            writable: true,
          });
          try {
            expect(prototype(value as never)).toBe(want);
            expect(genericSealingString(value, excluded)).toBe(want);
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });
});
