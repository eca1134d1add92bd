// Fields in another order name the fields moved, beside the whole new order:
// a message of thirteen fields listed in full left the reviewer to find the
// two that moved.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const MERCHANT = '    merchantId: { from: dictionary, presence: required, since: "2.0" }\n';
const SEAL = '    seal: { from: dictionary, since: "2.0" }\n';

test("a field moved is named: the fields outside the longest run kept in order", async () => {
  const moved = edited(goldenInput, [
    [REFUND, MERCHANT, ""],
    [REFUND, SEAL, `${SEAL}${MERCHANT}`],
  ]);
  const changes = compareSpecs(await modelOf(goldenInput), await modelOf(moved));
  expect(changes.filter((c) => c.kind === "field-order").map((c) => [c.message, c.summary])).toEqual([
    [
      "request",
      "fields in another order (the types, the reference and the examples list them so; what validation accepts and the seals do not change): interfaceVersion, channels, sealAlgorithm, seal, merchantId (moved: merchantId).",
    ],
  ]);
});
