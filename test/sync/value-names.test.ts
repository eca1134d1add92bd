// The constant name sync gives a new value that is not an identifier by itself ("00").
import { expect, test } from "vitest";
import { nameFromMeaning } from "../../generator/sync/value-names.js";

test.each([
  { value: "00", meaning: "Transaction initialized", want: "TRANSACTION_INITIALIZED" },
  { value: "14", meaning: "Invalid payment mean data (ex: PAN)", want: "INVALID_PAYMENT_MEAN_DATA_EX" },
  { value: "91", meaning: "Émetteur indisponible", want: "EMETTEUR_INDISPONIBLE" },
  { value: "05", meaning: "3-D Secure refused", want: "V_05" },
  { value: "99", meaning: "", want: "V_99" },
])("$value, $meaning -> $want", ({ value, meaning, want }) => {
  expect(nameFromMeaning(value, meaning)).toBe(want);
});
