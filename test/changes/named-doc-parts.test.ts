// A change of docs with two parts says which of them changed: a value list's
// description or its notes, an operation's sources' pages to read first or
// their notes. "description or notes of list x changed." and "sources (pages
// to read first, notes) changed." named both whatever had changed.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { LISTS, REFUND, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const SOURCE =
  "effect: changes\nsource:\n  notes:\n    - From the page.\n  readFirst:\n    - title: Guide\n      label: Recommended\n      description: The guide.\n";

async function summaries(before: Parameters<typeof edited>[1], after: Parameters<typeof edited>[1]) {
  const changes = compareSpecs(await modelOf(edited(goldenInput, before)), await modelOf(edited(goldenInput, after)));
  return { summaries: changes.map((c) => c.summary), markdown: toMarkdown(changesReport(changes), "main") };
}

test("a value list's description or notes changed: the one that changed is named", async () => {
  const description = [LISTS, "description: Outcome of the call.", "description: Outcome."] as const;
  const notes = [LISTS, "Sips adds codes over time.", "Sips adds codes."] as const;
  expect((await summaries([], [description])).summaries).toEqual(["description of list statusCode changed."]);
  expect((await summaries([], [notes])).summaries).toEqual(["notes of list statusCode changed."]);
  const both = await summaries([], [description, notes]);
  expect(both.summaries).toEqual(["description and notes of list statusCode changed."]);
  expect(both.markdown).toContain("- **value list statusCode**: description and notes changed. _(description; docs)_");
});

test("an operation's sources: their pages to read first or their notes, whichever changed", async () => {
  const base = [[REFUND, "effect: changes\n", SOURCE]] as const;
  const notes = await summaries(base, [
    [REFUND, "effect: changes\n", SOURCE.replace("From the page.", "From its page.")],
  ]);
  expect(notes.summaries).toEqual(["sources (notes) changed."]);
  const first = await summaries(base, [[REFUND, "effect: changes\n", SOURCE.replace("The guide.", "A guide.")]]);
  expect(first.summaries).toEqual(["sources (pages to read first) changed."]);
  const both = await summaries(base, [
    [REFUND, "effect: changes\n", SOURCE.replace("The guide.", "A guide.").replace("From the page.", "From its page.")],
  ]);
  expect(both.markdown).toContain(
    "- **cardRefund**: sources (pages to read first and notes) changed. _(description; docs)_",
  );
});
