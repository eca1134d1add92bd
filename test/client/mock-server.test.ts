// The mock Sips server over real loopback HTTP: routing, refusals with the
// operation's documented codes, sealed replies, handlers. Facts come from the
// registry (status codes, endpoints), not from a copy in the test.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";

const secretKey = "mock-test-key";
const op = operations.paymentTokenInitialize;
const status = op.status!;
const path = new URL(op.endpoints.test).pathname;
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({
    secretKey,
    handlers: {
      orderInitialize: (request) => ({ [status.field]: "94", echoed: String(request["merchantId"]) }),
      walletInitialize: () => ({ [status.field]: "00", seal: "forged" }),
    },
  });
});
afterAll(() => server.close());

const post = (to: string, body: string, method = "POST") =>
  fetch(`${server.url}${to}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" ? { body } : {}),
  });

function sealedRequest(name: keyof typeof operations, fields: Record<string, unknown>, key = secretKey) {
  const descriptor = operations[name];
  const message = {
    interfaceVersion: descriptor.interfaceVersion.recommended ?? `${descriptor.interfaceVersion.prefix}2.0`,
    keyVersion: 1,
    merchantId: "002001000000001",
    ...fields,
  };
  return JSON.stringify({ ...message, seal: descriptor.request.seal(message as never, key) });
}

const valid = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" };

test("listens on 127.0.0.1 at the URL it returns", () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test("a valid, sealed request gets the example response with the accepted code, sealed with the key", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", valid));
  expect(reply.status).toBe(200);
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.accepted);
  expect(op.response.validate(body, { strict: true }).ok).toBe(true);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("an invalid request gets the documented format-error code with its meaning, sealed", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", { sdkVersion: "2.0.4" }));
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.formatError);
  const meaning = op.response.fields
    .find((f) => f.name === status.field)
    ?.valueList?.values.find((v) => v.value === status.formatError)?.meanings[0];
  expect(body[status.messageField!]).toBe(meaning);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("a request sealed with another key gets the documented signature-error code", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", valid, "another-key"));
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.signatureError);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("where no source documents the signature-error code, a wrong seal gets HTTP 400", async () => {
  const wallet = operations.getWalletData;
  expect(wallet.status?.signatureError).toBeNull();
  const reply = await post(new URL(wallet.endpoints.test).pathname, sealedRequest("getWalletData", {}, "another-key"));
  expect(reply.status).toBe(400);
});

test("a handler's reply is sealed; one with its own seal is sent unchanged", async () => {
  const order = operations.orderInitialize;
  const reply = (await (
    await post(
      new URL(order.endpoints.prod).pathname,
      sealedRequest("orderInitialize", { amount: 100, currencyCode: "978" }),
    )
  ).json()) as Record<string, unknown>;
  expect(reply).toMatchObject({ [status.field]: "94", echoed: "002001000000001" });
  expect(order.response.verify(reply as never, secretKey)).toBe(true);
  const wallet = operations.walletInitialize;
  const forged = (await (
    await post(new URL(wallet.endpoints.prod).pathname, sealedRequest("walletInitialize", {}))
  ).json()) as Record<string, unknown>;
  expect(forged["seal"]).toBe("forged");
});

test("404 for an unknown path, 405 for another method, 400 for a body that is not JSON", async () => {
  expect((await post("/rs-services/v2/nowhere", "{}")).status).toBe(404);
  expect((await post(path, "", "GET")).status).toBe(405);
  expect((await post(path, "{not json")).status).toBe(400);
});

test("refuses an empty key and a port out of range", async () => {
  await expect(startMockServer({ secretKey: "" })).rejects.toThrow(TypeError);
  await expect(startMockServer({ secretKey, port: 70000 })).rejects.toThrow(TypeError);
});
