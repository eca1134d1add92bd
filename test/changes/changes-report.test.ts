// `npm run changes`'s report: the verdict, and the Markdown's sections.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

test("no change: verdict none", async () => {
  const model = await modelOfGolden();
  const report = changesReport(compareSpecs(model, model));
  expect(report).toEqual({ semver: "none", changes: [] });
  expect(toMarkdown(report, "main")).toBe(
    "## Spec changes since `main`: none\n\nNo change to the operations, their fields, values or seal.\n",
  );
});

test("Markdown lists seal and breaking changes before additive ones", async () => {
  const before = await modelOfGolden();
  const spec = edited(goldenInput, [
    [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.50"],
    ["sips.yaml", "exclude: [seal]", "exclude: [statusCode, seal]"],
  ]);
  const markdown = toMarkdown(changesReport(compareSpecs(before, await modelOf(spec))), "v1.0.0");
  expect(markdown.split("\n").filter((l) => l.startsWith("#"))).toEqual([
    "## Spec changes since `v1.0.0`: major release",
    "### Seal: the sealing string of existing messages changes",
    "### Additive",
  ]);
});
