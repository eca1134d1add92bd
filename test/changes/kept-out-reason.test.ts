// Whom a kept-out page meaning names is data (`meaningNames: other-operations`
// on the deviation), never read from there being a deviation nor from its
// reason's words: a deviation kept for another reason (a page's meaning of
// MOTO copied from INTERNET's by mistake) makes the model, the generated docs
// and the list of changes say a deviation keeps the page's meanings out, and
// never that they name other operations. On the golden fixture's cardCheck.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { valuesOf } from "../../generator/model/field-shape.js";
import { generateFromInput } from "../../generator/index.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";

const FIELD = "      valueList: channel\n      description: |-";
const meanings = (text: string): Edit => [
  OP,
  FIELD,
  `      valueList: channel\n      meanings: ${text}\n      description: |-`,
];
/** A deviation keeping each value's page meaning out, for a reason that is not "other operations only". */
const keptByMistake = (...values: string[]): Edit => [
  OP,
  "method: POST\n",
  `source:\n  deviations:\n${values
    .map(
      (v) =>
        `    - about: request.fields.orderChannel.values.${v}.meaning\n      reason: The page's meaning of ${v} repeats another value's by mistake; it names other operations only.\n`,
    )
    .join("")}method: POST\n`,
];

async function filesOf(input: SpecInput): Promise<Map<string, string>> {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return new Map(result.files.map((f) => [f.path, f.content]));
}

async function meaningChanges(input: SpecInput): Promise<string[]> {
  const after = await modelOf(input);
  return compareSpecs(await modelOfGolden(), after)
    .filter((c) => c.kind === "meaning")
    .map((c) => c.summary);
}

test("a deviation without meaningNames keeps the meaning out, and is not said to name other operations", async () => {
  const input = edited(goldenInput, [meanings("{ INTERNET: [], MOTO: [] }"), keptByMistake("MOTO")]);
  const op = (await modelOf(input)).operations.find((o) => o.name === "cardCheck");
  const field = op?.request.fields.find((f) => f.name === "orderChannel");
  const values = field === undefined ? null : valuesOf(field);
  expect(values?.values.map((v) => [v.value, v.keptOut, v.othersMeant])).toEqual([
    ["INTERNET", false, false],
    ["MOTO", true, false],
  ]);
  expect(await meaningChanges(input)).toEqual([
    "meanings of INTERNET, MOTO (list channel) removed: this operation's page gives some of them none, and a deviation keeps out the meanings it prints for the others.",
  ]);
  const files = await filesOf(input);
  const constants = files.get("operations/cardCheck/values.ts") ?? "";
  const page = files.get("docs/cardCheck.md") ?? "";
  expect(constants).toContain(
    "none has a meaning: its page gives some of them none, and a deviation keeps out the meanings it prints for the others",
  );
  for (const text of [constants, page, ...(await meaningChanges(input))])
    expect(text).not.toContain("other operations only");
});

test("a value's meaning kept out alone, without meaningNames, says only that a deviation keeps it out", async () => {
  const input = edited(goldenInput, [meanings("{ INTERNET: [Web], MOTO: [] }"), keptByMistake("MOTO")]);
  expect(await meaningChanges(input)).toContain(
    "meaning of MOTO (list channel) removed: a deviation keeps out the meanings this operation's page prints for it.",
  );
  const page = (await filesOf(input)).get("docs/cardCheck.md") ?? "";
  expect(page).toContain(
    "some with this operation's own meaning, some with none, as a deviation keeps out the meanings this operation's page prints for them.",
  );
  expect(page).not.toContain("other operations only");
});
