// A mock handler's second argument, the mock's own reply to the request: for
// every operation, a handler that returns it answers as the mock does without
// one; changed, it is sealed as any reply; asked twice, it opens one payment;
// and a handler that asks for it and then fails still gets HTTP 500. Requests
// are the OpenAPI document's examples, sent by the client, which verifies each
// reply's seal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, operations } from "../../generated/index.js";
import { MOCK_OPERATIONS, type MockHandler, type MockServer, startMockServer } from "../../generated/mock.js";
import { generatedDir } from "../support/paths.js";

const secretKey = "mock-fallback-key";
const openapi = JSON.parse(readFileSync(path.join(generatedDir, "openapi.json"), "utf8"));
const names = Object.keys(operations) as (keyof typeof operations)[];
/** The operations the mock plays payments of: their reply carries a fresh redirectionData each time. */
const played = new Set(MOCK_OPERATIONS.filter((o) => o.callbackExample !== undefined).map((o) => o.operation.name));

const fallBack: MockHandler = (_, mockReply) => mockReply();
let plain: MockServer;
let fallingBack: MockServer;

beforeAll(async () => {
  plain = await startMockServer({ secretKey });
  fallingBack = await startMockServer({
    secretKey,
    handlers: Object.fromEntries(names.map((name) => [name, fallBack])),
  });
});
afterAll(() => Promise.all([plain.close(), fallingBack.close()]));

type Call = (fields: unknown) => Promise<{ ok: true; response: unknown } | { ok: false; error: { message: string } }>;

/** The reply of `mock` to the OpenAPI example of `name`, sent by the client, which verified its seal. */
async function replyOf(mock: MockServer, name: string): Promise<Record<string, unknown>> {
  const { merchantId, keyVersion, seal, interfaceVersion, ...fields } =
    openapi.components.examples[operations[name as keyof typeof operations].request.name].value;
  const client = createClient({
    environment: mock.url,
    merchantId,
    keyVersion,
    secretKey,
    interfaceVersions: { [name]: interfaceVersion },
  });
  const result = await (client as unknown as Record<string, Call>)[name]?.(fields);
  if (!result?.ok) throw new Error(`${name}: ${result?.error.message}`);
  return result.response as Record<string, unknown>;
}

test("the operations include one the mock plays payments of", () => {
  expect(played.size).toBeGreaterThan(0);
  expect(names.length).toBeGreaterThan(played.size);
});

test.each(names)("%s: a handler that returns mockReply() answers as the mock does without a handler", async (name) => {
  const [own, fallen] = await Promise.all([replyOf(plain, name), replyOf(fallingBack, name)]);
  if (!played.has(name)) return void expect(fallen).toEqual(own);
  // A payment opened for each: its own redirectionData, and so its own seal; its redirection to its own server at
  // the same path; the rest as the mock's.
  const { redirectionData: ownToken, redirectionUrl: ownUrl, seal: ownSeal, ...ownRest } = own;
  const { redirectionData: fallenToken, redirectionUrl: fallenUrl, seal: fallenSeal, ...fallenRest } = fallen;
  expect(fallenRest).toEqual(ownRest);
  expect(new URL(String(fallenUrl)).origin).toBe(fallingBack.url);
  expect(String(fallenUrl).slice(fallingBack.url.length)).toBe(String(ownUrl).slice(plain.url.length));
  expect(typeof fallenToken).toBe("string");
  expect(fallenToken).not.toBe(ownToken);
});

test("a handler may change the mock's reply: what it returns is sealed with the key", async () => {
  const op = operations.cancel;
  const { status } = op;
  if (!status) throw new Error("cancel has no status block");
  const other = op.response.fields
    .find((f) => f.name === status.field)
    ?.valueList?.values.find((v) => v.value !== status.accepted)?.value;
  if (other === undefined) throw new Error("cancel's status field lists no code but the accepted one");
  const mock = await startMockServer({
    secretKey,
    handlers: { cancel: (_, mockReply) => ({ ...mockReply(), [status.field]: other }) },
  });
  try {
    const own = await replyOf(plain, "cancel");
    const changed = await replyOf(mock, "cancel");
    expect(changed).toEqual({ ...own, [status.field]: other, seal: expect.any(String) });
    expect(changed["seal"]).not.toBe(own["seal"]);
  } finally {
    await mock.close();
  }
});

test("mockReply() asked twice gives one payment's reply, each call a copy", async () => {
  const tokens: unknown[] = [];
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentWebInit: ((_, mockReply) => {
        const first = mockReply();
        tokens.push(first["redirectionData"]);
        first["redirectionData"] = "changed";
        const second = mockReply();
        tokens.push(second["redirectionData"]);
        return second;
      }) satisfies MockHandler,
    },
  });
  try {
    const reply = await replyOf(mock, "paymentWebInit");
    expect(tokens[0]).toEqual(expect.any(String));
    expect(tokens).toEqual([tokens[0], tokens[0]]);
    expect(reply["redirectionData"]).toBe(tokens[0]);
  } finally {
    await mock.close();
  }
});

test("a handler that asks for the mock's reply and then rejects gets HTTP 500, its body naming the handler", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentWebInit: async (_, mockReply) => {
        mockReply();
        throw new Error("handler bug");
      },
    },
  });
  try {
    const to = new URL(operations.paymentWebInit.endpoints.prod).pathname;
    const { merchantId, keyVersion, interfaceVersion, seal, ...fields } =
      openapi.components.examples[operations.paymentWebInit.request.name].value;
    const message = { ...fields, merchantId, keyVersion, interfaceVersion };
    const body = JSON.stringify({ ...message, seal: operations.paymentWebInit.request.seal(message, secretKey) });
    const reply = await fetch(`${mock.url}${to}`, { method: "POST", body });
    expect(reply.status).toBe(500);
    expect(await reply.json()).toEqual({
      error:
        "the mock failed to answer: the handler of paymentWebInit threw an Error (its message is not sent; give the mock an onError option to receive it)",
    });
  } finally {
    await mock.close();
  }
});
