// A field added to or removed from a JSON message: the line says the message's
// seal field list changes (seal.ts, x-sips-seal-fields), as the diff of
// generated/ shows it, either way; a field a container gains or loses leaves
// that list as it is (its container's sealing code takes it), and says nothing of it.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { OP, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const SEAL = "Its message's seal field list changes; no existing seal does.";
const REFERENCE =
  "    referenceId:\n      presence: undocumented\n      since: undocumented\n      format: AN35\n      description: Reference of the check.\n";
const LABEL =
  '          cardLabel:\n            presence: optional\n            since: "2.40"\n            format: ANS20\n            description: Label of the card.\n';
const EXPIRY = "          panExpiryDate:\n";

const summaries = (changes: ReturnType<typeof compareSpecs>, field: string) =>
  changes.filter((c) => c.field === field).map((c) => `${c.kind}: ${c.summary}`);

test("a message's own field removed names its seal field list, as one added does", async () => {
  const [golden, without] = await Promise.all([
    modelOf(goldenInput),
    modelOf(edited(goldenInput, [[OP, REFERENCE, ""]])),
  ]);
  const removed = summaries(compareSpecs(golden, without), "/referenceId");
  const added = summaries(compareSpecs(without, golden), "/referenceId");
  expect(removed).toEqual([
    `field-removed: request field referenceId removed: requests carrying it are refused and code setting it stops compiling. ${SEAL}`,
  ]);
  expect(added).toHaveLength(1);
  expect(added[0]).toContain(SEAL);
});

test("a field a container gains or loses leaves the message's seal field list: neither line names it", async () => {
  const [golden, labelled] = await Promise.all([
    modelOf(goldenInput),
    modelOf(edited(goldenInput, [[OP, EXPIRY, `${LABEL}${EXPIRY}`]])),
  ]);
  const added = summaries(compareSpecs(golden, labelled), "/cards/-/cardLabel");
  const removed = summaries(compareSpecs(labelled, golden), "/cards/-/cardLabel");
  expect(added).toEqual(["field-added: optional response field cardLabel added (since 2.40)."]);
  expect(removed).toEqual(["field-removed: response field cardLabel removed: code reading it stops compiling."]);
});
