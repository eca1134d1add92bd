// Meanings reworded show their words: the JSON carries each value's meanings
// before and after whole, and the Markdown line quotes them after its summary,
// a long one cut around where it first differs, so that a reviewer reads what
// was reworded without opening the diff of generated/.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { LISTS, REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const OWN = '      values: ["00"]\n      meanings:\n        "00": Refund accepted\n';
const meanings = (accepted: string, failed: string): string =>
  `      values: ["00", "99"]\n      meanings:\n        "00": ${accepted}\n        "99": ${failed}\n`;

const bullets = (markdown: string): string[] => markdown.split("\n").filter((l) => l.startsWith("- "));

async function reworded(from: string, to: string) {
  const before = edited(goldenInput, [[REFUND, OWN, from]]);
  const after = edited(goldenInput, [[REFUND, OWN, to]]);
  return changesReport(compareSpecs(await modelOf(before), await modelOf(after)));
}

test("a field's meanings reworded: the JSON carries the words before and after, the line quotes them", async () => {
  const report = await reworded(
    meanings("Refund accepted", "Refund failed"),
    meanings("Refund accepted. The bank pays back.", "Refund failed"),
  );
  const [change] = JSON.parse(toJson(report)).changes;
  expect(change.summary).toBe("meaning of 00 (list statusCode) changed, in this operation's own words.");
  expect(change.meanings).toEqual([
    { value: "00", before: ["Refund accepted"], after: ["Refund accepted. The bank pays back."] },
  ]);
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardRefund** response `/statusCode`: meaning of 00 changed, in this operation's own words: “Refund accepted” → “Refund accepted. The bank pays back.”. _(meaning; docs)_",
  ]);
});

test("several values reworded are each named with their words", async () => {
  const report = await reworded(meanings("Refund accepted", "Refund failed"), meanings("Accepted", "Failed"));
  // The constants named for the meanings are renamed too, each a line of its own.
  expect(bullets(toMarkdown(report, "main")).filter((l) => l.includes("_(meaning;"))).toEqual([
    "- **cardRefund** response `/statusCode`: meanings of 00, 99 changed, in this operation's own words: 00 “Refund accepted” → “Accepted”; 99 “Refund failed” → “Failed”. _(meaning; docs)_",
  ]);
});

test("a long meaning is cut short around where it first differs, its whole words in the JSON", async () => {
  const head = "Refund accepted by the acquirer once the bank has checked the card, the amount and";
  const report = await reworded(
    meanings(`${head} the currency`, "Refund failed"),
    meanings(`${head} the merchant's contract`, "Refund failed"),
  );
  expect(JSON.parse(toJson(report)).changes[0].meanings[0].after).toEqual([`${head} the merchant's contract`]);
  const [line] = bullets(toMarkdown(report, "main"));
  // The difference is past the first 72 characters: the quote starts shortly before it, "…" where it is cut.
  expect(line).toContain("“…amount and the currency” → “…amount and the merchant's contract”");
  expect(line).not.toContain(head);
});

test("a shared list's general meaning reworded quotes it on the list's line", async () => {
  const before = await modelOf(goldenInput);
  const after = await modelOf(edited(goldenInput, [[LISTS, "meaning: Internal error", "meaning: Server error"]]));
  const report = changesReport(compareSpecs(before, after));
  const list = JSON.parse(toJson(report)).changes.find((c: { kind: string }) => c.kind === "shared-meaning");
  expect(list.meanings).toEqual([{ value: "99", before: ["Internal error"], after: ["Server error"] }]);
  expect(bullets(toMarkdown(report, "main"))).toContain(
    "- **value list statusCode**: general meaning of 99 changed: “Internal error” → “Server error”. _(shared-meaning; docs)_",
  );
});
