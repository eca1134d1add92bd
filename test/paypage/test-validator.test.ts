// The test Paypage response has two validators: one built from its
// descriptor, one written as the generator writes them (the benchmark times
// decoding with it). They must find the same problems in any message.
import fc from "fast-check";
import { expect, test } from "vitest";
import { objectArb } from "../support/message-arbitrary.js";
import { describedResponse, paypageResponse, RESPONSE_FIELDS } from "../support/paypage-messages.js";

const sorted = (issues: readonly { path: string; code: string; message: string }[]) =>
  [...issues].sort((a, b) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`));

test("the written validator and the descriptor's check agree on every message, lenient and strict", () => {
  const message = objectArb(RESPONSE_FIELDS, { prefix: "HP_", unknownKeys: ["newField", "toString", "x"] });
  fc.assert(
    fc.property(message, fc.boolean(), (value, strict) => {
      const [written, described] = [paypageResponse, describedResponse].map((m) => m.validate(value, { strict }));
      expect(written?.ok).toBe(described?.ok);
      expect(sorted(written?.warnings ?? [])).toEqual(sorted(described?.warnings ?? []));
      if (written && !written.ok && described && !described.ok)
        expect(sorted(written.errors)).toEqual(sorted(described.errors));
    }),
    { numRuns: 1000 },
  );
});
