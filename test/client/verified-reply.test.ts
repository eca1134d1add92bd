// A client call's response is Verified, as a Paypage decoder's is: the reply's
// seal verified with the configured key, then its fields validated. Code that
// acts on a reply takes Verified<T>, and fields no seal vouches for (a
// validator's, an object literal) do not compile there; everywhere else a
// Verified<T> is a T. The @ts-expect-error lines are the type-level test: the
// type-check fails where one compiles. readReply, the one place a reply becomes
// Verified, takes what it checks with by name.
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  type ClientResult,
  createClient,
  type PaymentTokenInitializeResponse,
  sealPaymentTokenInitializeResponse,
  validatePaymentTokenInitializeResponse,
  type Verified,
} from "../../generated/index.js";
import { readReply } from "../../generated/runtime/client-reply.js";
import { config, example, fields, op, secretKey, useClientMock } from "../support/client-mock.js";

useClientMock();

/** What a shop runs on a reply it trusts. */
const record = (reply: Verified<PaymentTokenInitializeResponse>): string => `recorded ${Object.keys(reply).length}`;

/** The example response sealed with `key`, as a reply's body. */
const sealedReply = (key: string): string =>
  JSON.stringify({ ...example, seal: sealPaymentTokenInitializeResponse(example as never, key) });

describe("a client call's verified response", () => {
  test("reaches code that takes Verified, and reads as its response type", async () => {
    const result = await createClient(config()).paymentTokenInitialize(fields);
    if (!result.ok) throw new Error(result.error.message);
    expect(record(result.response)).toMatch(/^recorded \d+$/);
    const plain: PaymentTokenInitializeResponse = result.response;
    expect(plain).toBe(result.response);
    expectTypeOf(result.response).toEqualTypeOf<Verified<PaymentTokenInitializeResponse>>();
    // Frozen, its fields readonly to the compiler: a field set, which would throw, does not compile.
    // @ts-expect-error a verified reply's field is readonly
    expect(() => (result.response.seal = "")).toThrow(TypeError);
  });

  test("fields that no seal vouches for do not compile where Verified is taken", () => {
    const checked = validatePaymentTokenInitializeResponse(JSON.parse(sealedReply(secretKey)));
    if (!checked.ok) throw new Error("the example response is valid");
    // @ts-expect-error validated fields: their shape, never a seal
    expect(record(checked.value)).toMatch(/^recorded/);
    expectTypeOf<PaymentTokenInitializeResponse>().not.toExtend<Verified<PaymentTokenInitializeResponse>>();
  });

  test("a successful result cannot be written by hand", () => {
    const response = JSON.parse(sealedReply(secretKey)) as PaymentTokenInitializeResponse;
    // @ts-expect-error a response the client did not verify
    const made: ClientResult<PaymentTokenInitializeResponse> = { ok: true, response, warnings: [] };
    expect(made.ok).toBe(true);
  });
});

describe("readReply takes the key, the algorithm and the sent seal by name", () => {
  const reply = (body: string) => ({ status: 200, body });

  test("a reply sealed with the named key verifies, one sealed with another does not", () => {
    const read = (key: string) => readReply(op, reply(sealedReply(key)), { secretKey, sealAlgorithm: undefined });
    expect(read(secretKey)).toMatchObject({ ok: true });
    expect(read("another-key")).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
  });

  test("the sent seal is kept out of an http error's summary, and the warnings come first", () => {
    const sentSeal = "a".repeat(64);
    const warning = { path: "/x", code: "unknown-field", message: "sent beyond the facts" } as const;
    const ok = readReply(op, reply(sealedReply(secretKey)), {
      secretKey,
      sealAlgorithm: undefined,
      requestWarnings: [warning],
      sentSeal,
    });
    expect(ok.ok && ok.warnings[0]).toEqual(warning);
    const refused = readReply(
      op,
      { status: 400, body: `rejected: ${sentSeal}` },
      { secretKey, sealAlgorithm: undefined, sentSeal },
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).not.toContain(sentSeal);
  });
});
