// The constant name sync gives a new value that is not an identifier by itself ("00"), and those an operation gives the values it words its own way.
import { expect, test } from "vitest";
import { nameFromMeaning, ownConstantKeys } from "../../generator/rules/value-names.js";

test.each([
  { value: "00", meaning: "Transaction initialized", want: "TRANSACTION_INITIALIZED" },
  { value: "14", meaning: "Invalid payment mean data (ex: PAN)", want: "INVALID_PAYMENT_MEAN_DATA_EX" },
  { value: "91", meaning: "Émetteur indisponible", want: "EMETTEUR_INDISPONIBLE" },
  { value: "05", meaning: "3-D Secure refused", want: "V_05" },
  { value: "99", meaning: "", want: "V_99" },
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
