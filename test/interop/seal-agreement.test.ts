// The generated sealing strings (a fast path for known fields, a generic
// fallback for the rest) agree with the seal rule in its plainest form
// (generator/model/seal-rule.ts) on random messages, unknown fields included:
// 150 a message on a fixed seed, 2,500 with SIPS_DEEP=1, with counters holding
// that every sealed field was both present and absent and that messages with
// and without a field outside the fast path were drawn (they hold from 100; at
// 50 a required field is present in every draw).
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { operations, type MessageDescriptor } from "../../generated/index.js";
import type { SpecModel } from "../../generator/model/ir.js";
import type { JsonObject } from "../../generator/model/json-value.js";
import { sealingString } from "../../generator/model/seal-rule.js";
import { generateRepoSpec } from "../support/generate.js";
import { objectArb } from "../support/message-arbitrary.js";
import { drawOf, runs } from "../support/property-runs.js";

/** Per message; building random messages is most of the cost (test/support/property-runs.ts). */
const QUICK = 150;
const DEEP = 2500;
const RUNS = runs(QUICK, DEEP);

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
        // Required fields left out often enough that each is absent in some draw: at one in 40, with the draws of
        // plausible values alone keeping every required field, one of a message's several was in all 150.
        requiredAbsentOneIn: 15,
      }),
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
    );
    const known = new Set(message.fields.map((f) => f.name));
    const present = new Map(message.sealFields.map((name) => [name, 0]));
    let beyondFastPath = 0;
    fc.assert(
      fc.property(arbitrary, ([fields, extra]) => {
        const value = JSON.parse(JSON.stringify({ ...fields, ...extra })) as JsonObject;
        for (const name of Object.keys(value)) {
          const count = present.get(name);
          if (count !== undefined) present.set(name, count + 1);
        }
        if (Object.keys(value).some((name) => !known.has(name))) beyondFastPath++;
        // A plain comparison: fast-check reports the smallest message on which they differ.
        return message.sealingString(value) === sealingString(value, exclude);
      }),
      drawOf(QUICK, DEEP),
    );
    // Every sealed field both present and absent, and the generic fallback both taken and not.
    expect([...present].filter(([, count]) => count === 0 || count === RUNS)).toEqual([]);
    expect(beyondFastPath).toBeGreaterThan(0);
    expect(beyondFastPath).toBeLessThan(RUNS);
  });
});
