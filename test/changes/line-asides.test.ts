// What a summary says of its place alone (the page its facts stop before) its
// Markdown line says beside the subject, from the writer's data (Change.line),
// once in the report. The JSON's summaries keep those words.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden, textOf, type Edit } from "../support/golden-changes.js";
import type { SpecInput } from "../../generator/read/spec-files.js";

const bullets = (changes: readonly Change[]): string[] =>
  toMarkdown(changesReport(changes), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));

/** `input` with cardCheck copied as cardVerify: a second operation that changes as cardCheck does. */
const withCopy = (input: SpecInput): SpecInput =>
  edited(input, [], {
    "operations/office/cardVerify.yaml": textOf(input, OP)
      .replace("operation: cardCheck", "operation: cardVerify")
      .replaceAll("/cardCheck", "/cardVerify"),
  });

/** The changes of the golden fixture edited by `edits`, cardCheck's copied in both when `copy`. */
async function changesOf(edits: readonly Edit[], copy = false): Promise<Change[]> {
  const release = edited(goldenInput, edits);
  if (!copy) return compareSpecs(await modelOfGolden(), await modelOf(release));
  return compareSpecs(await modelOf(withCopy(goldenInput)), await modelOf(withCopy(release)));
}

test("a request's and a response's facts that stop before one page, in two sections, say the page once", async () => {
  const see = "https://office-server.example.com/docs/cardCheck";
  const changes = await changesOf([
    [OP, "request:\n  notes:", `request:\n  factsStop: { see: ${see} }\n  notes:`],
    [OP, "response:\n  fields:", `response:\n  factsStop: { see: ${see} }\n  fields:`],
  ]);
  const stops = changes.filter((c) => c.kind === "facts-stop");
  expect(stops.map((c) => [c.message, c.classes])).toEqual([
    ["response", ["breaking-response"]],
    ["request", ["additive"]],
  ]);
  const markdown = toMarkdown(changesReport(stops), "main");
  // Said at the first line that gives it (the breaking one), not again in the additive section's.
  expect(markdown.split(see)).toHaveLength(2);
  const lines = bullets(stops);
  expect(lines[0]).toContain(`**cardCheck** (see ${see}) response:`);
  expect(lines[1]).toMatch(/^- \*\*cardCheck\*\* request: /u);
  // Another operation's line keeps its own page.
  const other = { ...(stops[0] as Change), operation: "cardRefund" };
  expect(toMarkdown(changesReport([...stops, other]), "main").split(see)).toHaveLength(3);
  // The JSON's summaries each name it.
  for (const c of JSON.parse(toJson(changesReport(stops))).changes) expect(c.summary).toContain(see);
});
