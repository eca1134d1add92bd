// The compare-first assertions fail where the expect they stand for fails, and
// pass where it passes: the property tests that call them for each draw hold
// nothing if they never fail.
import { expect, test } from "vitest";
import { expectEqual, expectSame } from "./quick-expect.js";

test("expectSame fails on a difference, with the message given, and passes on the same value", () => {
  expect(() => expectSame(1, 2, "the draw")).toThrow(/the draw/);
  expect(() => expectSame("a", "b")).toThrow();
  // toBe's sameness: NaN is NaN, 0 is not -0, two equal objects are not the same.
  expect(() => expectSame(Number.NaN, Number.NaN)).not.toThrow();
  expect(() => expectSame(0, -0)).toThrow();
  expect(() => expectSame({}, {})).toThrow();
});

test("expectEqual fails on a deep difference, with the message given, and passes on deep equality", () => {
  expect(() => expectEqual({ a: [1, 2] }, { a: [1, 3] }, "the draw")).toThrow(/the draw/);
  expect(() => expectEqual([], [undefined])).toThrow();
  expect(() => expectEqual({ a: [1, { b: "c" }] }, { a: [1, { b: "c" }] })).not.toThrow();
  // Left to toEqual, which takes a property undefined on one side only as absent.
  expect(() => expectEqual({ a: 1, b: undefined }, { a: 1 })).not.toThrow();
});
