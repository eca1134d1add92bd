// The generated sealing strings (a fast path for known fields, a generic
// fallback for the rest) agree with the seal rule in its plainest form
// (generator/model/seal-rule.ts) on random messages, unknown fields included.
import fc from "fast-check";
import { beforeAll, describe, test } from "vitest";
import { operations, type MessageDescriptor } from "../../generated/index.js";
import type { JsonObject, SpecModel } from "../../generator/model/ir.js";
import { sealingString } from "../../generator/model/seal-rule.js";
import { generateRepoSpec } from "../support/generate.js";
import { objectArb } from "../support/message-arbitrary.js";

/** Per message; building random messages is most of the cost. `PROPERTY_RUNS=20000` for a deeper search. */
const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 2500);

let model: SpecModel;
beforeAll(async () => {
  model = (await generateRepoSpec()).model;
});

const cases = Object.values(operations).flatMap((op) =>
  (["request", "response"] as const).map((kind) => ({
    name: `${op.name} ${kind}`,
    op,
    kind,
    message: op[kind] as MessageDescriptor<object>,
  })),
);

describe.each(cases)("$name", ({ op, kind, message }) => {
  test(`fast and generic sealing strings agree on ${RUNS} random messages`, () => {
    const exclude = model.platform.seal[kind].exclude;
    const arbitrary = fc.tuple(
      objectArb(message.fields, {
        prefix: op.interfaceVersion.prefix,
        unknownKeys: ["aNewField", "zNewField", "Upper", "seal", "keyVersion"],
      }),
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
    );
    fc.assert(
      fc.property(arbitrary, ([known, extra]) => {
        const value = JSON.parse(JSON.stringify({ ...known, ...extra })) as JsonObject;
        // A plain comparison: fast-check reports the smallest message on which they differ.
        return message.sealingString(value) === sealingString(value, exclude);
      }),
      { numRuns: RUNS },
    );
  });
});
