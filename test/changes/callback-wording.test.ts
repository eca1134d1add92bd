// A callback's field changes are classed as a response's, but worded for the
// shop that gets the posted result: the callback names it, and the decoder
// says what it does with a posted result that lacks a required field or still
// carries a removed one. A request's and a response's wording stays theirs.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import {
  CALLBACK_AMOUNT,
  OP,
  PAYPAGE,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
} from "../support/golden-changes.js";

/** A change's summary, after the name of the callback it is of: the change names it beside its message. */
const lineOf = (c: Change): string => (c.callback === undefined ? c.summary : `${c.callback}: ${c.summary}`);

const summariesOf = async (...edits: Parameters<typeof edited>[1]): Promise<string[]> =>
  compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, edits))).map(lineOf);

const ADDED = '    authorisationId: { presence: required, since: "2.0", description: Id. }\n';

test("a required callback field added: the decoder refuses a posted result without it", async () => {
  const [summary] = await summariesOf([
    PAYPAGE,
    "      description: Amount paid.\n",
    `      description: Amount paid.\n${ADDED}`,
  ]);
  expect(summary).toBe(
    "cardPaymentResult: required callback field authorisationId added (since 2.0). decodeCardPaymentResult refuses a posted result without it (a required error once its seal verifies: not ok, no fields to trust), and code constructing one must set it." +
      ' The example callback, which the mock Paypage posts back, now holds it: authorisationId "example", a placeholder made from its type and format, no value a source gives.',
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
    "cardPaymentResult: amount: presence undocumented → required. decodeCardPaymentResult refuses a posted result without it (a required error once its seal verifies: not ok, no fields to trust); code constructing one stops compiling. The example callback, which the mock Paypage posts back, now holds it: amount 1, a placeholder made from its type and format, no value a source gives.",
  ]);
});

test("a response's field made required keeps the response's wording", async () => {
  const optional = "    cards:\n      presence: optional\n";
  expect(await summariesOf([OP, optional, optional.replace("optional", "required")])).toEqual([
    'cards: presence optional → required. Responses without it are refused; code constructing responses stops compiling. The example response, the mock server\'s reply, now holds it: cards[].panExpiryDate "123456", a placeholder made from its type and format, no value a source gives.',
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

// Each line kind that words its message, on the fixture's callback: the sensitive lines name the decoder's
// issues, the type change names the decoder that refuses the old shape, and none reads as a response's.

const SECRET = "      sensitive: the buyer's card number\n";
const PAN = `    holderPan:\n      presence: optional\n      since: "2.0"\n      format: ANS19\n      description: Card number.\n`;
/** The callback with holderPan, and with holderPan marked sensitive. */
const [PLAIN_PAN, SECRET_PAN] = [PAN, PAN.replace("      description", `${SECRET}      description`)].map((pan) =>
  edited(goldenInput, [[PAYPAGE, CALLBACK_AMOUNT, `${CALLBACK_AMOUNT}${pan}`]]),
) as [ReturnType<typeof edited>, ReturnType<typeof edited>];
const ISSUES = "the issues decodeCardPaymentResult returns for its callback";

test("a callback field made sensitive, and no longer: the decoder's issues carry no value, then again", async () => {
  const [plain, secret] = await Promise.all([modelOf(PLAIN_PAN), modelOf(SECRET_PAN)]);
  expect(compareSpecs(plain, secret).map(lineOf)).toEqual([
    `cardPaymentResult: holderPan is sensitive (the buyer's card number): ${ISSUES} carry no value (received) any more, nor does formatIssue show one; what is accepted or refused is unchanged.`,
  ]);
  expect(compareSpecs(secret, plain).map(lineOf)).toEqual([
    `cardPaymentResult: holderPan is no longer sensitive: ${ISSUES} carry their values again (received), and formatIssue shows them.`,
  ]);
});

test("a callback field added, and removed, carrying a secret: the decoder's issues are named", async () => {
  const [golden, secret] = [await modelOfGolden(), await modelOf(SECRET_PAN)];
  expect(
    compareSpecs(golden, secret)
      .map(lineOf)
      .filter((s) => s.includes("secret")),
  ).toEqual([
    `cardPaymentResult: holderPan is added carrying a secret (holderPan: the buyer's card number): ${ISSUES} carry no value (received) any more, nor does formatIssue show one.`,
  ]);
  expect(
    compareSpecs(secret, golden)
      .map(lineOf)
      .filter((s) => s.includes("secret")),
  ).toEqual([
    `cardPaymentResult: holderPan, removed, carried a secret (holderPan: the buyer's card number): ${ISSUES} carry their values again (received), and formatIssue shows them.`,
  ]);
});

test("a secret beyond a callback's saved facts: the decoder's issues are named", async () => {
  const stop = `  factsStop:\n    see: https://documentation.sogenactif.com/en/data-dictionary/paypage/paypage-response.html\n    sensitive: the buyer's IBAN\n  fields:\n    responseCode:\n`;
  const summaries = await summariesOf([PAYPAGE, "  fields:\n    responseCode:\n", stop]);
  expect(summaries.filter((s) => s.includes("IBAN"))).toEqual([
    `cardPaymentResult: a field beyond the callback's saved facts carries a secret (the buyer's IBAN): ${ISSUES} carry no value (received) any more, nor does formatIssue show one; what is accepted or refused is unchanged.`,
  ]);
});

test("a response's sensitive line keeps the response's wording", async () => {
  const cards = "    cards:\n      presence: optional\n";
  const summaries = await summariesOf([OP, cards, cards.replace("optional\n", `optional\n${SECRET}`)]);
  expect(summaries.filter((s) => s.includes("sensitive"))).toEqual([
    "cards is sensitive (the buyer's card number): the issues of its response carry no value (received) any more, nor does formatIssue show one; what is accepted or refused is unchanged.",
  ]);
});

test("a callback's interface prefix changed: the decoder, given a version of the old one, refuses every posted result", async () => {
  const summaries = await summariesOf([PAYPAGE, "    HP_: HP_3.4\n", "    WR_WS_: WR_WS_3.4\n"]);
  expect(summaries.filter((s) => s.includes("interface prefix"))).toEqual([
    "cardPaymentResult: the callback's interface prefix HP_ → WR_WS_: decodeCardPaymentResult given an interfaceVersion of HP_ refuses every posted result.",
  ]);
});

test("every line of a callback names it beside its message, and its summary starts as a response's does", async () => {
  // A callback's field, its summary and its interface prefix changed: a field line, a docs line and a trait line.
  const changes = compareSpecs(
    await modelOfGolden(),
    await modelOf(
      edited(goldenInput, [
        [PAYPAGE, "      description: Amount paid.\n", "      description: Amount paid, in cents.\n"],
        [PAYPAGE, "posted back to the shop (a fixture", "posted to the shop (a fixture"],
        [PAYPAGE, "    HP_: HP_3.4\n", "    WR_WS_: WR_WS_3.4\n"],
      ]),
    ),
  );
  const callbackLines = changes.filter((c) => c.message === "callback");
  expect(callbackLines.map((c) => [c.kind, c.callback, c.summary.split(":")[0]])).toEqual([
    ["interface-prefix", "cardPaymentResult", "the callback's interface prefix HP_ → WR_WS_"],
    ["description", "cardPaymentResult", "summary changed."],
    ["description", "cardPaymentResult", "amount"],
  ]);
  const markdown = toMarkdown(changesReport(changes), "main");
  expect(markdown).toContain(
    "- **cardPaymentInit** callback cardPaymentResult `/amount`: description changed: “Amount paid.” → “Amount paid, in cents.”.",
  );
  expect(markdown).toContain("- **cardPaymentInit** callback cardPaymentResult: summary changed: “The outcome");
});

test("a callback renamed: its removal names the old name, its addition and its field lines the new one", async () => {
  const changes = compareSpecs(
    await modelOfGolden(),
    await modelOf(
      edited(goldenInput, [
        [PAYPAGE, "  name: cardPaymentResult\n", "  name: cardPaymentOutcome\n"],
        [PAYPAGE, "      description: Amount paid.\n", "      description: Amount paid, in cents.\n"],
      ]),
    ),
  );
  expect(changes.filter((c) => c.message === "callback").map((c) => [c.kind, c.callback, c.field ?? "-"])).toEqual([
    ["callback-removed", "cardPaymentResult", "-"],
    ["callback-added", "cardPaymentOutcome", "-"],
    ["description", "cardPaymentOutcome", "/amount"],
  ]);
});
