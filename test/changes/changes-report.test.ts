// `npm run changes`'s report: the verdict, and the Markdown's sections.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { FIELDS, OP, PAYPAGE, REFUND, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

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
    "- **cardPaymentInit** response `/redirectionUrl`: example none → https://x.example/a ### Documentation - \\*\\*cardRefund\\*\\*: nothing \\_(docs)\\_ \\`; the example messages now carry it. _(description; docs)_",
  ]);
});

test("Markdown lists a change breaking senders and readers under both sections; JSON gives it once with both classes", async () => {
  const spec = edited(goldenInput, [[FIELDS, "typeName: PostalAddress", "typeName: BuyerAddress"]]);
  const report = changesReport(compareSpecs(await modelOfGolden(), await modelOf(spec)));
  const markdown = toMarkdown(report, "main").split("\n");
  // The section of each line naming the renamed type: the heading above it.
  const sections = markdown.flatMap((line, i) =>
    line.startsWith("- **container type BuyerAddress**")
      ? [
          [
            markdown.slice(0, i).findLast((l) => l.startsWith("### ")),
            line.endsWith("_(type-renamed; breaking-request, breaking-response)_"),
          ],
        ]
      : [],
  );
  expect(sections).toEqual([
    ["### Breaking for senders of requests", true],
    ["### Breaking for readers of responses", true],
  ]);
  const json = JSON.parse(toJson(report)) as { changes: { kind: string; classes: string[] }[] };
  expect(json.changes.filter((c) => c.kind === "type-renamed")).toEqual([
    expect.objectContaining({ classes: ["breaking-request", "breaking-response"] }),
  ]);
});

test("Markdown lists a seal change that breaks a side under the seal's section and that side's; JSON gives it once", async () => {
  const headings = async (edits: Parameters<typeof edited>[1]) => {
    const report = changesReport(compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, edits))));
    const markdown = toMarkdown(report, "main").split("\n");
    const json = JSON.parse(toJson(report)) as { changes: { kind: string; classes: string[] }[] };
    return {
      sections: markdown.flatMap((line, i) =>
        line.includes("_(encoding;") ? [markdown.slice(0, i).findLast((l) => l.startsWith("### "))] : [],
      ),
      json: json.changes.filter((c) => c.kind === "encoding").map((c) => c.classes),
    };
  };
  // The response travelling as Data: its seal covers other text, and readers of the old way fail.
  expect(await headings([[REFUND, "\nresponse:\n", "\nresponse:\n  encoding: data\n"]])).toEqual({
    sections: ["### Seal: the sealing string of existing messages changes", "### Breaking for readers of responses"],
    json: [["breaking-response", "seal"]],
  });
  expect(await headings([[OP, "\nrequest:\n", "\nrequest:\n  encoding: data\n"]])).toEqual({
    sections: ["### Seal: the sealing string of existing messages changes", "### Breaking for senders of requests"],
    json: [["breaking-request", "seal"]],
  });
});

test("an operation's changes of one class go as a call does: request, response, then callback", async () => {
  const spec = edited(goldenInput, [
    [PAYPAGE, "      description: Days before the payment is captured.\n", "      description: Days to capture.\n"],
    [PAYPAGE, "      description: Where to send the buyer.\n", "      description: The buyer's next page.\n"],
    [PAYPAGE, "      description: Outcome of the payment.\n", "      description: What became of the payment.\n"],
  ]);
  const changes = compareSpecs(await modelOfGolden(), await modelOf(spec));
  expect(changes.map((c) => [c.operation, c.message, c.field, c.classes])).toEqual([
    ["cardPaymentInit", "request", "/captureDay", ["docs"]],
    ["cardPaymentInit", "response", "/redirectionUrl", ["docs"]],
    ["cardPaymentInit", "callback", "/responseCode", ["docs"]],
  ]);
});

test("Markdown gives changes alike but for their place one line naming each place; JSON keeps one change a place", async () => {
  // A sweep of the operations' notes, and a dictionary field's description, which each operation's request takes.
  const note = "notes:\n  - Not a real Sips operation.\n";
  const spec = edited(goldenInput, [
    [OP, note, "notes:\n  - A fixture, not a Sips operation.\n"],
    [PAYPAGE, note, "notes:\n  - A fixture, not a Sips operation.\n"],
    [FIELDS, "description: Identifier of the shop.", "description: The shop's identifier."],
  ]);
  const report = changesReport(compareSpecs(await modelOfGolden(), await modelOf(spec)));
  expect(
    toMarkdown(report, "main")
      .split("\n")
      .filter((l) => l.startsWith("- ")),
  ).toEqual([
    "- **cardCheck**, **cardPaymentInit**: notes changed. _(description; docs)_",
    "- **cardCheck**, **cardPaymentInit**, **cardRefund** request `/merchantId`: description changed: “Identifier of the shop.” → “The shop's identifier.”. _(description; docs)_",
  ]);
  expect(report.changes.map((c) => `${c.operation} ${c.message ?? "-"} ${c.summary}`)).toEqual([
    "cardCheck - notes changed.",
    "cardCheck request merchantId: description changed.",
    "cardPaymentInit - notes changed.",
    "cardPaymentInit request merchantId: description changed.",
    "cardRefund request merchantId: description changed.",
  ]);
});

test("Markdown keeps changes of another kind or class on lines of their own, and names a place once", async () => {
  const base = { operation: "a", message: "request" as const, field: "/x", summary: "x: notes changed." };
  const changes: Change[] = [
    { ...base, kind: "description", classes: ["docs"] },
    { ...base, kind: "description", classes: ["docs"] },
    { ...base, operation: "b", kind: "description", classes: ["docs"] },
    { ...base, operation: "b", message: "response", kind: "description", classes: ["docs"] },
    { ...base, operation: "c", kind: "meaning", classes: ["docs"] },
    { ...base, operation: "c", kind: "description", classes: ["additive"] },
  ];
  expect(
    toMarkdown(changesReport(changes), "main")
      .split("\n")
      .filter((l) => l.startsWith("- ")),
  ).toEqual([
    "- **c** request `/x`: notes changed. _(description; additive)_",
    "- **a**, **b** request `/x`; **b** response `/x`: notes changed. _(description; docs)_",
    "- **c** request `/x`: notes changed. _(meaning; docs)_",
  ]);
});

test("Markdown keeps changes of one section but other classes on lines of their own", () => {
  // Both under the seal's section: one breaks senders too, the other does not; a line says each one's classes.
  const base = { operation: "a", message: "request" as const, field: "/x", kind: "field-added" as const };
  const changes: Change[] = [
    { ...base, classes: ["seal", "breaking-request"], summary: "x added." },
    { ...base, operation: "b", classes: ["seal"], summary: "x added." },
  ];
  const lines = toMarkdown(changesReport(changes), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));
  expect(lines.slice(0, 2)).toEqual([
    "- **a** request `/x`: x added. _(field-added; seal, breaking-request)_",
    "- **b** request `/x`: x added. _(field-added; seal)_",
  ]);
});
