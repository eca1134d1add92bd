// `npm run changes --json` gives each change's whole summary and its documented
// keys: the words its Markdown line says apart (Change.line) are the Markdown's,
// not a key of the JSON that tools read.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

test("a change whose line says words apart is given in the JSON without them", async () => {
  const see = "https://office-server.example.com/docs/cardCheck";
  const release = edited(goldenInput, [[OP, "request:\n  notes:", `request:\n  factsStop: { see: ${see} }\n  notes:`]]);
  const changes = compareSpecs(await modelOfGolden(), await modelOf(release));
  const lined = changes.filter((c) => c.line !== undefined);
  expect(lined.length).toBeGreaterThan(0);
  const json = JSON.parse(toJson(changesReport(changes))) as { changes: Record<string, unknown>[] };
  expect(json.changes.map((c) => c.summary)).toEqual(changes.map((c) => c.summary));
  for (const c of json.changes) expect(Object.keys(c)).not.toContain("line");
});
