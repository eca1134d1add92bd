// A field's example changed says what it was and is ("example none → 1250;
// ..."): more than what changed, so its Markdown line is never joined with the
// field's "notes changed." and the like, which would keep only "example".
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf } from "../support/golden-changes.js";

test("a field's example change keeps its own line beside its notes and description changed", async () => {
  const after = edited(goldenInput, [
    [
      OP,
      "      description: Amount to reserve.\n",
      "      description: Amount to reserve, in cents.\n      example: 1250\n      notes:\n        - In cents.\n",
    ],
  ]);
  const report = changesReport(compareSpecs(await modelOf(goldenInput), await modelOf(after)));
  const summaries = report.changes.map((c) => c.summary);
  const example = summaries.find((s) => s.startsWith("amount: example none → 1250"));
  expect(example).toBeDefined();
  expect(summaries).toEqual(expect.arrayContaining(["amount: description changed.", "amount: notes changed."]));
  const lines = toMarkdown(report, "main")
    .split("\n")
    .filter((l) => l.startsWith("- ") && l.includes("`/amount`"));
  expect(lines).toHaveLength(2);
  expect(lines.some((l) => l.includes("example none → 1250"))).toBe(true);
  expect(
    lines.some((l) =>
      l.includes(": description and notes changed; description “Amount to reserve.” → “Amount to reserve, in cents.”."),
    ),
  ).toBe(true);
});
