// A message is sealed as JSON sends it: its sealing string is that of its JSON
// copy, for values JSON writes otherwise than their own text (NaN and the
// infinities as null, a Date or any toJSON as what it gives). Sealed as one text
// and sent as another, a request beyond the spec's facts got Sips's signature
// error, and a mock handler's reply did not verify at the client.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, genericSealingString, operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { SEAL_FIELD } from "../../generated/runtime/platform.js";

const secretKey = "seal-json-copy-key";
const none: ReadonlySet<string> = new Set();
const jsonCopy = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

/** Values JSON writes otherwise than String() or a walk of their own keys would. */
const written: readonly [string, unknown][] = [
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["a Date", new Date(Date.UTC(2026, 11, 5, 14, 0, 0))],
  ["a toJSON giving text", { toJSON: () => "given" }],
  ["a toJSON giving an object", { toJSON: () => ({ b: "2", a: "1" }) }],
  ["a list holding NaN and a Date", [1, Number.NaN, new Date(0)]],
  ["a container holding them", { when: new Date(0), howMuch: Number.NaN, what: "x" }],
];

test.each(written)("%s: the sealing string is its JSON copy's", (_what, value) => {
  const message = { amount: 10, value, zzz: "end" };
  expect(genericSealingString(message, none)).toBe(genericSealingString(jsonCopy(message), none));
});

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({
    secretKey,
    // A reply beside the example, with values JSON writes otherwise: sealed as sent, it verifies at the client.
    handlers: {
      paymentTokenInitialize: () => ({
        redirectionStatusCode: "00",
        ...Object.fromEntries(written.map(([, value], i) => [`beyond${i}`, value] as const)),
      }),
    },
  });
});
afterAll(() => mock.close());

const config = () => ({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });

test("a mock handler's reply holding them is sealed as it is sent, and verifies at the client", async () => {
  const result = await createClient(config()).paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
  expect(result.ok ? result.response.redirectionStatusCode : result.error).toBe("00");
});

test.each(written)("%s beyond a request's facts is sealed as sent: the mock takes the request", async (_what, value) => {
  const op = operations.paymentWebInit;
  if (op.request.factsStop === null) throw new Error("paymentWebInit's request facts no longer stop");
  const sent: Record<string, unknown>[] = [];
  const client = createClient({
    ...config(),
    fetch: (url, init) => {
      sent.push(JSON.parse(init.body) as Record<string, unknown>);
      return globalThis.fetch(url, init);
    },
  });
  const result = await client.paymentWebInit({
    amount: 1250,
    currencyCode: "978",
    normalReturnUrl: "http://127.0.0.1:9/return",
    beyondFacts: { aFieldBeyondTheFacts: value },
  });
  const [request] = sent;
  expect(request && op.request.verify(request as never, secretKey)).toBe(true);
  expect(result.ok && op.status ? result.response[op.status.field as never] : result).toBe(op.status?.accepted);
  expect(request?.[SEAL_FIELD]).toEqual(expect.any(String));
});
