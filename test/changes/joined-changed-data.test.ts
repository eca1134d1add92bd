// Markdown joins a place's "<what> changed." lines on what changed as their
// writers give it (Change.changed), never on a summary that happens to end in
// "changed.": an operation's family is the spec's own text, and a family
// "Office as changed" makes a summary "family Office → Office as changed.",
// which says more than what changed and keeps a line of its own.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const bullets = (markdown: string): string[] => markdown.split("\n").filter((l) => l.startsWith("- "));

test("a summary ending in 'changed.' that another writer wrote is not joined with a place's changed lines", async () => {
  const report = changesReport(
    compareSpecs(
      await modelOf(goldenInput),
      await modelOf(
        edited(goldenInput, [
          [OP, "family: Office\n", "family: Office as changed\n"],
          [OP, "  - Not a real Sips operation.", "  - Not a Sips operation."],
          [OP, "summary: Checks a card", "summary: Checks a payment card"],
        ]),
      ),
    ),
  );
  const json = JSON.parse(toJson(report)) as { changes: Record<string, unknown>[] };
  expect(json.changes.map((c) => c["summary"])).toEqual([
    "family Office → Office as changed.",
    "notes changed.",
    "summary changed.",
  ]);
  // What changed is the Markdown line's, as `line` and `taken` are: the JSON's summary says it.
  for (const change of json.changes) expect(Object.keys(change)).not.toContain("changed");
  expect(bullets(toMarkdown(report, "main"))).toEqual([
    "- **cardCheck**: family Office → Office as changed. _(description; docs)_",
    "- **cardCheck**: notes and summary changed; summary “Checks a card (a fixture that exercises every feature of the format).” → “Checks a payment card (a fixture that exercises every feature of the…”. _(description; docs)_",
  ]);
});
