// An operation's summary of no text, which the spec's checks refuse (empty-value)
// and the model does not: the emitters that put it as a doc comment above code
// print no comment, never a blank line (which printed apart threw on).
import { expect, test } from "vitest";
import { emitters } from "../../generator/emit/registry.js";
import { goldenInput, modelOf } from "../support/golden-changes.js";

const model = await modelOf(goldenInput);
const blanked = model.operations.map((operation) => ({ ...operation, summary: "" }));

test.each(["mock", "descriptor"])("the %s emitter given a summary of no text prints no comment for it", (name) => {
  const emitter = emitters.find((e) => e.name === name);
  if (emitter === undefined) throw new Error(`no ${name} emitter`);
  const scopes = blanked.map((operation) => ({ operation, platform: model.platform }));
  const files = scopes.flatMap((scope) => emitter.operation?.(scope) ?? []);
  const { pieces } = emitter;
  if (pieces) files.push(...pieces.assemble({ ...model, operations: blanked }, scopes.map(pieces.piece)));
  expect(files.length).toBeGreaterThan(0);
  // No empty doc comment, and no blank line doubled where a comment was left out.
  for (const file of files) expect(file.content).not.toMatch(/\/\*\*\s*\*\/|\n\s*\n\s*\n/);
});
