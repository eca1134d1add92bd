// A validator's unknown key asks its message's names for the field meant only
// where a name near one of them (nearNames) may have the key's length (runtime
// unknownFieldOf, and nearLengths and mayBeNear in closest-names.ts): the
// issue is the one the names give when each is asked, for every key; a key of
// no such length reads no name.
import fc from "fast-check";
import { expect, test } from "vitest";
import { mayBeNear, nearLengths } from "../../generated/runtime/closest-names.js";
import { unknownFieldIssue, unknownFieldOf } from "../../generated/runtime/issues.js";
import { SLIP_KINDS, slipped } from "../support/name-slips.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual } from "../support/quick-expect.js";

test("a length passes the test exactly where a name's is within the edits it allows (a third, 1 to 3), up to 30; past 30, wherever a name is that long", () => {
  for (let n = 1; n <= 40; n++) {
    const lengths = nearLengths(["x".repeat(n)]);
    for (let length = 0; length <= 42; length++) {
      const edits = Math.min(3, Math.max(1, Math.floor(length / 3)));
      const near = Math.abs(n - length) <= edits;
      if (near) expect(mayBeNear(length, lengths), `name ${n}, key ${length}`).toBe(true);
      else if (length <= 30) expect(mayBeNear(length, lengths), `name ${n}, key ${length}`).toBe(false);
      else expect(mayBeNear(length, lengths), `name ${n}, key ${length}`).toBe(n >= 28);
    }
  }
  expect(nearLengths([])).toBe(0);
});

const KINDS = [...SLIP_KINDS, "other"] as const;

/** `name` with a slip of `kind` at `at`, or (`other`) `text`, a key that may be of any length. */
const keyOf = (name: string, kind: (typeof KINDS)[number], at: number, text: string): string =>
  kind === "other" ? text : slipped(name, kind, at);

// Names of a few letters, some of them near the lengths where the test changes from one bit per length to one for all.
const name = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "b", "A"), minLength: 1, maxLength: 8 }),
  fc.string({ unit: fc.constantFrom("a", "b", "A"), minLength: 28, maxLength: 34 }),
);
const draw = fc.record({
  names: fc.array(name, { minLength: 1, maxLength: 5 }),
  which: fc.nat(),
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  text: fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "b", "A"), maxLength: 10 }),
    fc.string({ unit: fc.constantFrom("a", "b", "A"), minLength: 27, maxLength: 36 }),
  ),
});

test("an unknown key's issue is the one asking every name gives, whatever the key", () => {
  const reached = { meant: 0, longMeant: 0, skipped: 0, longSkipped: 0 };
  fc.assert(
    fc.property(draw, ({ names, which, kind, at, text }) => {
      const key = keyOf(names[which % names.length] as string, kind, at, text);
      const issue = unknownFieldOf(names)("/k", key, undefined);
      // Compared first, expect called on a difference (quick-expect.ts): this runs for each draw.
      expectEqual(issue, unknownFieldIssue("/k", key, names));
      if (issue.meant !== undefined) reached[key.length > 30 ? "longMeant" : "meant"]++;
      if (!mayBeNear(key.length, nearLengths(names))) reached[key.length > 30 ? "longSkipped" : "skipped"]++;
    }),
    drawOf(3000, 30000),
  );
  for (const [what, count] of Object.entries(reached)) expect(count, what).toBeGreaterThan(10);
});

test("a key near no name by its length reads no name; a key that may be reads them", () => {
  const names = ["seal", "publicKeyValue", "redirectionStatusCode", "redirectionStatusMessage", "redirectionUrl"];
  let reads = 0;
  const counted = new Proxy(names, {
    get(target, property, receiver) {
      if (typeof property === "string" && /^\d+$/.test(property)) reads++;
      return Reflect.get(target, property, receiver);
    },
  });
  const issueOf = unknownFieldOf(counted);
  reads = 0;
  // No name is 6 to 10 units long (4, 14, 21, 24, 14): none within the two edits an 8-unit key allows.
  expect(issueOf("/newField", "newField", undefined)).toEqual(unknownFieldIssue("/newField", "newField"));
  expect(reads).toBe(0);
  expect(issueOf("/sael", "sael", undefined)).toMatchObject({ meant: "seal" });
  expect(reads).toBeGreaterThan(0);
});
