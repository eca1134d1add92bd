// Assertions for property bodies and long loops, which run them thousands of
// times: vitest builds an assertion object with its proxies for each expect()
// call, which costs more than most checks it makes. These compare first and
// call expect only when the values differ, so a passing check costs a
// comparison and a failing one fails as the expect would, with its report.
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";

/** expect(got, message).toBe(want). */
export function expectSame(got: unknown, want: unknown, message?: string): void {
  if (!Object.is(got, want)) expect(got, message).toBe(want);
}

/**
 * expect(got, message).toEqual(want): values deeply and strictly equal (as
 * node:util compares them) are equal for toEqual too; any other pair is left
 * to toEqual, which may still find them equal (an own property undefined on
 * one side only).
 */
export function expectEqual(got: unknown, want: unknown, message?: string): void {
  if (!isDeepStrictEqual(got, want)) expect(got, message).toEqual(want);
}
