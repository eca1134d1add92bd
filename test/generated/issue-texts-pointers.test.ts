// The JSON pointers of issues' paths held to what the runtime wrote before, for
// any key: pointer, and topPointer, which keeps the pointers of the keys it met;
// keys that are escaped and cut.
import fc from "fast-check";
import { expect, test } from "vitest";
import { pointer, topPointer } from "../../generated/runtime/json-pointer.js";
import { cutWhole, RUNS, text } from "../support/former-issue-texts.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/** topPointer's draw is 70 to 140 keys: its counters hold from 1. */
const TOP_RUNS = [2, 30] as const;
/** Keys made of what pointers escape, some longer than a pointer keeps. */
const escapedKey = fc.string({ unit: fc.constantFrom("a", "~", "/", "0", "1"), maxLength: 120, size: "max" });

/** Keys that pointers escape or cut, and the rest. */
function keyKind(key: string | number): string {
  if (typeof key === "number") return "number";
  if (key.length > 100) return "long";
  return key.includes("~") || key.includes("/") ? "escaped" : "plain";
}

/** The former pointer. */
function formerPointer(parent: string, key: string | number): string {
  let t = String(key);
  if (t.length > 100) t = `${cutWhole(t, 100)}…`;
  return `${parent}/${t.includes("~") || t.includes("/") ? t.replaceAll("~", "~0").replaceAll("/", "~1") : t}`;
}

test("pointer gives what it gave, for any key", () => {
  const met = new Set<string>();
  fc.assert(
    fc.property(
      fc.oneof(text, escapedKey, fc.integer()),
      (key) => {
        met.add(keyKind(key));
        return pointer("/p", key) === formerPointer("/p", key);
      },
    ),
    drawOf(...RUNS),
  );
  expect([...met].sort()).toEqual(["escaped", "long", "number", "plain"]);
  for (const length of [99, 100, 101])
    expect(pointer("", "k".repeat(length))).toBe(formerPointer("", "k".repeat(length)));
});

test("topPointer, which keeps the pointers of the keys it met, gives what pointer gave at the top", () => {
  const keys = fc.oneof(text, escapedKey);
  // Each key twice in a row (made, then the last one), then the key before it,
  // and all again later (kept), among more keys than are kept at once.
  const met = new Set<string>();
  fc.assert(
    fc.property(fc.array(keys, { minLength: 70, maxLength: 140 }), (drawn) => {
      const order = [...drawn, ...drawn];
      order.forEach((key, i) => {
        met.add(keyKind(key));
        for (const looked of [key, key, order[i - 1] ?? key]) expectSame(topPointer(looked), formerPointer("", looked));
      });
    }),
    drawOf(...TOP_RUNS),
  );
  expect([...met].sort()).toEqual(["escaped", "long", "plain"]);
});
