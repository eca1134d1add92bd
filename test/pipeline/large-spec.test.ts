// A spec far larger than any Sips page: 1,000 fields in one message and a value
// list of 1,000 values, the most the spec format allows. Every stage walks them
// in loops, not by recursion per field, so generation succeeds and the output
// holds all of them.
import path from "node:path";
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { kindOf, readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";

/** The base's request has 4 fields: with these, it has the 1,000 a message may have. */
const COUNT = 996;
/** The base's statusCode list has two values: with these, it has the 1,000 a list may have. */
const VALUES = 998;
const baseDir = path.join(fixturesDir, "invalid", "_base");

/** The small base spec with COUNT more request fields and VALUES more values in its statusCode list. */
async function largeInput(): Promise<SpecInput> {
  const base = await readSpecInput(baseDir, baseDir);
  const fields = Array.from(
    { length: COUNT },
    (_, i) => `    field${i}:\n      presence: optional\n      since: "2.37"\n      description: Field number ${i}.\n`,
  ).join("");
  const values = Array.from(
    { length: VALUES },
    (_, i) => `      "V${i}":\n        name: VALUE_${i}\n        meaning: Value number ${i}\n`,
  ).join("");
  const grown: Record<string, (text: string) => string> = {
    "operations/demo/pingInitialize.yaml": (text) =>
      text.replace("request:\n  fields:\n", `request:\n  fields:\n${fields}`),
    "dictionary/lists.yaml": (text) => `${text}${values}`,
  };
  const files = base.files.map((file) => {
    const grow = grown[file.relPath];
    return grow ? { ...file, kind: kindOf(file.relPath), text: grow(file.text) } : file;
  });
  return { ...base, files };
}

test(`${COUNT + 4} fields in one message and ${VALUES + 2} values in one list generate`, async () => {
  const result = await generateFromInput(await largeInput());
  expect(result.ok ? [] : result.diagnostics.map((d) => d.message)).toEqual([]);
  const files = result.ok ? result.files : [];
  const types = files.find((f) => f.path === "operations/pingInitialize/types.ts")?.content ?? "";
  expect(types).toContain(`field${COUNT - 1}?: string;`);
  const lists = files.find((f) => f.path === "value-lists.ts")?.content ?? "";
  expect(lists).toContain(`VALUE_${VALUES - 1}: "V${VALUES - 1}"`);
  const request = JSON.parse(
    files.find((f) => f.path === "schemas/pingInitialize.request.schema.json")?.content ?? "{}",
  );
  expect(Object.keys(request.properties)).toHaveLength(COUNT + 4);
});
