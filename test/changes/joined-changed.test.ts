// Lines of one place that differ only in what changed ("notes changed.",
// "summary changed.") are one line in Markdown, naming each thing: the reader
// loses nothing, and the JSON keeps a change for each.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

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
    "- **cardCheck**: notes and summary changed. _(description; docs)_",
    "- **cardRefund** request `/channels`: description and notes changed. _(description; docs)_",
  ]);
});

test("lines of different places are not joined: each place keeps what changed there", async () => {
  // Two operations' summaries share a line; one's notes stay apart, as the line of both says nothing of notes.
  const operations = await reportOf([
    [OP, "summary: Checks a card", "summary: Checks a payment card"],
    [OP, "  - Not a real Sips operation.", "  - Not a Sips operation."],
    [REFUND, "summary: Refunds a card payment", "summary: Refunds a payment"],
  ]);
  expect(bullets(toMarkdown(operations, "main"))).toEqual([
    "- **cardCheck**: notes changed. _(description; docs)_",
    "- **cardCheck**, **cardRefund**: summary changed. _(description; docs)_",
  ]);
  const report = await reportOf([
    [REFUND, "description: Channels the refund may go through.", "description: Channels of the refund."],
    [REFUND, "description: Version of the interface used.", "description: Version of the interface."],
    [
      REFUND,
      "      description: Version of the interface.\n",
      "      description: Version of the interface.\n      notes:\n        - IR_WS_ only.\n",
    ],
  ]);
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardRefund** request `/channels`, `/interfaceVersion`: description changed. _(description; docs)_",
    "- **cardRefund** request `/interfaceVersion`: notes changed. _(description; docs)_",
  ]);
});
