// A field's since moved earlier says which messages may now carry it, as a
// since moved later says which may no longer: the versions from the new one
// (or from the lowest a request may declare, where the field is now in every
// version) and before the old one, worded for its message: a request's
// senders, a response's strict validation, a callback's decoder.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { OP, PAYPAGE, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";

const ORDER_CHANNEL = '    orderChannel:\n      presence: optional\n      since: "2.5"';
const CARDS = '    cards:\n      presence: optional\n      since: "2.40"';
const RESPONSE_CODE = '    responseCode:\n      presence: optional\n      since: "2.0"\n';

const lineOf = (c: Change): string => (c.callback === undefined ? c.summary : `${c.callback}: ${c.summary}`);

async function summaries(edits: Edit[], base: Edit[] = []): Promise<string[]> {
  const before = base.length === 0 ? await modelOfGolden() : await modelOf(edited(goldenInput, base));
  return compareSpecs(before, await modelOf(edited(goldenInput, edits))).map(lineOf);
}

test("a request field's since earlier: requests declaring the versions between may now carry it", async () => {
  expect(await summaries([[OP, ORDER_CHANNEL, ORDER_CHANNEL.replace('"2.5"', '"2.4"')]])).toEqual([
    "orderChannel: since 2.5 → 2.4. Requests declaring an interface version from 2.4 and before 2.5 may now carry it.",
  ]);
});

test("made undocumented (in every version): from the lowest version a request may declare", async () => {
  expect(await summaries([[OP, ORDER_CHANNEL, ORDER_CHANNEL.replace('"2.5"', "undocumented")]])).toEqual([
    "orderChannel: since 2.5 → undocumented. Requests declaring an interface version from 2.4 and before 2.5 may now carry it.",
  ]);
});

test("a response field's: strict validation pinned to those versions no longer refuses it", async () => {
  expect(await summaries([[OP, CARDS, CARDS.replace('"2.40"', '"2.30"')]])).toEqual([
    "cards: since 2.40 → 2.30. Strict validation pinned to an interface version from 2.30 and before 2.40 no longer refuses a message carrying it.",
  ]);
});

test("a callback field's: its decoder, strict and given those versions, no longer refuses it", async () => {
  const later: Edit = [PAYPAGE, RESPONSE_CODE, RESPONSE_CODE.replace('"2.0"', '"3.0"')];
  expect(await summaries([[PAYPAGE, RESPONSE_CODE, RESPONSE_CODE.replace('"2.0"', '"2.5"')]], [later])).toEqual([
    "cardPaymentResult: responseCode: since 3.0 → 2.5. decodeCardPaymentResult, strict and given an interface version from 2.5 and before 3.0, no longer refuses a posted result carrying it.",
  ]);
});
