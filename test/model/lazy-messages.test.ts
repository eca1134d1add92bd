// An operation's messages are made when first read: a run whose memo holds an
// unchanged operation's files reads only its own parts (name, addresses,
// sources). The container types stay defined as building every message in
// order would define them: by the first operation to use each, with its
// context (source file, interface prefix, the callback's POST prefix).
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic, generateFromInput, type SpecModel } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { generateGoldenSpec } from "../support/generate.js";
import { fixturesDir } from "../support/paths.js";

/** The golden fixture's model, emitting nothing: no emitter reads a message. */
async function unreadModel(): Promise<SpecModel> {
  const result = await generateFromInput(await readSpecInput(path.join(fixturesDir, "golden", "spec")), []);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return result.model;
}

test("building the model makes no message: each is made when first read", async () => {
  const model = await unreadModel();
  for (const op of model.operations)
    for (const part of ["request", "response", "callback", "changelog"])
      expect(Object.getOwnPropertyDescriptor(op, part)?.get, `${op.name}.${part}`).toBeTypeOf("function");
});

test("messages read in any order are those made in order", async () => {
  const { model: read } = await generateGoldenSpec();
  const model = await unreadModel();
  // Last operation first, callbacks before responses before requests.
  for (const op of [...model.operations].reverse()) [op.callback, op.response, op.request].forEach(Boolean);
  // Container types first: they are defined while the model is built, by the first operation to use each.
  expect(JSON.stringify(model.containers)).toBe(JSON.stringify(read.containers));
  expect(JSON.stringify(model)).toBe(JSON.stringify(read));
  expect(model.operations.some((op) => op.callback !== null)).toBe(true);
});
