// A callback's field changes are classed as a response's, but worded for the
// shop that gets the posted result: the callback names it, and the decoder
// says what it does with a posted result that lacks a required field or still
// carries a removed one. A request's and a response's wording stays theirs.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import {
  CALLBACK_AMOUNT,
  OP,
  PAYPAGE,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
} from "../support/golden-changes.js";

const summariesOf = async (...edits: Parameters<typeof edited>[1]): Promise<string[]> =>
  compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, edits))).map((c) => c.summary);

const ADDED = '    authorisationId: { presence: required, since: "2.0", description: Id. }\n';

test("a required callback field added: the decoder refuses a posted result without it", async () => {
  const [summary] = await summariesOf([
    PAYPAGE,
    "      description: Amount paid.\n",
    `      description: Amount paid.\n${ADDED}`,
  ]);
  expect(summary).toBe(
    "cardPaymentResult: required callback field authorisationId added (since 2.0). decodeCardPaymentResult refuses a posted result without it (a required error once its seal verifies: not ok, no fields to trust), and code constructing one must set it.",
  );
});

test("a callback field removed: code reading it stops compiling, and the decoder warns of it where Sips still posts it", async () => {
  expect(await summariesOf([PAYPAGE, CALLBACK_AMOUNT, ""])).toEqual([
    "cardPaymentResult: callback field amount removed: code reading it stops compiling; decodeCardPaymentResult takes a posted result that still carries it with an unknown-field warning (an error when strict).",
  ]);
});

test("a callback field made required: the decoder refuses a posted result without it", async () => {
  const required = CALLBACK_AMOUNT.replace("presence: undocumented", "presence: required");
  expect(await summariesOf([PAYPAGE, CALLBACK_AMOUNT, required])).toEqual([
    "cardPaymentResult: amount: presence undocumented → required. decodeCardPaymentResult refuses a posted result without it (a required error once its seal verifies: not ok, no fields to trust); code constructing one stops compiling.",
  ]);
});

test("a response's field made required keeps the response's wording", async () => {
  const optional = "    cards:\n      presence: optional\n";
  expect(await summariesOf([OP, optional, optional.replace("optional", "required")])).toEqual([
    "cards: presence optional → required. Responses without it are refused; code constructing responses stops compiling.",
  ]);
});

test("a callback field's version moved later: the decoder, strict and given an earlier version, refuses it", async () => {
  const responseCode = '    responseCode:\n      presence: optional\n      since: "2.0"\n';
  expect(await summariesOf([PAYPAGE, responseCode, responseCode.replace('"2.0"', '"3.0"')])).toEqual([
    "cardPaymentResult: responseCode: since 2.0 → 3.0. decodeCardPaymentResult, strict and given an interfaceVersion before 3.0, refuses a posted result carrying it (a warning when not strict).",
  ]);
});

test("a value a callback field no longer takes: the decoder, strict, refuses a posted result with it", async () => {
  const summaries = await summariesOf([
    "dictionary/lists.yaml",
    '      "99":\n        name: INTERNAL_ERROR\n        meaning: Internal error\n',
    "",
  ]);
  expect(summaries.filter((s) => s.startsWith("cardPaymentResult:"))).toEqual([
    "cardPaymentResult: value 99 of list statusCode no longer taken: decodeCardPaymentResult refuses a posted result with it when strict (a warning otherwise), and the operation's type and values no longer list it.",
  ]);
});
