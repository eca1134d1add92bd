// A prefix list's value is the page's printed text; what code holds is the
// interface prefix it stands for: its `prefix:` where given, else the text's
// leading upper-case words. Shown on the small spec of the broken-spec corpus
// with a prefix list added.
import path from "node:path";
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";

const corpus = path.join(fixturesDir, "invalid");

const LIST = `
  interfacePrefix:
    match: prefix
    values:
      AB_CD_2.:
        name: AB_CD
        meaning: Printed with the versions' major
      IR_MB_x.x:
        name: IR_MB
        meaning: Printed with a version's shape
      XY_ZZ_2.:
        name: XY
        prefix: XY_
        meaning: A prefix shorter than the text's upper-case words
`;

async function withList(): Promise<SpecInput> {
  const base = await readSpecInput(path.join(corpus, "_base"), corpus);
  const files = base.files.map((file) => {
    if (file.relPath === "dictionary/lists.yaml")
      return { ...file, text: file.text.replace("valueLists:\n", `valueLists:${LIST}`) };
    if (file.relPath === "operations/demo/pingInitialize.yaml")
      return {
        ...file,
        text: file.text.replace(
          "type: interfaceVersion\n",
          "type: interfaceVersion\n      valueList: interfacePrefix\n",
        ),
      };
    return file;
  });
  return { ...base, files };
}

test("the model keeps the printed text and the prefix apart; value-lists.ts holds the prefix", async () => {
  const result = await generateFromInput(await withList());
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const list = result.model.valueLists.find((l) => l.name === "interfacePrefix");
  expect(list?.values.map((v) => [v.value, v.prefix])).toEqual([
    ["AB_CD_2.", "AB_CD_"],
    ["IR_MB_x.x", "IR_MB_"],
    ["XY_ZZ_2.", "XY_"],
  ]);
  const file = result.files.find((f) => f.path === "value-lists.ts")?.content ?? "";
  expect(file).toContain('AB_CD: "AB_CD_",');
  expect(file).toContain('XY: "XY_",');
  expect(file).toContain('case "IR_MB_":');
  expect(file).not.toContain('"IR_MB_x.x"');
});
