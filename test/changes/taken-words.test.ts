// A value taken or no longer taken: its writer gives the value, its list and
// the words after them as data (Change.taken), which the Markdown merges into
// one line for a field's alike; no line reads them back from the summary. The
// JSON keeps each change's summary and leaves the data out.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { valueRuns } from "../../generator/changes/value-runs.js";
import { LISTS, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

const TWO_MORE = "      MOTO:\n        meaning: Mail order / telephone order\n";
const added = `${TWO_MORE}      POS:\n        meaning: At a terminal\n      VAD:\n        meaning: By a sales agent\n`;

test("a value now taken carries its value, list and words, which its summary says", async () => {
  const changes = compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, [[LISTS, TWO_MORE, added]])));
  const taken = changes.filter((c) => c.kind === "value-added");
  expect(taken.length).toBeGreaterThanOrEqual(2);
  for (const c of taken) {
    expect(c.taken?.list).toBe("channel");
    expect(["POS", "VAD"]).toContain(c.taken?.value);
    expect(c.summary).toBe(`value ${c.taken?.value} of list channel ${c.taken?.rest}`);
  }
  // A field's two values share a line: "values POS, VAD of list channel now taken."
  const runs = valueRuns(taken);
  expect(runs.length).toBe(taken.length / 2);
  for (const run of runs) expect(run.summary).toBe(`values POS, VAD of list channel ${run.taken?.rest}`);
  // In Markdown, values the list adds are its lines' (value POS added; taken by cardCheck only): said once.
  const markdown = toMarkdown(changesReport(changes), "main");
  expect(markdown).not.toContain("now taken.");
  // The JSON: each change's summary, and none of the words its line is made of.
  const json = JSON.parse(toJson(changesReport(changes))) as { changes: Record<string, unknown>[] };
  expect(json.changes.some((c) => "taken" in c || "line" in c)).toBe(false);
  expect(json.changes.filter((c) => c.kind === "value-added").map((c) => c.summary)).toEqual(
    taken.map((c) => c.summary),
  );
});

test("a field's values are merged by the words their writer gives, not by a reading of their summaries", () => {
  const at = { operation: "cardCheck", message: "request", field: "/orderChannel" } as const;
  const change = (value: string): Change => ({
    ...at,
    kind: "value-removed",
    classes: ["breaking-request"],
    // A value whose text holds the words around it: no pattern tells where it ends.
    summary: `value ${value} of list channel no longer taken: requests using it are refused.`,
    taken: { value, list: "channel", rest: "no longer taken: requests using it are refused." },
  });
  const [merged, ...rest] = valueRuns([change("A of list y now taken"), change("B")]);
  expect(rest).toEqual([]);
  expect(merged?.summary).toBe(
    "values A of list y now taken, B of list channel no longer taken: requests using it are refused.",
  );
});
