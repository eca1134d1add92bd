// The constant-time comparison of a seal, through every function that
// verifies one (a message's, a string's, a key among a list's, a Paypage
// post's): a genuine seal changed in a single place, or with more after it, is
// refused; in upper case it is the same seal.
import { describe, expect, test } from "vitest";
import { computeSeal, operations, sealKeyIndex, sealsMatch, verifySeal } from "../../generated/index.js";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";
import { SECRET_KEY, validResponse } from "./samples.js";

const { response } = operations.paymentTokenInitialize;
const OTHER_KEY = "002001000000002_KEY1";

/** A genuine seal changed so: each a seal Sips did not give. */
const changes: readonly [string, (seal: string) => string][] = [
  // Without it: a seal was compared over the expected seal's length only, and what came after it was not read.
  ["with a digit after it", (seal) => `${seal}0`],
  ["with two digits after it", (seal) => `${seal}00`],
  // Without it: the last character was not compared.
  ["with its last character changed", (seal) => `${seal.slice(0, -1)}${seal.endsWith("0") ? "1" : "0"}`],
  ["with its first character changed", (seal) => `${seal.startsWith("0") ? "1" : "0"}${seal.slice(1)}`],
  // Without it: a character was read as the digit it differs from by one bit (0x20), as "A" is read as "a".
  ["with each digit as the control character 0x20 below it", (seal) => seal.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x20))],
];

describe("a message's seal", () => {
  const message = validResponse();
  const seal = response.seal(message, SECRET_KEY);
  test("verifies as given and in upper case", () => {
    expect(response.verify({ ...message, seal }, SECRET_KEY)).toBe(true);
    expect(response.verify({ ...message, seal: seal.toUpperCase() }, SECRET_KEY)).toBe(true);
  });
  test.each(changes)("%s: refused", (_, change) => {
    expect(change(seal)).not.toBe(seal);
    expect(response.verify({ ...message, seal: change(seal) }, SECRET_KEY)).toBe(false);
  });
});

describe("a string's seal, with one key and among a list of keys", () => {
  const text = "amount=1000|currencyCode=978";
  const seal = computeSeal(text, SECRET_KEY, "HMAC-SHA-256");
  test("verifies as given and in upper case", () => {
    for (const given of [seal, seal.toUpperCase()]) {
      expect(verifySeal(text, given, SECRET_KEY, "HMAC-SHA-256")).toBe(true);
      expect(sealKeyIndex(text, given, [OTHER_KEY, SECRET_KEY], "HMAC-SHA-256")).toBe(1);
      expect(sealsMatch(given, seal)).toBe(true);
    }
  });
  test.each(changes)("%s: refused", (_, change) => {
    expect(verifySeal(text, change(seal), SECRET_KEY, "HMAC-SHA-256")).toBe(false);
    expect(sealKeyIndex(text, change(seal), SECRET_KEY, "HMAC-SHA-256")).toBe(-1);
    expect(sealKeyIndex(text, change(seal), [OTHER_KEY, SECRET_KEY], "HMAC-SHA-256")).toBe(-1);
    expect(sealsMatch(change(seal), seal)).toBe(false);
  });
  test("sealsMatch takes only a hexadecimal seal as the one expected: no text equals one that is not", () => {
    // Without it: an empty or a non-hex expected seal was equal to the same text given.
    for (const expected of ["", "zz", "seal", "0g"]) expect(sealsMatch(expected, expected)).toBe(false);
  });
});

describe("a Paypage post's seal", () => {
  const form = sealedForm(MINIMAL_RESPONSE);
  const seal = form["Seal"] ?? "";
  test("verifies as given and in upper case", () => {
    for (const given of [seal, seal.toUpperCase()]) {
      expect(isPaypageResponseGenuine({ ...form, Seal: given }, TEST_KEY)).toBe(true);
      expect(decodePaypagePost(paypageResponse, { ...form, Seal: given }, [OTHER_KEY, TEST_KEY])).toMatchObject({ ok: true, keyIndex: 1 });
    }
  });
  test.each(changes)("%s: refused unread", (_, change) => {
    const post = { ...form, Seal: change(seal) };
    expect(isPaypageResponseGenuine(post, TEST_KEY)).toBe(false);
    expect(decodePaypagePost(paypageResponse, post, [OTHER_KEY, TEST_KEY])).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "seal-mismatch" }),
    });
  });
});
