// A message's facts that stop before another page: the JSON's summary names
// the page, as it does where the facts start to stop, and the Markdown line
// says it beside the operation.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const stopAt = (see: string) =>
  edited(goldenInput, [[OP, "request:\n  notes:", `request:\n  factsStop: { see: ${see} }\n  notes:`]]);

test("facts that now stop before another page name it in the JSON and beside the operation", async () => {
  const [was, now] = ["https://office-server.example.com/docs/a", "https://office-server.example.com/docs/b"];
  const changes = compareSpecs(await modelOf(stopAt(was)), await modelOf(stopAt(now)));
  const stops = changes.filter((c) => c.kind === "facts-stop");
  expect(stops).toHaveLength(1);
  // Without it, the summary said the facts now stop and not where.
  expect(JSON.parse(toJson(changesReport(stops))).changes[0].summary).toContain(now);
  expect(toMarkdown(changesReport(stops), "main")).toContain(`**cardCheck** (see ${now}) request`);
});
