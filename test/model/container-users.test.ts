// A container type is one type for every operation that uses it, defined by
// the first met: the files generated for it name every operation that uses
// it, in code-point order, whichever defines it and whether a run tells the
// uses from the facts of each file (memo) or walks the fields.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { generateFromInput, memoryMemo } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { editedSpec, replaced, withAndWithoutMemo } from "../support/facts-model.js";
import { fixturesDir } from "../support/paths.js";

const REFUND = "operations/office/cardRefund.yaml";
const RESPONSE_FIELDS = "response:\n  fields:\n";
const RESPONSE_CUSTOMER = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';
const CONTAINER_FILES = ["types.ts", "descriptors.ts", "validators.ts", "seal.ts"].map((f) => `containers/${f}`);

let input: SpecInput;
// cardRefund, which sorts after cardCheck (the first user of the dictionary's Customer), using it too.
let refundUsing: SpecInput;

beforeAll(async () => {
  input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  refundUsing = editedSpec(input, {
    [REFUND]: (t) => replaced(t, RESPONSE_FIELDS, RESPONSE_FIELDS + RESPONSE_CUSTOMER),
  });
});

const usersOf = (model: { containers: readonly { typeName: string; usedBy: readonly { name: string }[] }[] }) =>
  Object.fromEntries(model.containers.map((c) => [c.typeName, c.usedBy.map((u) => u.name)]));

test("each container names every operation that uses it, by name, with the memo's facts as without", async () => {
  const memo = memoryMemo();
  await withAndWithoutMemo(input, memo, () => null);
  const { withMemo, without } = await withAndWithoutMemo(refundUsing, memo, ({ model }) => usersOf(model));
  expect(without.Customer).toEqual(["cardCheck", "cardRefund"]);
  expect(withMemo).toEqual(without);
});

test("the container files name, under their header, the operations that use each type", async () => {
  const result = await generateFromInput(refundUsing);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  for (const name of CONTAINER_FILES) {
    const file = result.files.find((f) => f.path === name);
    if (!file) throw new Error(`no ${name}`);
    const text = file.content.toString();
    const about = text.split("\n\n")[1]?.replaceAll("\n// ", " ") ?? "";
    expect(about).toMatch(/Customer: cardCheck, cardRefund[;.]/);
  }
});
