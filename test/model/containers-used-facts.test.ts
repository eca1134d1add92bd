// A spec checked from the facts of its files (validate-with-memo.ts) tells the
// model which container types each operation uses, so that the model walks the
// fields of only the operations that use one no operation before them defined
// (a container type is defined by the first operation that uses it). Whatever
// an edit does to who uses a type first, the model must be the one a run
// without memo builds, each type defined from the same operation's fields.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { memoryMemo, type Memo } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { editedSpec, renamedOperation, replaced, textIn, withAndWithoutMemo } from "../support/facts-model.js";
import { fixturesDir } from "../support/paths.js";

const CHECK = "operations/office/cardCheck.yaml";
const REFUND = "operations/office/cardRefund.yaml";
const PAYMENT = "operations/paypage/cardPaymentInit.yaml";
// cardCheck's request and response `customer`: the dictionary's container, which cardCheck is the first to use.
const REQUEST_CUSTOMER =
  '    customer: { from: dictionary, presence: optional, since: "2.20", notes: [Sent for new customers only.] }\n';
const RESPONSE_CUSTOMER = '    customer: { from: dictionary, presence: optional, since: "2.20" }\n';
const RESPONSE_FIELDS = "response:\n  fields:\n";
const REQUEST_FIELDS = "request:\n  fields:\n";
const CALLBACK_FIELDS = "  encoding: data\n  fields:\n";
// A container written in the operation, whose fields give its type's: the first to write it defines it so.
const WRITTEN = (description: string) =>
  [
    "    holder:",
    "      presence: optional",
    '      since: "2.40"',
    "      type: container",
    "      description: The card holder.",
    "      fields:",
    "        holderName:",
    "          presence: optional",
    '          since: "2.40"',
    "          format: ANS50",
    `          description: ${description}`,
    "",
  ].join("\n");

let input: SpecInput;
let memo: Memo;

/** The model with `memo` and without: whether the model was told the containers each operation uses, and where each is defined. */
const models = (spec: SpecInput) =>
  withAndWithoutMemo(spec, memo, ({ spec: valid, model }) => ({
    told: valid.containersUsed !== undefined,
    definedBy: Object.fromEntries(model.containers.map((c) => [c.typeName, c.sourceFile])),
    json: JSON.stringify(model),
  }));

/** The fixture with each file of `edits` changed (null: removed) or added. */
const edited = (edits: Readonly<Record<string, (text: string) => string | null>>): SpecInput =>
  editedSpec(input, edits);

const textOf = (relPath: string): string => textIn(input, relPath);

/** A copy of cardRefund under another name and addresses (so that it sorts before or after the others), `edit` applied. */
const refundCopy = (name: string, edit: (text: string) => string) => () =>
  edit(renamedOperation(textOf(REFUND), "cardRefund", name));

beforeAll(async () => {
  input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  memo = memoryMemo();
  // Every file's facts remembered.
  await models(input);
});

test.each([
  { given: "the fixture as it is", edits: {} },
  {
    given: "a new operation, before the first user of a container, using it",
    edits: {
      "operations/office/aaCustomer.yaml": refundCopy("aaCustomer", (t) =>
        replaced(t, RESPONSE_FIELDS, RESPONSE_FIELDS + RESPONSE_CUSTOMER),
      ),
    },
  },
  {
    given: "a new operation, before the first user of the containers, using them all",
    edits: {
      "operations/office/aaCheck.yaml": () => renamedOperation(textOf(CHECK), "cardCheck", "aaCheck"),
    },
  },
  {
    given: "a later operation using a container defined before it",
    edits: { [REFUND]: (t: string) => replaced(t, RESPONSE_FIELDS, RESPONSE_FIELDS + RESPONSE_CUSTOMER) },
  },
  {
    given: "the first user of a container no longer using it",
    edits: { [CHECK]: (t: string) => replaced(replaced(t, REQUEST_CUSTOMER, ""), RESPONSE_CUSTOMER, "") },
  },
  {
    given: "an operation writing a container of a new type",
    edits: { [REFUND]: (t: string) => replaced(t, RESPONSE_FIELDS, RESPONSE_FIELDS + WRITTEN("As on the card.")) },
  },
  {
    given: "an operation whose request alone writes a container of a new type",
    edits: { [REFUND]: (t: string) => replaced(t, REQUEST_FIELDS, REQUEST_FIELDS + WRITTEN("As on the card.")) },
  },
  {
    given: "an operation whose callback alone writes a container of a new type",
    edits: { [PAYMENT]: (t: string) => replaced(t, CALLBACK_FIELDS, CALLBACK_FIELDS + WRITTEN("As on the card.")) },
  },
  { given: "the first user of the containers removed", edits: { [CHECK]: () => null } },
])("$given: the model from the facts is the model without memo", async ({ edits }) => {
  const { withMemo, without } = await models(edited(edits));
  expect(withMemo.told).toBe(true);
  expect(withMemo.definedBy).toEqual(without.definedBy);
  // The whole model (each type's fields, description and file): the same, without printing two models that differ.
  expect(withMemo.json === without.json).toBe(true);
});
