// The mock's Paypage sessions in-process: a payment started as JSON waits for
// its redirection, and the sessions left waiting are bounded, so that a mock
// that runs for long (sips-json mock) does not keep every abandoned payment.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { MOCK_OPERATIONS } from "../../generated/mock.js";
import { MAX_OPEN_SESSIONS, MockPaypage } from "../../generated/runtime/mock-paypage.js";
import { mockKeysOf } from "../../generated/runtime/mock-keys.js";

const op = operations.paymentWebInit;
const served = MOCK_OPERATIONS.find((o) => o.operation.name === op.name);
if (!op.callback || served?.callbackExample === undefined) throw new Error("paymentWebInit is not played");
const paypage = { operation: served.operation, callback: op.callback, example: served.callbackExample };
const request = { amount: 1000, currencyCode: "978", transactionReference: "abc", interfaceVersion: "IR_WS_3.4" };

/** A payment started as JSON and its reply sent: its redirectionData. */
const start = (mock: MockPaypage) => {
  const started = mock.startFromJson(paypage, request, "key", "HMAC-SHA-256", "http://127.0.0.1/paymentInit");
  started.openIfSent({ ...started.fields });
  return String(started.fields["redirectionData"]);
};
const redirect = (mock: MockPaypage, token: string) =>
  mock.answerForm(paypage, new URLSearchParams({ redirectionVersion: "mock-1", redirectionData: token }).toString());

test("past MAX_OPEN_SESSIONS payments left waiting, the oldest is dropped; the others still play, once", async () => {
  const mock = new MockPaypage(mockKeysOf("key"));
  const tokens = Array.from({ length: MAX_OPEN_SESSIONS + 1 }, () => start(mock));
  expect(new Set(tokens).size).toBe(tokens.length);
  expect((await redirect(mock, tokens[0] ?? "")).status).toBe(400);
  for (const token of [tokens[1], tokens.at(-1)]) {
    expect((await redirect(mock, token ?? "")).status).toBe(200);
    expect((await redirect(mock, token ?? "")).status).toBe(400);
  }
});

test("a payment waits only once a reply that carries its redirectionData is sent, and only once", async () => {
  const mock = new MockPaypage(mockKeysOf("key"));
  const started = () => mock.startFromJson(paypage, request, "key", "HMAC-SHA-256", "http://127.0.0.1/paymentInit");
  const neverSent = started();
  const otherwise = started();
  otherwise.openIfSent({ redirectionStatusCode: "94" });
  const changed = started();
  changed.openIfSent({ ...changed.fields, redirectionStatusMessage: "changed" });
  changed.openIfSent({ ...changed.fields });
  for (const unsent of [neverSent, otherwise])
    expect((await redirect(mock, String(unsent.fields["redirectionData"]))).status).toBe(400);
  const token = String(changed.fields["redirectionData"]);
  expect((await redirect(mock, token)).status).toBe(200);
  expect((await redirect(mock, token)).status).toBe(400);
});
