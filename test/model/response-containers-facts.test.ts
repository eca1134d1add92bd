// A spec checked from the facts of its files (validate-with-memo.ts) gives the
// model the container types every response holds from those facts, rather than
// have it walk every operation's fields again: the model must be the one a run
// without memo builds, whatever one file's change does to the responses.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { memoryMemo, type Memo } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { editedSpec, renamedOperation, replaced, textIn, withAndWithoutMemo } from "../support/facts-model.js";
import { fixturesDir } from "../support/paths.js";

const CHECK = "operations/office/cardCheck.yaml";
const REFUND = "operations/office/cardRefund.yaml";
const INIT = "operations/paypage/cardPaymentInit.yaml";
// cardCheck's response `customer`: the dictionary's container, which its request uses first.
const RESPONSE_CUSTOMER = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';
const RESPONSE_FIELDS = "response:\n  fields:\n";
const CALLBACK_FIELDS = "  encoding: data\n  fields:\n";

let input: SpecInput;
let memo: Memo;

/** The model with `memo` and without: which containers are a response's, all of it, and whether the checks went by the facts of the files. */
const models = (spec: SpecInput) =>
  withAndWithoutMemo(spec, memo, ({ spec: valid, model }) => ({
    fromFacts: valid.responseContainers !== undefined,
    inResponse: Object.fromEntries(model.containers.map((c) => [c.typeName, c.inResponse])),
    json: JSON.stringify(model),
  }));

/** The fixture with each file of `edits` changed (null: removed) or added. */
const edited = (edits: Readonly<Record<string, (text: string) => string | null>>): SpecInput =>
  editedSpec(input, edits);

const textOf = (relPath: string): string => textIn(input, relPath);

beforeAll(async () => {
  input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  memo = memoryMemo();
  // Every file's facts remembered.
  await models(input);
});

test.each([
  { given: "the fixture as it is", edits: {} },
  {
    given: "a response no longer holding a container its request uses",
    edits: { [CHECK]: (t: string) => replaced(t, RESPONSE_CUSTOMER, "") },
  },
  {
    given: "a response holding a container only another operation's request used",
    edits: {
      [CHECK]: (t: string) => replaced(t, RESPONSE_CUSTOMER, ""),
      [REFUND]: (t: string) => replaced(t, RESPONSE_FIELDS, RESPONSE_FIELDS + RESPONSE_CUSTOMER),
    },
  },
  {
    given: "a callback holding a container only another operation's request used",
    edits: {
      [CHECK]: (t: string) => replaced(t, RESPONSE_CUSTOMER, ""),
      [INIT]: (t: string) => replaced(t, CALLBACK_FIELDS, CALLBACK_FIELDS + RESPONSE_CUSTOMER),
    },
  },
  { given: "an operation removed", edits: { [REFUND]: () => null } },
  {
    given: "an operation added whose response holds a container",
    edits: {
      "operations/office/cardCheckAgain.yaml": () => renamedOperation(textOf(CHECK), "cardCheck", "cardCheckAgain"),
    },
  },
])("$given: the model from the facts is the model without memo", async ({ edits }) => {
  const { withMemo, without } = await models(edited(edits));
  expect(withMemo.fromFacts).toBe(true);
  expect(withMemo.inResponse).toEqual(without.inResponse);
  // The whole model (each message holds its containers): the same, without printing two models that differ.
  expect(withMemo.json === without.json).toBe(true);
});
