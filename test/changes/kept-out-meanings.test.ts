// A value given no meaning (`meanings: { X: [] }`) is so for one of two
// reasons the spec tells apart: its page gives none, or its page prints
// meanings that name other operations only, which the spec keeps out with a
// deviation on the value's meaning. The docs and the list of changes say
// which, rather than "its page gives none" of a page that prints some.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { generateFromInput } from "../../generator/index.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";

const GIVES_NONE = "      valueList: channel\n      meanings: { INTERNET: [], MOTO: [] }\n      description: |-";
/** Both values given none: MOTO's page meaning kept out by a deviation, INTERNET's page silent. */
const withMeanings: Edit = [OP, "      valueList: channel\n      description: |-", GIVES_NONE];
const keptOut = (...values: string[]): Edit => [
  OP,
  "method: POST\n",
  `source:\n  deviations:\n${values
    .map(
      (v) =>
        `    - about: request.fields.orderChannel.values.${v}.meaning\n      reason: Its page's meaning names other operations only.\n      meaningNames: other-operations\n`,
    )
    .join("")}method: POST\n`,
];

async function filesOf(input: SpecInput): Promise<Map<string, string>> {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

test("a value whose page's meanings are kept out is said to have them name other operations only, not a silent page", async () => {
  const before = await modelOfGolden();
  const meanings = (input: SpecInput) =>
    modelOf(input).then((after) =>
      compareSpecs(before, after)
        .filter((c) => c.kind === "meaning")
        .map((c) => c.summary),
    );
  expect(await meanings(edited(goldenInput, [withMeanings, keptOut("INTERNET", "MOTO")]))).toEqual([
    "meanings of INTERNET, MOTO (list channel) removed: the meanings this operation's page prints for them name other operations only.",
  ]);
  expect(await meanings(edited(goldenInput, [withMeanings, keptOut("MOTO")]))).toEqual([
    "meanings of INTERNET, MOTO (list channel) removed: this operation's page gives some of them none, and the meanings it prints for the others name other operations only.",
  ]);
  // Without the deviation the page is silent, as before.
  expect(await meanings(edited(goldenInput, [withMeanings]))).toEqual([
    "meanings of INTERNET, MOTO (list channel) removed: this operation's page gives none of them.",
  ]);
});

test("the reference page and the values' docs say the page's meanings name other operations only", async () => {
  const files = await filesOf(edited(goldenInput, [withMeanings, keptOut("INTERNET", "MOTO")]));
  const values = files.get("operations/cardCheck/values.ts") ?? "";
  const page = files.get("docs/cardCheck.md") ?? "";
  expect(values).toContain("the meanings its page prints for them name other operations only");
  expect(values).not.toContain("page gives none");
  expect(values).not.toContain("gives some no meaning");
  expect(page).toContain("the meanings this operation's page prints for them name other operations only");
  expect(page).not.toContain("page gives none");
});
