// The constant name sync gives a new value that is not an identifier by itself ("00"), and those an operation gives the values it words its own way.
import fc from "fast-check";
import { expect, test } from "vitest";
import { distinctNames, nameFromMeaning, ownConstantKeys } from "../../generator/rules/value-names.js";

test.each([
  { value: "00", meaning: "Transaction initialized", want: "TRANSACTION_INITIALIZED" },
  // Words up to the first stop: a sentence's end, a colon or semicolon, a parenthesis.
  { value: "14", meaning: "Invalid payment mean data (ex: PAN)", want: "INVALID_PAYMENT_MEAN_DATA" },
  { value: "94", meaning: "Transaction duplicated. Its reference was used", want: "TRANSACTION_DUPLICATED" },
  { value: "95", meaning: "Transaction duplicated: its reference was used", want: "TRANSACTION_DUPLICATED" },
  { value: "96", meaning: "Refused; try later", want: "REFUSED" },
  { value: "97", meaning: "Version 2.0 refused", want: "VERSION_2_0_REFUSED" },
  { value: "98", meaning: "(PSD2) Strong authentication required", want: "PSD2_STRONG_AUTHENTICATION_REQUIRED" },
  { value: "91", meaning: "Émetteur indisponible", want: "EMETTEUR_INDISPONIBLE" },
  { value: "05", meaning: "3-D Secure refused", want: "V_05" },
  { value: "99", meaning: "", want: "V_99" },
  // Cut back to a word that ends the name, never after a function word: English and French.
  { value: "81", meaning: "Token request refused by the issuer", want: "TOKEN_REQUEST_REFUSED" },
  { value: "82", meaning: "Refused for lack of an authorisation", want: "REFUSED_FOR_LACK" },
  { value: "83", meaning: "Refus de la banque de l'émetteur", want: "REFUS_DE_LA_BANQUE" },
  { value: "84", meaning: "Paiement refusé par le porteur", want: "PAIEMENT_REFUSE_PAR_LE_PORTEUR" },
  // A negation is no word to cut back past or to end on: the name takes the word it negates.
  { value: "85", meaning: "Card of the holder not enrolled", want: "CARD_OF_THE_HOLDER_NOT_ENROLLED" },
  { value: "86", meaning: "Card of the holder not in the list", want: "CARD_OF_THE_HOLDER_NOT_IN_THE_LIST" },
  { value: "87", meaning: "Authentication of card not", want: "AUTHENTICATION_OF_CARD_NOT" },
  // Function words alone name nothing.
  { value: "88", meaning: "Of the", want: "V_88" },
])("$value, $meaning -> $want", ({ value, meaning, want }) => {
  expect(nameFromMeaning(value, meaning)).toBe(want);
});

test("an operation's own constants: named by its own meaning where it has one and the value is no identifier", () => {
  const keys = ownConstantKeys([
    { value: "00", key: "ACCEPTED", own: true, meanings: ["Operation accepted"] },
    { value: "02", key: "CARD_CEILING_EXCEEDED", own: true, meanings: ["Authorisation by telephone"] },
    { value: "03", key: "INVALID_MERCHANT_CONTRACT", own: false, meanings: ["Invalid merchant contract"] },
    { value: "SHA-256", key: "SHA_256", own: true, meanings: ["Its own wording"] },
  ]);
  expect(keys).toEqual(["OPERATION_ACCEPTED", "AUTHORISATION_BY_TELEPHONE", "INVALID_MERCHANT_CONTRACT", "SHA_256"]);
});

test("an operation's own constant that another value's name already takes is told apart by its value, whatever the order", () => {
  const values = [
    { value: "03", key: "INVALID_MERCHANT_CONTRACT", own: false, meanings: ["Invalid merchant contract"] },
    { value: "12", key: "INVALID_TRANSACTION", own: true, meanings: ["Invalid merchant contract"] },
  ];
  expect(ownConstantKeys(values)).toEqual(["INVALID_MERCHANT_CONTRACT", "INVALID_MERCHANT_CONTRACT_12"]);
  expect(ownConstantKeys([...values].reverse())).toEqual(["INVALID_MERCHANT_CONTRACT_12", "INVALID_MERCHANT_CONTRACT"]);
});

test("names alike at five words take the words that tell them apart, and their value only where the clause ends alike", () => {
  const values = [
    { value: "05", key: "V_05", own: true, meanings: ["Refused by the issuer for the card"] },
    { value: "06", key: "V_06", own: true, meanings: ["Refused by the issuer for the account"] },
    { value: "07", key: "V_07", own: true, meanings: ["Refused. Try again later"] },
    { value: "08", key: "V_08", own: true, meanings: ["Refused: the amount is too high"] },
  ];
  const keys = [
    "REFUSED_BY_THE_ISSUER_FOR_THE_CARD",
    "REFUSED_BY_THE_ISSUER_FOR_THE_ACCOUNT",
    "REFUSED_07",
    "REFUSED_08",
  ];
  expect(ownConstantKeys(values)).toEqual(keys);
  expect(ownConstantKeys([...values].reverse())).toEqual([...keys].reverse());
  // A name that takes more words is still cut at ten: it reads, and its value then tells it apart.
  const long = (end: string) => `Refused by the issuer of the card for a reason of its own ${end}`;
  expect(
    ownConstantKeys([
      { value: "10", key: "V_10", own: true, meanings: [long("one")] },
      { value: "11", key: "V_11", own: true, meanings: [long("two")] },
    ]),
  ).toEqual(["REFUSED_BY_THE_ISSUER_OF_THE_CARD_FOR_A_REASON_10", "REFUSED_BY_THE_ISSUER_OF_THE_CARD_FOR_A_REASON_11"]);
});

test("a name the spec gives an own meaning is the constant's, and the names made from meanings keep clear of it", () => {
  const keys = ownConstantKeys([
    { value: "00", key: "ACCEPTED", own: true, meanings: ["Operation accepted"], name: "DONE" },
    { value: "02", key: "CARD_CEILING_EXCEEDED", own: true, meanings: ["Done"] },
    { value: "03", key: "INVALID_MERCHANT_CONTRACT", own: false, meanings: ["Invalid merchant contract"] },
    { value: "12", key: "INVALID", own: true, meanings: [], name: "NO_WORDING" },
  ]);
  expect(keys).toEqual(["DONE", "DONE_02", "INVALID_MERCHANT_CONTRACT", "NO_WORDING"]);
});

test("a name that its value leaves another's, or a name given, takes the first number free, whatever the order", () => {
  const values = [
    { value: "02", meaning: "Refused" },
    { value: "03", meaning: "Refused" },
    { value: "04", meaning: "Refused 02" },
  ];
  expect(distinctNames(values)).toEqual(["REFUSED_02", "REFUSED_03", "REFUSED_02_2"]);
  expect(distinctNames([...values].reverse())).toEqual(["REFUSED_02_2", "REFUSED_03", "REFUSED_02"]);
  // Values that differ only where a name cannot: A-1 and A.1 both give _A_1.
  const dotted = [
    { value: "A.1", meaning: "Refused" },
    { value: "A-1", meaning: "Refused" },
  ];
  expect(distinctNames(dotted)).toEqual(["REFUSED_A_1_2", "REFUSED_A_1"]);
  // A name given (an own meaning's, a shared key) stays; the one made from a meaning moves.
  expect(distinctNames(values.slice(0, 2), ["REFUSED_02", "REFUSED_02_2"])).toEqual(["REFUSED_02_3", "REFUSED_03"]);
});

test("names made from meanings are told apart from one another and from the names given, each value's name whatever the order", () => {
  const word = fc.constantFrom("Refused", "refused", "card", "02", "A", "1", "the", "not", "Done.");
  const meaning = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(" "));
  const value = fc.constantFrom("02", "03", "04", "A-1", "A.1", "A_1", "1", "x");
  const named = fc.uniqueArray(fc.record({ value, meaning }), { selector: (n) => n.value, maxLength: 8 });
  const fixed = fc.array(fc.constantFrom("REFUSED", "REFUSED_02", "REFUSED_02_2", "REFUSED_A_1", "V_02", "CARD"), {
    maxLength: 3,
  });
  let numbered = 0;
  fc.assert(
    fc.property(named, fixed, fc.nat(), (list, given, turn) => {
      const names = distinctNames(list, given);
      expect(new Set([...names, ...given]).size).toBe(names.length + new Set(given).size);
      const freed = (name: string, i: number) =>
        new RegExp(`_${list[i]?.value.replace(/[^A-Za-z0-9]+/g, "_")}_\\d+$`).test(name);
      if (names.some(freed)) numbered++;
      const at = turn % Math.max(1, list.length);
      const turned = [...list.slice(at), ...list.slice(0, at)];
      const byValue = new Map(list.map((n, i) => [n.value, names[i]]));
      expect(distinctNames(turned, given)).toEqual(turned.map((n) => byValue.get(n.value)));
    }),
    { numRuns: 2000 },
  );
  // The draws reach the names a value leaves alike, which only a number tells apart.
  expect(numbered).toBeGreaterThan(20);
});
