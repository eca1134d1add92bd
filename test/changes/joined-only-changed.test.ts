// Only lines that say nothing but "X changed." are joined: a line that goes on
// past "changed" (the words of meanings reworded, "in this operation's own
// words") keeps its line, though its place, kind and classes are another's.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { LISTS, OP, REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const OWN = '      values: ["00"]\n      meanings:\n        "00": Refund accepted\n';
const taking = (accepted: string): string => `      values: ["00", "99"]\n      meanings:\n        "00": ${accepted}\n`;
const SHARED = "        meaning: Internal error\n";
/** cardCheck takes 00 only, so that 99's shared meaning is reworded on cardRefund's field alone. */
const CHECK_TAKES_00: readonly [string, string, string] = [
  OP,
  "      valueList: statusCode\n      description: Outcome.\n",
  '      valueList: statusCode\n      values: ["00"]\n      description: Outcome.\n',
];

const bullets = (markdown: string): string[] => markdown.split("\n").filter((l) => l.startsWith("- "));

test("a field's meanings reworded in the list's words and in its own: two lines, each with its words", async () => {
  const before = edited(goldenInput, [CHECK_TAKES_00, [REFUND, OWN, taking("Refund accepted")]]);
  const after = edited(goldenInput, [
    CHECK_TAKES_00,
    [REFUND, OWN, taking("Refund accepted at once")],
    [LISTS, SHARED, "        meaning: Internal error at Sips\n"],
  ]);
  const report = changesReport(compareSpecs(await modelOf(before), await modelOf(after)));
  const lines = bullets(toMarkdown(report, "main")).filter(
    (l) => l.startsWith("- **cardRefund** response") && l.includes("_(meaning;"),
  );
  expect(lines).toEqual([
    "- **cardRefund** response `/statusCode`: meaning of 00 changed, in this operation's own words: “Refund accepted” → “Refund accepted at once”. _(meaning; docs)_",
    "- **cardRefund** response `/statusCode`: meaning of 99 changed: “Internal error” → “Internal error at Sips”. _(meaning; docs)_",
  ]);
});
