// The mock's record of the calls it answered: cancel, refund and validate get
// the same reply, seal included, so a test tells which one its code called by
// the record, which names the operation, keeps the request as it came (not as a
// handler changed it), says whether its seal verified and holds the reply as
// sent, whatever answered it (a refusal, a handler, a handler's failure).
import { expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { MockHttpError, startMockServer } from "../../generated/mock.js";
import { path, sealedRequest, secretKey, status, valid } from "../support/mock-seed-operation.js";

const config = (url: `http://${string}`) =>
  ({ environment: url, merchantId: "002001000000001", keyVersion: 1, secretKey }) as const;

const post = (url: string, body: string) => fetch(`${url}${path}`, { method: "POST", body });

test("cancel, refund and validate, answered alike, are told apart by the record, each with its request and reply", async () => {
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient(config(mock.url));
    const fields = { transactionReference: "order42", currencyCode: "978", operationAmount: 500 } as const;
    const results = [await sips.cancel(fields), await sips.refund(fields), await sips.validate(fields)];
    const replies = results.map((r) => (r.ok ? { ...r.response } : r.error.kind));
    const calls = mock.calls();
    expect(calls.map((c) => c.operation)).toEqual(["cancel", "refund", "validate"]);
    for (const [i, call] of calls.entries()) {
      expect(call.sealVerified).toBe(true);
      expect(call.request).toMatchObject({ ...fields, merchantId: "002001000000001", keyVersion: 1 });
      expect(call.request?.["seal"]).toEqual(expect.any(String));
      expect(call.reply).toEqual({ status: 200, body: replies[i] });
    }
  } finally {
    await mock.close();
  }
});

test("a request whose seal fails is recorded as such, with the refusal sent; one of the wrong format as verified", async () => {
  const mock = await startMockServer({ secretKey });
  try {
    await post(mock.url, sealedRequest("paymentTokenInitialize", valid, "another key"));
    await post(mock.url, sealedRequest("paymentTokenInitialize", { ...valid, sdkVersion: 42 }));
    const [badSeal, badFormat] = mock.calls();
    expect(badSeal).toMatchObject({ operation: "paymentTokenInitialize", sealVerified: false });
    expect(badSeal?.reply.body).toMatchObject({ [status.field]: status.signatureError });
    expect(badFormat).toMatchObject({ operation: "paymentTokenInitialize", sealVerified: true });
    expect(badFormat?.request?.["sdkVersion"]).toBe(42);
    expect(badFormat?.reply.body).toMatchObject({ [status.field]: status.formatError });
  } finally {
    await mock.close();
  }
});

test("the request recorded is the one received, whatever the handler does to the one it is given", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: (request, mockReply) => {
        (request as Record<string, unknown>)["sdkVersion"] = "changed";
        return mockReply();
      },
    },
  });
  try {
    await post(mock.url, sealedRequest("paymentTokenInitialize", valid));
    expect(mock.calls()[0]?.request?.["sdkVersion"]).toBe(valid.sdkVersion);
  } finally {
    await mock.close();
  }
});

test("a handler's failure is recorded with the answer sent: a MockHttpError's text, or the 500", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: (request) => {
        if (request.sdkVersion === "5.0.3") throw new MockHttpError(503, "maintenance");
        throw new Error("a bug of the test");
      },
    },
  });
  try {
    await post(mock.url, sealedRequest("paymentTokenInitialize", { ...valid, sdkVersion: "5.0.3" }));
    const failed = await post(mock.url, sealedRequest("paymentTokenInitialize", valid));
    const [unavailable, broken] = mock.calls();
    expect(unavailable?.reply).toEqual({ status: 503, body: "maintenance" });
    expect(broken?.reply).toEqual({ status: 500, body: await failed.json() });
    expect(broken?.sealVerified).toBe(true);
  } finally {
    await mock.close();
  }
});

test("a body that is JSON but no object is a call without fields; one that is no JSON, or no operation's path, none", async () => {
  const mock = await startMockServer({ secretKey });
  try {
    await post(mock.url, "[1]");
    await post(mock.url, "not json");
    await fetch(`${mock.url}/nowhere`, { method: "POST", body: "{}" });
    expect(mock.calls().map((c) => [c.operation, c.request, c.sealVerified])).toEqual([
      ["paymentTokenInitialize", null, false],
    ]);
  } finally {
    await mock.close();
  }
});

test("clearCalls forgets the calls so far; calls() is a copy that later calls leave as it was", async () => {
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient(config(mock.url));
    await sips.validate({ currencyCode: "978" });
    const first = mock.calls();
    mock.clearCalls();
    expect(mock.calls()).toEqual([]);
    await sips.refund({ currencyCode: "978" });
    expect(first.map((c) => c.operation)).toEqual(["validate"]);
    expect(mock.calls().map((c) => c.operation)).toEqual(["refund"]);
  } finally {
    await mock.close();
  }
});

test("recordCalls: false keeps none; a recordCalls that is no boolean is refused", async () => {
  const mock = await startMockServer({ secretKey, recordCalls: false });
  try {
    await createClient(config(mock.url)).cancel({ currencyCode: "978" });
    expect(mock.calls()).toEqual([]);
  } finally {
    await mock.close();
  }
  await expect(startMockServer({ secretKey, recordCalls: "yes" as never })).rejects.toThrow(
    /recordCalls must be a boolean/,
  );
});
