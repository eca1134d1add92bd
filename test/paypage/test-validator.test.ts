// The test Paypage response has two validators: one built from its
// descriptor, and the one the generator writes from its fixture spec
// (test/support/paypage-fixture.ts), which the benchmark times decoding with.
// They must find the same problems in any message.
import fc from "fast-check";
import { expect, test } from "vitest";
import type { FieldDescriptor, ItemDescriptor, ValidationResult } from "../../generated/index.js";
import { objectArb, reachedCodes } from "../support/message-arbitrary.js";
import { describedResponse, type Fields, paypageResponse, RESPONSE_FIELDS } from "../support/paypage-messages.js";
import { drawOf } from "../support/property-runs.js";
import { someCases } from "../support/some-cases.js";

const sorted = (issues: readonly { path: string; code: string; message: string }[]) =>
  [...issues].sort((a, b) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`));

/**
 * Draws on the fixed seed (test/support/property-runs.ts): the counters (valid messages, and every kind of issue,
 * each as an error and as a warning) hold from 50 draws; 1,000 on a fresh seed each run before. The edge of each
 * length limit, which random texts seldom meet, is tried in the tests below.
 */
const QUICK = 150;
const DEEP = 1000;

test("the generated validator and the descriptor's check agree on every message, lenient and strict", () => {
  const message = objectArb(RESPONSE_FIELDS, { prefix: "HP_", unknownKeys: ["newField", "toString", "x"] });
  const met = new Set<string>();
  fc.assert(
    fc.property(message, fc.boolean(), (value, strict) => {
      const [generated, described] = [paypageResponse, describedResponse].map((m) => m.validate(value, { strict }));
      if (generated?.ok) met.add(`valid, ${strict ? "strict" : "lenient"}`);
      for (const issue of generated?.ok ? [] : (generated?.errors ?? [])) met.add(`${issue.code} error`);
      for (const issue of generated?.warnings ?? []) met.add(`${issue.code} warning`);
      expect(generated?.ok).toBe(described?.ok);
      expect(sorted(generated?.warnings ?? [])).toEqual(sorted(described?.warnings ?? []));
      if (generated && !generated.ok && described && !described.ok)
        expect(sorted(generated.errors)).toEqual(sorted(described.errors));
    }),
    drawOf(QUICK, DEEP),
  );
  // Valid messages, lenient and strict; every kind of issue as an error, and as a warning where leniency makes one
  // (a container given something else than an object is a "type" error, as any other field of the wrong type).
  expect([...met].sort()).toEqual(
    [
      ...[...reachedCodes(RESPONSE_FIELDS), "format"].map((code) => `${code} error`),
      ...["format", "max-length", "unknown-field", "unknown-value"].map((code) => `${code} warning`),
      "valid, lenient",
      "valid, strict",
    ].sort(),
  );
});

// Random texts seldom have exactly one character more than a long format allows: each limit is tried at its edge.
interface Limit {
  readonly path: string;
  readonly type: string;
  /** A conforming character of the format. */
  readonly unit: string;
  readonly max: number;
  /** The message with the value at the limit's place, its other fields those of `base`. */
  readonly place: (value: unknown) => Fields;
}

const formatOf = (f: FieldDescriptor | ItemDescriptor) => /^([A-Z]+)(\d+)$/.exec(f.format ?? "");

/** A valid value of a field: its first listed value, a one-digit integer, one character of its format. */
function validValue(f: FieldDescriptor): unknown {
  if (f.valueList) return f.valueList.values[0]?.value;
  return f.type === "integer" ? 1 : formatOf(f)?.[1] === "N" ? "1" : "a";
}

/** The required fields, each with a valid value. */
const base: Fields = Object.fromEntries(
  RESPONSE_FIELDS.filter((f) => f.presence === "required").map((f) => [f.name, validValue(f)]),
);

/**
 * Every formatted text and integer of `f`, in containers and lists too, at `path` in the message `place` makes. Fields with a value list are left out:
 * their list is checked first, and no listed value is longer than its format, so their length check is never reached.
 */
function limitsOf(f: FieldDescriptor | ItemDescriptor, path: string, place: (value: unknown) => Fields): Limit[] {
  if (f.type === "container")
    return (f.fields ?? []).flatMap((inner) =>
      limitsOf(inner, `${path}/${inner.name}`, (value) => place({ [inner.name]: value })),
    );
  if ("items" in f && f.items) return limitsOf(f.items, `${path}/0`, (value) => place([value]));
  const format = formatOf(f);
  if (!format || f.valueList) return [];
  return [{ path, type: f.type, unit: format[1] === "N" ? "1" : "a", max: Number(format[2]), place }];
}

const limits = someCases(
  "response fields with a length limit",
  RESPONSE_FIELDS.flatMap((f) => limitsOf(f, `/${f.name}`, (value) => ({ ...base, [f.name]: value }))),
);

const issuesOf = (result: ValidationResult<unknown> | undefined) =>
  sorted(result?.ok ? result.warnings : [...(result?.errors ?? []), ...(result?.warnings ?? [])]);

test.each(limits)("$path: at its limit and one over, the same issues from both validators", (limit) => {
  const [at, over] =
    limit.type === "integer"
      ? [10 ** limit.max - 1, 10 ** limit.max]
      : [limit.max, limit.max + 1].map((n) => limit.unit.repeat(n));
  for (const strict of [false, true]) {
    for (const [value, codes] of [
      [at, []],
      [over, ["max-length"]],
    ] as const) {
      const message = limit.place(value);
      const [generated, described] = [paypageResponse, describedResponse].map((m) => m.validate(message, { strict }));
      expect(issuesOf(generated).map((issue) => `${issue.path} ${issue.code}`)).toEqual(
        codes.map((code) => `${limit.path} ${code}`),
      );
      expect(generated?.ok).toBe(!strict || codes.length === 0);
      expect(issuesOf(generated)).toEqual(issuesOf(described));
      expect(generated?.ok).toBe(described?.ok);
    }
  }
});
