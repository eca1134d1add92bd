// The names check works from the same declarations the emitters print
// (rules/export-names.ts): a spec name that meets a name the package derives
// for another entity, the runtime's or the generator's own, is a diagnostic
// at its place in the spec, naming the other place, and nothing is emitted.
import path from "node:path";
import { rm } from "node:fs/promises";
import { afterEach, expect, test } from "vitest";
import { formatDiagnostic, generate } from "../../generator/index.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

/** The golden spec with value lists of these names added at the top of its dictionary: the errors, as the generator prints them. */
async function withValueLists(...names: string[]): Promise<{ ok: boolean; printed: string[] }> {
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  roots.push(root);
  const lists = names.map((name) => `  ${name}:\n    values:\n      A:\n        meaning: A\n`).join("");
  await editFile(path.join(spec, "dictionary/lists.yaml"), "valueLists:\n", `valueLists:\n${lists}`);
  const result = await generate({ specDir: spec, cwd: root });
  expect("files" in result).toBe(false);
  return { ok: result.ok, printed: result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic) };
}

test("a name derived for another entity (an operation's client fields type) collides, with both places", async () => {
  const { ok, printed } = await withValueLists("cardCheckFields");
  expect(ok).toBe(false);
  expect(printed).toEqual([
    [
      'spec/dictionary/lists.yaml:2:3 error name-collision CardCheckFields would be both the type and const object of value list "cardCheckFields" and the client\'s request fields type of operation "cardCheck"; rename the value list, e.g. "cardCheckFieldsCode"',
      '  spec/operations/office/cardCheck.yaml:1:12 operation "cardCheck" is defined here',
    ].join("\n"),
  ]);
});

test("names of the runtime (read from runtime/) and of the generator are reserved, each with its module", async () => {
  const { ok, printed } = await withValueLists("found", "sipsClient");
  expect(ok).toBe(false);
  expect(printed).toEqual([
    'spec/dictionary/lists.yaml:2:3 error reserved-name Found, the type and const object of value list "found", is already a name of the generated runtime/validation.ts; rename the value list, e.g. "foundCode"',
    'spec/dictionary/lists.yaml:6:3 error reserved-name SipsClient, the type and const object of value list "sipsClient", is already a name of the generated client.ts; rename the value list, e.g. "sipsClientCode"',
  ]);
});

test("where a message's facts stop, the check its module keeps (validateSaved<Message>) is reserved", async () => {
  const { root, spec } = await tempWorkspace(path.join(fixturesDir, "golden", "spec"));
  roots.push(root);
  // cardPaymentInit's request and response say where their facts stop: renamed "saved", its validators would be the
  // kept checks' names.
  const file = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  await editFile(file, "operation: cardPaymentInit", "operation: saved");
  const result = await generate({ specDir: spec, cwd: root });
  expect(result.ok).toBe(false);
  expect(result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
    'spec/operations/paypage/cardPaymentInit.yaml:1:12 error reserved-name validateSavedRequest, the request validator of operation "saved", is already a name of the generated operations/saved/validators.ts; rename the operation, e.g. "savedOperation"',
    'spec/operations/paypage/cardPaymentInit.yaml:1:12 error reserved-name validateSavedResponse, the response validator of operation "saved", is already a name of the generated operations/saved/validators.ts; rename the operation, e.g. "savedOperation"',
  ]);
});
