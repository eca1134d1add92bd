// The test Paypage response has two validators: one built from its
// descriptor, one written as the generator writes them (the benchmark times
// decoding with it). They must find the same problems in any message.
import fc from "fast-check";
import { expect, test } from "vitest";
import { objectArb, reachedCodes } from "../support/message-arbitrary.js";
import { describedResponse, paypageResponse, RESPONSE_FIELDS } from "../support/paypage-messages.js";
import { drawOf } from "../support/property-runs.js";

const sorted = (issues: readonly { path: string; code: string; message: string }[]) =>
  [...issues].sort((a, b) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`));

/**
 * Draws on the fixed seed (test/support/property-runs.ts): the counters (valid messages, and every kind of issue,
 * each as an error and as a warning) hold from 50 draws; 1,000 on a fresh seed each run before.
 */
const QUICK = 200;
const DEEP = 1000;

test("the written validator and the descriptor's check agree on every message, lenient and strict", () => {
  const message = objectArb(RESPONSE_FIELDS, { prefix: "HP_", unknownKeys: ["newField", "toString", "x"] });
  const met = new Set<string>();
  fc.assert(
    fc.property(message, fc.boolean(), (value, strict) => {
      const [written, described] = [paypageResponse, describedResponse].map((m) => m.validate(value, { strict }));
      if (written?.ok) met.add(`valid, ${strict ? "strict" : "lenient"}`);
      for (const issue of written?.ok ? [] : (written?.errors ?? [])) met.add(`${issue.code} error`);
      for (const issue of written?.warnings ?? []) met.add(`${issue.code} warning`);
      expect(written?.ok).toBe(described?.ok);
      expect(sorted(written?.warnings ?? [])).toEqual(sorted(described?.warnings ?? []));
      if (written && !written.ok && described && !described.ok)
        expect(sorted(written.errors)).toEqual(sorted(described.errors));
    }),
    drawOf(QUICK, DEEP),
  );
  // Valid messages, lenient and strict; every kind of issue as an error, and as a warning where leniency makes one.
  expect([...met].sort()).toEqual(
    [
      ...[...reachedCodes(RESPONSE_FIELDS), "format", "not-an-object"].map((code) => `${code} error`),
      ...["format", "max-length", "unknown-field", "unknown-value"].map((code) => `${code} warning`),
      "valid, lenient",
      "valid, strict",
    ].sort(),
  );
});
