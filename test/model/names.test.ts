import { describe, expect, test } from "vitest";
import { camelCase, constantCase, constantKeyOf, pascalCase } from "../../generator/rules/names.js";
import { compareVersions, parseVersion } from "../../generator/model/versions.js";
import { sealOrder } from "../../generator/model/seal-order.js";
import { didYouMean } from "../../generator/diagnostics/did-you-mean.js";

describe("names", () => {
  test.each([
    { given: "paymentTokenInitialize", pascal: "PaymentTokenInitialize", constant: "PAYMENT_TOKEN_INITIALIZE" },
    { given: "s10TransactionReference", pascal: "S10TransactionReference", constant: "S10_TRANSACTION_REFERENCE" },
    { given: "panToToken", pascal: "PanToToken", constant: "PAN_TO_TOKEN" },
    { given: "redirectionURL", pascal: "RedirectionURL", constant: "REDIRECTION_URL" },
  ])("$given", ({ given, pascal, constant }) => {
    expect(pascalCase(given)).toBe(pascal);
    expect(camelCase(pascal)).toBe(given);
    expect(constantCase(given)).toBe(constant);
  });

  test.each([
    { value: "HMAC-SHA-256", name: undefined, want: "HMAC_SHA_256" },
    { value: "ADDCARD", name: undefined, want: "ADDCARD" },
    { value: "IR_MB_", name: undefined, want: "IR_MB" },
    { value: "AR_WS_2.", name: undefined, want: "AR_WS_2" },
    { value: "00", name: undefined, want: undefined },
    { value: "3DS", name: undefined, want: undefined },
    { value: "---", name: undefined, want: undefined },
    { value: "00", name: "ACCEPTED", want: "ACCEPTED" },
  ])("constant key of $value", ({ value, name, want }) => {
    expect(constantKeyOf(value, name)).toBe(want);
  });
});

describe("versions", () => {
  test.each([
    { a: "2.5", b: "2.37", want: -1 },
    { a: "2.37", b: "2.37", want: 0 },
    { a: "3.0", b: "2.55", want: 1 },
    { a: "1.0", b: "1.10", want: -1 },
  ])("$a vs $b", ({ a, b, want }) => {
    expect(Math.sign(compareVersions(parseVersion(a), parseVersion(b)))).toBe(want);
  });
});

describe("seal order", () => {
  test.each([
    {
      given: [
        "sdkVersion",
        "keyVersion",
        "merchantId",
        "seal",
        "interfaceVersion",
        "sealAlgorithm",
        "customerIpAddress",
      ],
      exclude: ["keyVersion", "sealAlgorithm", "seal"],
      want: ["customerIpAddress", "interfaceVersion", "merchantId", "sdkVersion"],
    },
    // Code-point order: upper case before lower case, digits before letters.
    { given: ["b", "B", "a1", "a", "A"], exclude: [], want: ["A", "B", "a", "a1", "b"] },
    { given: ["seal"], exclude: ["seal"], want: [] },
  ])("$given", ({ given, exclude, want }) => {
    expect(sealOrder(given, exclude)).toEqual(want);
  });
});

describe("did you mean", () => {
  test.each([
    { word: "presnce", candidates: ["presence", "since"], want: "presence" },
    { word: "requierd", candidates: ["required", "optional"], want: "required" },
    { word: "int", candidates: ["string", "integer"], want: "integer" },
    { word: "Summary", candidates: ["summary"], want: "summary" },
    { word: "mandatory", candidates: ["required", "optional"], want: undefined },
    { word: "x", candidates: ["y"], want: "y" },
    { word: "zzzzzz", candidates: ["presence"], want: undefined },
    // Two adjacent letters swapped are one slip, even in a word too short for two edits.
    { word: "ordre", candidates: ["order", "fields"], want: "order" },
    { word: "reuqired", candidates: ["required"], want: "required" },
    // Two letters swapped apart, or swapped and something else, are two edits: too many for a short word.
    { word: "rodre", candidates: ["order"], want: undefined },
    { word: "oderr", candidates: ["order"], want: undefined },
  ])("$word", ({ word, candidates, want }) => {
    expect(didYouMean(word, candidates)).toBe(want);
  });
});
