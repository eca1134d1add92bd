// A dictionary note or example shows on every operation that takes the field:
// one naming a family, an interface or a Sips address that some taker does not
// share is a warning at the dictionary's text, the same whether a run checks
// the whole spec or tells it from each file's remembered facts (the memo).
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic, memoryMemo, type Memo } from "../../generator/index.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { validateWithMemo } from "../../generator/validate/validate-with-memo.js";
import { editedSpec, replaced } from "../support/facts-model.js";
import { fixturesDir } from "../support/paths.js";

const DICTIONARY = "dictionary/fields.yaml";
const PAYMENT = "operations/paypage/cardPaymentInit.yaml";
const MERCHANT_ID = "  merchantId:\n    format: N15\n";
// Every golden operation takes merchantId; cardCheck and cardRefund are Office, cardPaymentInit Paypage.
const noted = (note: string) => (t: string) => replaced(t, MERCHANT_ID, `${MERCHANT_ID}    notes: [${note}]\n`);

let input: SpecInput;
let memo: Memo;

beforeAll(async () => {
  input = await readSpecInput(path.join(fixturesDir, "golden", "spec"));
  memo = memoryMemo();
});

/** The scope warnings of a spec, checked with the memo (after a first run remembered its files) and without. */
async function warnings(spec: SpecInput) {
  const run = async (m: Memo | null) => {
    const outcome = await validateWithMemo(await readDocuments(spec, m), m);
    return outcome.diagnostics.filter((d) => d.code === "dictionary-text-not-shared").map(formatDiagnostic);
  };
  await run(memo);
  return { withMemo: await run(memo), without: await run(null) };
}

test("a note naming a family some taker is not of: a warning at the note, naming those takers", async () => {
  const { withMemo, without } = await warnings(editedSpec(input, { [DICTIONARY]: noted("As the Office pages say.") }));
  expect(without).toHaveLength(1);
  expect(without[0]).toMatch(
    /fields\.yaml:\d+:\d+ warning dictionary-text-not-shared .*the family Office, which not every operation taking it shares \(not cardPaymentInit\)/,
  );
  expect(withMemo).toEqual(without);
});

test("the same note once every taker is of that family, or worded for all: no warning", async () => {
  const office = editedSpec(input, {
    [DICTIONARY]: noted("As the Office pages say."),
    [PAYMENT]: (t) => replaced(t, "family: Paypage", "family: Office"),
  });
  const plain = editedSpec(input, { [DICTIONARY]: noted("As every page says.") });
  for (const spec of [office, plain]) expect(await warnings(spec)).toEqual({ withMemo: [], without: [] });
});

// The dictionary's customer container: cardCheck (Office) alone takes it.
const CUSTOMER_NAME = "        description: Name of the buyer.\n";
const ZIP_CODE = "            description: Postal code.\n";

test("an example or note of a field written in a dictionary container: checked against the container's takers", async () => {
  const inner = editedSpec(input, {
    [DICTIONARY]: (t) =>
      replaced(
        replaced(t, CUSTOMER_NAME, `${CUSTOMER_NAME}        example: Paypage buyer\n`),
        ZIP_CODE,
        `${ZIP_CODE}            notes: [As posted to https://payment.example.com/paymentInit.]\n`,
      ),
  });
  const { withMemo, without } = await warnings(inner);
  expect(without).toHaveLength(2);
  expect(without[0]).toMatch(
    /fields\.yaml:\d+:\d+ warning dictionary-text-not-shared the dictionary's "customer\.name" names here the family Paypage, .*\(not cardCheck\)/,
  );
  expect(without[1]).toMatch(/"customer\.address\.zipCode" names here the Sips address .*\(not cardCheck\)/);
  expect(withMemo).toEqual(without);
  const office = editedSpec(input, {
    [DICTIONARY]: (t) => replaced(t, CUSTOMER_NAME, `${CUSTOMER_NAME}        notes: [As the Office pages say.]\n`),
  });
  expect(await warnings(office)).toEqual({ withMemo: [], without: [] });
});

test("a dictionary field a dictionary container takes: the container's takers are its takers", async () => {
  const buyerNote =
    "  buyerNote:\n    description: A note on the buyer.\n    notes: [As the Paypage pages say.]\n    example: note\n";
  const taken = (reference: string) =>
    editedSpec(input, {
      [DICTIONARY]: (t) =>
        replaced(
          replaced(t, "fields:\n", `fields:\n${buyerNote}`),
          "    fields:\n      name:\n",
          `    fields:\n      buyerNote: ${reference}\n      name:\n`,
        ),
    });
  const { withMemo, without } = await warnings(taken('{ from: dictionary, presence: optional, since: "2.0" }'));
  expect(without).toHaveLength(1);
  expect(without[0]).toMatch(/the dictionary's "buyerNote" names here the family Paypage, .*\(not cardCheck\)/);
  expect(withMemo).toEqual(without);
});
