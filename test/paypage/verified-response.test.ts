// A callback's fields are Verified only as a decoder gives them, after the
// post's seal verified: code that acts on a payment takes Verified<T>, and
// fields no seal vouches for (validatePaypageResponse's, an object literal) do
// not compile there; everywhere else a Verified<T> is a T, so code that reads
// the decoded response as its message type compiles as before.
// The @ts-expect-error lines are the test: the type-check fails where one compiles.
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  decodePaypageResponse,
  type decodeWalletpageResponse,
  type PaypageResponse,
  type PaypageResponseResult,
  validatePaypageResponse,
  type Verified,
  type WalletpageResponse,
} from "../../generated/paypage.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";

/** MINIMAL_RESPONSE's fields, as an object. */
const FIELDS = {
  currencyCode: "978",
  merchantId: "002001000000001",
  responseCode: "00",
  transactionReference: "ref1",
  keyVersion: 1,
  amount: 1000,
} as const satisfies PaypageResponse;

/** What a shop runs once a payment is genuine. */
const ship = (paid: Verified<PaypageResponse>): string => `shipped ${paid.transactionReference}`;

describe("only a decoder's accepted response is Verified", () => {
  test("a decoded post reaches code that takes Verified, and reads as its message type", () => {
    const result = decodePaypageResponse(sealedForm(MINIMAL_RESPONSE), TEST_KEY);
    if (!result.ok) throw new Error(result.error.message);
    expect(ship(result.response)).toBe("shipped ref1");
    expect(result.response).toEqual(FIELDS);
    const plain: PaypageResponse = result.response;
    expect(plain).toBe(result.response);
    expectTypeOf(result.response).toEqualTypeOf<Verified<PaypageResponse>>();
    expectTypeOf<Verified<PaypageResponse>>().toExtend<PaypageResponse>();
  });

  test("fields that no seal vouches for do not compile where Verified is taken", () => {
    const checked = validatePaypageResponse({ ...FIELDS });
    if (!checked.ok) throw new Error("the minimal response is valid");
    // @ts-expect-error validated fields: their shape, never a seal
    expect(ship(checked.value)).toContain("shipped");
    // @ts-expect-error an object literal of the message type
    expect(ship({ ...FIELDS })).toContain("shipped");
    expectTypeOf<PaypageResponse>().not.toExtend<Verified<PaypageResponse>>();
  });

  test("an accepted result cannot be written by hand", () => {
    const fields: PaypageResponse = { ...FIELDS };
    const made: PaypageResponseResult<PaypageResponse> = {
      ok: true,
      // @ts-expect-error a response the decoder did not give
      response: fields,
      warnings: [],
      sealAlgorithm: "HMAC-SHA-256",
      keyIndex: 0,
      interfaceVersion: null,
    };
    expect(made.ok).toBe(true);
  });

  test("the Walletpage decoder's accepted response is Verified too", () => {
    expectTypeOf<Extract<ReturnType<typeof decodeWalletpageResponse>, { ok: true }>["response"]>().toEqualTypeOf<
      Verified<WalletpageResponse>
    >();
  });
});
