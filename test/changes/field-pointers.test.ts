// The walk of a message's fields by JSON Pointer (fieldsByPointer) names each
// field as the changes do, a list's items by "-": the beyond-recommended note,
// the fields a lower recommended version refuses and the places of a shared
// list's or type's fields each look a change's pointer up in it.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { fieldsByPointer } from "../../generator/changes/field-places.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

test("a list item's field changed: the walk has the pointer the change names it by", async () => {
  // cardCheck's response lists cards, each a container: a field of an item, reworded.
  const was = "description: Expiry date (YYYYMM).";
  const after = await modelOf(edited(goldenInput, [[OP, was, "description: Expiry date of the card (YYYYMM)."]]));
  const [change] = compareSpecs(await modelOfGolden(), after).filter((c) => c.message === "response");
  const op = after.operations.find((o) => o.name === "cardCheck");
  if (!op || !change?.field) throw new Error("the edit made no response change");
  expect(change.field).toMatch(/^\/cards\/-\//);
  expect(fieldsByPointer(op.response.fields).get(change.field)?.name).toBe("panExpiryDate");
});
