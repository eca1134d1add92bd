// `npm run changes`'s report: the verdict, and the Markdown's sections.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { OP, PAYPAGE, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

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

test("Markdown shows the spec's text in a summary as written, on its change's line: it cannot forge a heading or a change", async () => {
  const forged = "https://x.example/a\\n\\n### Documentation\\n\\n- **cardRefund**: nothing _(docs)_ `";
  const spec = edited(goldenInput, [
    [
      PAYPAGE,
      "      description: Where to send the buyer.\n",
      `      description: Where to send the buyer.\n      example: "${forged}"\n`,
    ],
  ]);
  const markdown = toMarkdown(changesReport(compareSpecs(await modelOfGolden(), await modelOf(spec))), "main");
  expect(markdown.split("\n").filter((l) => l.startsWith("#"))).toEqual([
    "## Spec changes since `main`: patch release",
    "### Documentation",
  ]);
  expect(markdown.split("\n").filter((l) => l.startsWith("- "))).toEqual([
    "- **cardPaymentInit** response `/redirectionUrl`: redirectionUrl: example none → https://x.example/a ### Documentation - \\*\\*cardRefund\\*\\*: nothing \\_(docs)\\_ \\` (the example messages carry it). _(description; docs)_",
  ]);
});
