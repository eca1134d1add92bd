// A text reworded (a field's description or condition, an operation's
// summary) is quoted on its Markdown line, before and after, as a meaning
// reworded is: a reviewer reads what a page release changed without opening
// the diff of generated/. The JSON gives both texts whole, in "text".
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const bullets = (markdown: string): string[] => markdown.split("\n").filter((l) => l.startsWith("- "));

async function reportOf(edits: Parameters<typeof edited>[1]) {
  return changesReport(compareSpecs(await modelOf(goldenInput), await modelOf(edited(goldenInput, edits))));
}

test("a field's description and condition reworded are quoted before and after; none where there was none", async () => {
  const report = await reportOf([
    [REFUND, "description: Channels the refund may go through.", "description: Channels of the refund."],
    [OP, "      condition: When the check reserves an amount.\n", ""],
  ]);
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardCheck** request `/amount`: condition changed: “When the check reserves an amount.” → none. _(description; docs)_",
    "- **cardRefund** request `/channels`: description changed: “Channels the refund may go through.” → “Channels of the refund.”. _(description; docs)_",
  ]);
  const json = JSON.parse(toJson(report)) as { changes: Record<string, unknown>[] };
  expect(json.changes.map((c) => [c["field"], c["summary"], c["text"]])).toEqual([
    ["/amount", "amount: condition changed.", { before: "When the check reserves an amount.", after: null }],
    [
      "/channels",
      "channels: description changed.",
      { before: "Channels the refund may go through.", after: "Channels of the refund." },
    ],
  ]);
});

test("a long text is cut around where it first differs on its line, and given whole in the JSON", async () => {
  const long = (word: string): string =>
    `Channels the refund may go through, as the acquirer lists them for the shop's contract, ${word} at the bank.`;
  const before = edited(goldenInput, [
    [REFUND, "description: Channels the refund may go through.", `description: ${long("checked")}`],
  ]);
  const after = edited(before, [[REFUND, long("checked"), long("confirmed")]]);
  const report = changesReport(compareSpecs(await modelOf(before), await modelOf(after)));
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardRefund** request `/channels`: description changed: “…contract, checked at the bank.” → “…contract, confirmed at the bank.”. _(description; docs)_",
  ]);
  expect(report.changes.map((c) => c.text)).toEqual([{ before: long("checked"), after: long("confirmed") }]);
});

test("each operation's summary reworded keeps its own words on its line", async () => {
  const report = await reportOf([
    [OP, "summary: Checks a card", "summary: Checks a bank card"],
    [REFUND, "summary: Refunds a card payment", "summary: Refunds a bank card payment"],
  ]);
  const lines = bullets(toMarkdown(report, "main"));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(
    /^- \*\*cardCheck\*\*: summary changed: “Checks a card \(a fixture.*” → “Checks a bank card/u,
  );
  expect(lines[1]).toMatch(
    /^- \*\*cardRefund\*\*: summary changed: “Refunds a card payment.*” → “Refunds a bank card/u,
  );
});
