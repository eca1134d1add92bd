// closestNames, which a misspelt interfaceVersions key is answered with: the
// names a few edits away (a swap of two adjacent letters is one), closest
// first, rather than every operation of the client.
import { expect, test } from "vitest";
import { closestNames } from "../../generated/runtime/closest-names.js";

const NAMES = ["cardOrder", "cardCheck", "cancel", "paymentTokenInitialize", "paymentProviderInitialize", "refund"];

test("a misspelt name gets the names within a few edits, the closest first", () => {
  expect(closestNames("paymentTokenInitialise", NAMES)).toEqual(["paymentTokenInitialize"]);
  // Two letters swapped are one edit, not two.
  expect(closestNames("oredr", ["order", "orders"])).toEqual(["order"]);
  // Case aside: the configuration's author meant the name.
  expect(closestNames("REFUND", NAMES)).toEqual(["refund"]);
  // Equally close, in the order given; a closer one first whatever its place.
  expect(closestNames("cancelx", ["cancels", "cancel"])).toEqual(["cancels", "cancel"]);
  expect(closestNames("cancelx", ["cancel", "cancels"])).toEqual(["cancel", "cancels"]);
  expect(closestNames("cardChecr", ["cardOrder", "cardChecks", "cardCheck"])).toEqual(["cardCheck", "cardChecks"]);
});

test("a name far from all gets none, and a short one is held to few edits", () => {
  expect(closestNames("getTransactionData", NAMES)).toEqual([]);
  // A third of the length: one edit for a name of up to 5 letters.
  expect(closestNames("rfnd", NAMES)).toEqual([]);
  expect(closestNames("refnd", NAMES)).toEqual(["refund"]);
  expect(closestNames("x", [])).toEqual([]);
});
