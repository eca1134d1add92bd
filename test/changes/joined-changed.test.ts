// Lines of one place that differ only in what changed ("notes changed.",
// "summary changed.") are one line in Markdown, naming each thing and quoting
// a text reworded: the reader loses nothing, and the JSON keeps a change for each.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, PAYPAGE, REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const bullets = (markdown: string): string[] => markdown.split("\n").filter((l) => l.startsWith("- "));

async function reportOf(edits: Parameters<typeof edited>[1]) {
  return changesReport(compareSpecs(await modelOf(goldenInput), await modelOf(edited(goldenInput, edits))));
}

test("an operation's summary and notes, a field's description and notes: one line for each place", async () => {
  const report = await reportOf([
    [OP, "summary: Checks a card", "summary: Checks a payment card"],
    [OP, "  - Not a real Sips operation.", "  - Not a Sips operation."],
    [REFUND, "description: Channels the refund may go through.", "description: Channels of the refund."],
    [
      REFUND,
      "      description: Channels of the refund.\n",
      "      description: Channels of the refund.\n      notes:\n        - INTERNET only.\n",
    ],
  ]);
  expect(JSON.parse(toJson(report)).changes.map((c: { summary: string }) => c.summary)).toEqual([
    "notes changed.",
    "summary changed.",
    "channels: description changed.",
    "channels: notes changed.",
  ]);
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardCheck**: notes and summary changed; summary “Checks a card (a fixture that exercises every feature of the format).” → “Checks a payment card (a fixture that exercises every feature of the…”. _(description; docs)_",
    "- **cardRefund** request `/channels`: description and notes changed; description “Channels the refund may go through.” → “Channels of the refund.”. _(description; docs)_",
  ]);
});

test("lines of different places are not joined: each place keeps what changed there", async () => {
  // Two operations' notes share a line; one's summary stays apart, as the line of both says nothing of it.
  const note = "  - Not a real Sips operation.";
  const operations = await reportOf([
    [OP, "summary: Checks a card", "summary: Checks a payment card"],
    [OP, note, "  - Not a Sips operation."],
    [PAYPAGE, note, "  - Not a Sips operation."],
  ]);
  expect(bullets(toMarkdown(operations, "main"))).toEqual([
    "- **cardCheck**, **cardPaymentInit**: notes changed. _(description; docs)_",
    "- **cardCheck**: summary changed: “Checks a card (a fixture that exercises every feature of the format).” → “Checks a payment card (a fixture that exercises every feature of the…”. _(description; docs)_",
  ]);
  // Two fields' notes share a line; one's description stays apart, quoted.
  const report = await reportOf([
    [REFUND, "description: Version of the interface used.", "description: Version of the interface."],
    [
      REFUND,
      "      description: Version of the interface.\n",
      "      description: Version of the interface.\n      notes:\n        - Checked.\n",
    ],
    [
      REFUND,
      "      description: Channels the refund may go through.\n",
      "      description: Channels the refund may go through.\n      notes:\n        - Checked.\n",
    ],
  ]);
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardRefund** request `/channels`, `/interfaceVersion`: notes changed. _(description; docs)_",
    "- **cardRefund** request `/interfaceVersion`: description changed: “Version of the interface used.” → “Version of the interface.”. _(description; docs)_",
  ]);
});
