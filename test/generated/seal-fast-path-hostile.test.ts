// The generated sealing strings (keys from one for-in pass, each value read
// once) against the runtime's generic rule, for every message of the
// repository's spec and of the golden fixture (test/support/seal-fast-path-cases.ts):
// the same string, or the same kind of refusal, on hostile messages (null
// prototype, class instances, getters, proxies, cycles, shared references, list
// proxies). 60 messages each on a fixed seed (1,500 with SIPS_DEEP=1), with
// counters holding that the draw met sealing strings and refusals, and every
// sealed field present and absent.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { variantArb } from "../support/hostile-values.js";
import { drawOf, runs } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";
import { cases, messagesOf, outcome } from "../support/seal-fast-path-cases.js";

/**
 * Per message (test/support/property-runs.ts). The counters hold from 30 draws on the fixed seed (at 25 a required
 * field is present in every draw of one message): more buy nothing they check, the rest is room for a new page
 * release's messages.
 */
const QUICK = 60;
const DEEP = 1500;
const RUNS = runs(QUICK, DEEP);

describe.each(cases)("$name", (seal) => {
  const { message, exclude, generic } = seal;
  const fields = message.fields.map((f) => f.name);

  test("the same as the generic rule on hostile messages", () => {
    const present = new Map(message.sealFields.map((name) => [name, 0]));
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(messagesOf(seal), variantArb(fields), ([known, extra], variant) => {
        const value = JSON.parse(JSON.stringify({ ...known, ...extra })) as Record<string, unknown>;
        for (const name of Object.keys(value)) {
          const count = present.get(name);
          if (count !== undefined) present.set(name, count + 1);
        }
        const want = outcome(() => generic(variant(value).value as object, exclude));
        outcomes.add(want.slice(0, 1));
        expectSame(outcome(() => message.sealingString(variant(value).value as never)), want);
      }),
      drawOf(QUICK, DEEP),
    );
    // Sealing strings and refusals (cycles, throwing getters and proxies), every sealed field present and absent.
    expect([...outcomes].sort()).toEqual(["!", "="]);
    expect([...present].filter(([, count]) => count === 0 || count === RUNS)).toEqual([]);
  });
});
