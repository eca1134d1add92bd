// An operation's own meaning may give its constant a name (meanings: { "00": { meaning, name } }): the operation's
// const object takes it, and its other values' names made from meanings keep clear of it.
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { generate } from "../../generator/index.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

let root = "";
afterEach(() => rm(root, { recursive: true, force: true }));

const OP = "operations/demo/pingInitialize.yaml";

/** The fixture operation's response statusCode with these meanings, generated: its values.ts. */
async function valuesTs(meanings: string): Promise<string> {
  const made = await tempWorkspace(path.join(fixturesDir, "invalid", "_base"));
  root = made.root;
  await editFile(
    path.join(made.spec, OP),
    "      valueList: statusCode\n",
    `      valueList: statusCode\n      meanings:\n${meanings}`,
  );
  const result = await generate({ specDir: made.spec });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const file = result.files.find((f) => f.path === "operations/pingInitialize/values.ts");
  if (!file) throw new Error("no values.ts");
  return typeof file.content === "string" ? file.content : Buffer.from(file.content).toString("utf8");
}

test("a meaning's name is its constant's; without one, the constant is named from the meaning", async () => {
  const named = await valuesTs('        "00": { meaning: Operation done and settled, name: SETTLED }\n');
  expect(named).toMatch(/\bSETTLED: "00"/);
  expect(named).not.toMatch(/OPERATION_DONE_AND_SETTLED/);
  const unnamed = await valuesTs('        "00": Operation done and settled\n');
  expect(unnamed).toMatch(/\bOPERATION_DONE_AND_SETTLED: "00"/);
});

test("a meaning named as another value's constant would be made is told apart from it", async () => {
  const text = await valuesTs(
    '        "00": { meaning: Accepted by the bank, name: REFUSED }\n        "99": Refused\n',
  );
  expect(text).toMatch(/\bREFUSED: "00"/);
  expect(text).toMatch(/\bREFUSED_99: "99"/);
});
