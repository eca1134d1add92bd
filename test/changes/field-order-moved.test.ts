// Fields in another order name the fields moved, beside the whole new order:
// a message of thirteen fields listed in full left the reviewer to find the
// two that moved.
import { expect, test } from "vitest";
import { fewestMoved } from "../../generator/changes/field-order.js";
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

// The fewest fields moved; where several choices would do, those that leave
// the fields kept nearest their old places, then the ones the new order finds
// out of place below the fields it lists first.
test.each([
  ["two neighbours swapped: the one now below is named", "c l r p", "c r l p", ["l"]],
  ["two fields apart swapped: both are named", "a x y b", "b x y a", ["b", "a"]],
  ["two fields swapped round a third: both, not the third", "r x l", "l x r", ["l", "r"]],
  ["a swap round one among many", "a b r x l c d", "a b l x r c d", ["l", "r"]],
  ["a rotation: the field carried round is named", "a b c d e", "b c d e a", ["a"]],
  ["a rotation the other way", "a b c d e", "e a b c d", ["e"]],
  ["a move to the end", "a b c d", "a c d b", ["b"]],
  ["one moved among many", "a b c d e f g h i j k l m", "a b c d j e f g h i k l m", ["j"]],
  ["two moved among many, in the new order", "a b c d e f g h", "a f b c d h e g", ["f", "h"]],
  ["the same order: none", "a b c", "a b c", []],
])("%s", (_case, was, now, moved) => {
  expect(fewestMoved(was.split(" "), now.split(" "))).toEqual(moved);
});

const SEAL_ALGORITHM =
  '    sealAlgorithm:\n      from: dictionary\n      since: "2.10"\n      meanings:\n        SHA-256: SHA-256 of the sealing string and the key\n';

test("two fields of the fixture swapped round a third are both named, and the third is not", async () => {
  const swapped = edited(goldenInput, [
    [REFUND, MERCHANT, "#merchantId\n"],
    [REFUND, SEAL_ALGORITHM, MERCHANT],
    [REFUND, "#merchantId\n", SEAL_ALGORITHM],
  ]);
  const changes = compareSpecs(await modelOf(goldenInput), await modelOf(swapped));
  expect(changes.filter((c) => c.kind === "field-order").map((c) => c.summary.replace(/.*\(moved/, "(moved"))).toEqual([
    "(moved: sealAlgorithm, merchantId).",
  ]);
});
