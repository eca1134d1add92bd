// The mock Sips server's handlers: what one returns is the reply, sealed with
// the mock's key unless it brings its own seal (null: sent unsealed), its keys
// as they are, once a promise of it resolves; for the played operation it
// answers in the local Paypage's place.
import { expect, test } from "vitest";
import { createClient, operations } from "../../generated/index.js";
import { startMockServer, type MockServerOptions } from "../../generated/mock.js";
import { op, otherCode, path, secretKey, sealedRequest, status, threw, valid } from "../support/mock-seed-operation.js";

test("a handler's reply is sealed; one with its own seal is sent unchanged", async () => {
  const answer = async (handler: () => Record<string, unknown>) => {
    const mock = await startMockServer({ secretKey, handlers: { paymentTokenInitialize: handler } });
    try {
      const reply = await fetch(`${mock.url}${path}`, {
        method: "POST",
        body: sealedRequest("paymentTokenInitialize", valid),
      });
      return (await reply.json()) as Record<string, unknown>;
    } finally {
      await mock.close();
    }
  };
  const handled = await answer(() => ({ [status.field]: otherCode, extra: "kept" }));
  expect(handled).toMatchObject({ [status.field]: otherCode, extra: "kept" });
  expect(op.response.verify(handled as never, secretKey)).toBe(true);
  expect((await answer(() => ({ [status.field]: status.accepted, seal: "forged" })))["seal"]).toBe("forged");
});

test("a handler's reply with a seal of null is sent with no seal, which the client takes as unsealed", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: () => ({ [status.field]: otherCode, seal: null }) },
  });
  try {
    const reply = await fetch(`${mock.url}${path}`, {
      method: "POST",
      body: sealedRequest("paymentTokenInitialize", valid),
    });
    expect(await reply.json()).toEqual({ [status.field]: otherCode });
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const result = await sips.paymentTokenInitialize(valid as never);
    expect(result).toMatchObject({ ok: false, error: { kind: "unsealed-response", statusCode: otherCode } });
  } finally {
    await mock.close();
  }
});

test("a handler's reply with an own __proto__ key: sent and sealed as a field like any other", async () => {
  // JSON.parse makes "__proto__" an own property, as a handler's decoded reply would have it.
  const handler = () => JSON.parse(`{"${status.field}":"${status.accepted}","__proto__":{"extra":"kept"}}`) as never;
  const mock = await startMockServer({ secretKey, handlers: { paymentTokenInitialize: handler } });
  try {
    const reply = await fetch(`${mock.url}${path}`, {
      method: "POST",
      body: sealedRequest("paymentTokenInitialize", valid),
    });
    const text = await reply.text();
    expect(text).toContain('"__proto__":{"extra":"kept"}');
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([status.field, "__proto__", "seal"]);
    expect(op.response.verify(body as never, secretKey)).toBe(true);
  } finally {
    await mock.close();
  }
});

test("a handler may answer later, with a promise: its reply is sealed once it resolves, and one that rejects gets HTTP 500", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (request.sdkVersion === "9.9.9") throw new Error("later bug");
        return { [status.field]: otherCode };
      },
    },
  });
  try {
    const to = (fields: Record<string, unknown>) =>
      fetch(`${mock.url}${path}`, { method: "POST", body: sealedRequest("paymentTokenInitialize", fields) });
    const reply = (await (await to(valid)).json()) as Record<string, unknown>;
    expect(reply[status.field]).toBe(otherCode);
    expect(op.response.verify(reply as never, secretKey)).toBe(true);
    const rejected = await to({ ...valid, sdkVersion: "9.9.9" });
    expect(rejected.status).toBe(500);
    expect(await rejected.json()).toEqual({ error: threw("paymentTokenInitialize", "an Error") });
  } finally {
    await mock.close();
  }
});

test("a handler of the played operation answers in the local Paypage's place: its reply alone, with no redirection to play", async () => {
  const played = operations.paymentWebInit;
  const playedStatus = played.status;
  if (!playedStatus) throw new Error("paymentWebInit has no status block");
  const message = { amount: 1250, currencyCode: "978" };
  const start = async (options: MockServerOptions) => {
    const mock = await startMockServer(options);
    try {
      const to = new URL(played.endpoints.prod).pathname;
      const reply = await fetch(`${mock.url}${to}`, { method: "POST", body: sealedRequest("paymentWebInit", message) });
      return (await reply.json()) as Record<string, unknown>;
    } finally {
      await mock.close();
    }
  };
  // Without a handler, the reply points at the mock's Paypage; with one, only what the handler gives is sent.
  expect(await start({ secretKey })).toHaveProperty("redirectionData");
  const handled = await start({
    secretKey,
    handlers: { paymentWebInit: () => ({ [playedStatus.field]: playedStatus.accepted }) },
  });
  expect(Object.keys(handled).sort()).toEqual([playedStatus.field, "seal"].sort());
});
