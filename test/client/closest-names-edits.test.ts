// closestNames counts edits as the optimal string alignment does, and holds a
// name to at most three of them (a third of its length, at least one): each
// bound and each edit's cost, by a name just inside and one just outside.
import { expect, test } from "vitest";
import { closestNames } from "../../generated/runtime/closest-names.js";

test("three edits at most, however long the name", () => {
  // 19 and 20 letters: a third of the length is 6, the bound 3.
  expect(closestNames("pymentTokenInitalise", ["paymentTokenInitialize"])).toEqual(["paymentTokenInitialize"]);
  expect(closestNames("pymentTkenInitalise", ["paymentTokenInitialize"])).toEqual([]);
});

test("a name of one or two letters is held to one edit, not to none", () => {
  expect(closestNames("ab", ["ac", "abc", "b", "xy"])).toEqual(["ac", "abc", "b"]);
});

test("a letter before the name costs an edit as one after it does", () => {
  // xcancelx is one edit away, cancels two: the closer first, whatever the order given.
  expect(closestNames("xcancel", ["cancels", "xcancelx"])).toEqual(["xcancelx", "cancels"]);
  expect(closestNames("cancelx", ["xcancels", "cancelxx"])).toEqual(["cancelxx", "xcancels"]);
});

test("a swap is of two letters exchanged, not of one letter moved over another", () => {
  expect(closestNames("ba", ["ab"])).toEqual(["ab"]);
  // b is a's second letter and c's first, but the two are not exchanged: two edits.
  expect(closestNames("ab", ["bc"])).toEqual([]);
});
