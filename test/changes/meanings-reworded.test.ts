// A field whose values' meanings change, in the operation's own words or the
// list's, says so once: "meanings of 00, 99 changed", as it says once the
// meanings its page no longer gives, where each value took a change (and a
// Markdown line) alike but for the value.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const OWN = '      values: ["00"]\n      meanings:\n        "00": Refund accepted\n';
const meanings = (accepted: string, failed: string): string =>
  `      values: ["00", "99"]\n      meanings:\n        "00": ${accepted}\n        "99": ${failed}\n`;

test("meanings of several values reworded in the operation's own words are one change of the field", async () => {
  const before = edited(goldenInput, [[REFUND, OWN, meanings("Refund accepted", "Refund failed")]]);
  const after = edited(goldenInput, [
    [REFUND, OWN, meanings("Refund accepted. The bank pays back.", "Refund failed. Nothing is paid back.")],
  ]);
  const changes = compareSpecs(await modelOf(before), await modelOf(after));
  expect(changes.map((c) => [c.operation, c.field, c.kind, c.summary])).toEqual([
    [
      "cardRefund",
      "/statusCode",
      "meaning",
      "meanings of 00, 99 (list statusCode) changed, in this operation's own words.",
    ],
  ]);
  expect(
    toMarkdown(changesReport(changes), "main")
      .split("\n")
      .filter((l) => l.startsWith("- ")),
  ).toEqual([
    "- **cardRefund** response `/statusCode`: meanings of 00, 99 changed, in this operation's own words: 00 “Refund accepted” → “Refund accepted. The bank pays back.”; 99 “Refund failed” → “Refund failed. Nothing is paid back.”. _(meaning; docs)_",
  ]);
  // One value reworded keeps its own words.
  const one = edited(goldenInput, [[REFUND, OWN, meanings("Refund accepted", "Refund failed. Nothing is paid back.")]]);
  expect(compareSpecs(await modelOf(before), await modelOf(one)).map((c) => c.summary)).toEqual([
    "meaning of 99 (list statusCode) changed, in this operation's own words.",
  ]);
});
