// What a summary says of its place alone (the names an operation exports, an
// environment's address, the page its facts stop before) its Markdown line says
// beside the subject, from the writer's data (Change.line): changes alike but for
// it share a line, and a subject's aside is said once in the report. The JSON's
// summaries keep those words.
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

const STATUS = "      valueList: statusCode\n      description: Outcome.\n";

test("two operations' own names now exported for one field are one line, each operation's names beside it", async () => {
  const changes = await changesOf([[OP, STATUS, `${STATUS}      values: ["00"]\n`]], true);
  const exported = changes.filter((c) => c.kind === "exported-names");
  expect(exported.map((c) => c.operation)).toEqual(["cardCheck", "cardVerify"]);
  // Their summaries differ by the names alone, each naming its own operation's.
  expect(new Set(exported.map((c) => c.summary)).size).toBe(2);
  const names = exported.map((c) => c.summary.slice(0, c.summary.indexOf(" now exported")));
  // Without it: one line for each operation, the names in the summary.
  expect(bullets(exported)).toEqual([
    `- **cardCheck** (${names[0]}), **cardVerify** (${names[1]}) response \`/statusCode\`: now exported (what the field takes of its list). _(exported-names; additive)_`,
  ]);
  expect(JSON.parse(toJson(changesReport(exported))).changes.map((c: Change) => c.summary)).toEqual(
    exported.map((c) => c.summary),
  );
});

const ENDPOINTS = (name: string, soap: string) =>
  `endpoints:\n  prod:\n    json: https://office-server.example.com/rs-services/v2/checkout/${name}\n${soap === "" ? "" : `    soap: https://office-server.example.com/services/v2/${soap}\n`}  test:\n    json: https://office-server.test.example.com/rs-services/v2/checkout/${name}\n${soap === "" ? "" : `    soap: https://office-server.test.example.com/services/v2/${soap}\n`}`;
const URLS =
  "endpoints:\n  prod: https://office-server.example.com/rs-services/v2/checkout/cardCheck\n  test: https://office-server.test.example.com/rs-services/v2/checkout/cardCheck\n";

test("an operation's PROD and TEST SOAP addresses added or moved alike are one line, each environment's beside it", async () => {
  const added = (await changesOf([[OP, URLS, ENDPOINTS("cardCheck", "checkout")]])).filter(
    (c) => c.kind === "endpoint",
  );
  expect(added.map((c) => c.summary)).toEqual([
    "PROD SOAP address https://office-server.example.com/services/v2/checkout added.",
    "TEST SOAP address https://office-server.test.example.com/services/v2/checkout added.",
  ]);
  // Without it: a line for each environment, saying the operation twice.
  expect(bullets(added)).toEqual([
    "- **cardCheck** (PROD https://office-server.example.com/services/v2/checkout; TEST https://office-server.test.example.com/services/v2/checkout): SOAP address added. _(endpoint; docs)_",
  ]);
  // Moved alike: one line; the JSON says each move whole.
  const golden = edited(goldenInput, [[OP, URLS, ENDPOINTS("cardCheck", "checkout")]]);
  const v3: Edit = [OP, "/services/v2/checkout\n", "/services/v3/checkout\n"];
  const moved = compareSpecs(await modelOf(golden), await modelOf(edited(golden, [v3, v3])));
  const [prod, test] = [
    "https://office-server.example.com/services/v",
    "https://office-server.test.example.com/services/v",
  ];
  expect(moved.map((c) => c.summary)).toEqual([
    `PROD SOAP address ${prod}2/checkout → ${prod}3/checkout.`,
    `TEST SOAP address ${test}2/checkout → ${test}3/checkout.`,
  ]);
  expect(bullets(moved)).toEqual([
    `- **cardCheck** (PROD ${prod}2/checkout → ${prod}3/checkout; TEST ${test}2/checkout → ${test}3/checkout): SOAP address moved. _(endpoint; docs)_`,
  ]);
});

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

test("an aside two changes of one line give their subject alike is said once on it", async () => {
  const see = "https://office-server.example.com/docs/cardCheck";
  const [stop] = (
    await changesOf([[OP, "request:\n  notes:", `request:\n  factsStop: { see: ${see} }\n  notes:`]])
  ).filter((c) => c.kind === "facts-stop");
  // The same change told twice (two writers alike): without it, "(see …; see …)".
  expect(toMarkdown(changesReport([stop as Change, stop as Change]), "main").split(see)).toHaveLength(2);
});
