// Where a constant named after a meaning stops: a sentence's end, a colon, a
// semicolon or an opening parenthesis, and only those. The period of an
// abbreviation or of a number ends no sentence, and a comma stops nothing.
import { expect, test } from "vitest";
import { nameFromMeaning } from "../../generator/rules/value-names.js";

test.each([
  // An abbreviation's period, before a word in lower case or after a one-letter word, ends no sentence.
  { meaning: "Card exp. date invalid", want: "CARD_EXP_DATE_INVALID" },
  { meaning: "Card exp.  date invalid", want: "CARD_EXP_DATE_INVALID" },
  { meaning: "Data e.g. PAN missing", want: "DATA_E_G_PAN_MISSING" },
  { meaning: "Nb. of attempts exceeded", want: "NB_OF_ATTEMPTS_EXCEEDED" },
  // A sentence ends before a capital, a digit, or the end of the text.
  { meaning: "Card refused. Try again", want: "CARD_REFUSED" },
  { meaning: "Card refused.  3-D Secure failed", want: "CARD_REFUSED" },
  { meaning: "Card refused.", want: "CARD_REFUSED" },
  // A comma is no stop: the name takes its five words.
  {
    meaning: "Invalid transaction, check parameters transferred",
    want: "INVALID_TRANSACTION_CHECK_PARAMETERS_TRANSFERRED",
  },
])("$meaning -> $want", ({ meaning, want }) => {
  expect(nameFromMeaning("70", meaning)).toBe(want);
});
