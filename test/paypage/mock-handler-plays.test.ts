// A handler of paymentWebInit that refuses some initializations and falls back
// to the mock's own reply for the others: the refused order gets the handler's
// reply alone, and the next is played through the local Paypage, over loopback
// HTTP, to the sealed response the shop receives and the generated decoder
// verifies. Codes come from the registry, not from a copy in the test.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createClient,
  decodePaypageResponse,
  operations,
  paypageRedirectionForm,
  renderPaypageAutoPost,
} from "../../generated/index.js";
import { type MockHandler, type MockServer, startMockServer } from "../../generated/mock.js";
import { submitOnlyForm } from "../support/html-forms.js";

const secretKey = "002001000000001_KEY1";
const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey };
const op = operations.paymentWebInit;
const status = op.status;
if (!status) throw new Error("paymentWebInit has no status block");
/** A code of the status field's list other than the accepted one: the refusal the handler answers. */
const refusal = op.response.fields
  .find((f) => f.name === status.field)
  ?.valueList?.values.find((v) => v.value !== status.accepted)?.value;
if (refusal === undefined) throw new Error("paymentWebInit's status field lists no refusal");

/** What the shop received, by path, in order. */
const received: { path: string; body: string }[] = [];
/** The orders the handler was given, in order. */
const handled: unknown[] = [];
let shop: Server;
let shopUrl: string;
let mock: MockServer;

// Typed loosely, so that the status field is read from the registry.
const refuseOne: MockHandler = (request, mockReply) => {
  handled.push(request["transactionReference"]);
  return request["transactionReference"] === "refused1" ? { [status.field]: refusal } : mockReply();
};

beforeAll(async () => {
  shop = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("received");
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  const address = shop.address();
  shopUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  mock = await startMockServer({ secretKey, handlers: { paymentWebInit: refuseOne } });
});
afterAll(async () => {
  await mock.close();
  await new Promise<void>((resolve) => shop.close(() => resolve()));
});

const order = (reference: string) => ({
  amount: 1250,
  currencyCode: "978" as const,
  transactionReference: reference,
  normalReturnUrl: `${shopUrl}/paypage/return`,
  automaticResponseUrl: `${shopUrl}/paypage/notify`,
});

test("a handler refuses one order and falls back to the mock's reply for the next, which plays through the local Paypage to a sealed response", async () => {
  const client = createClient({ environment: mock.url, ...credentials });

  // The refused order: the handler's reply alone, sealed (the client verified it), nowhere to redirect to.
  const refused = await client.paymentWebInit(order("refused1"));
  if (!refused.ok) throw new Error(refused.error.message);
  const refusedReply = refused.response as unknown as Record<string, unknown>;
  expect(Object.keys(refusedReply).sort()).toEqual([status.field, "seal"].sort());
  expect(refusedReply[status.field]).toBe(refusal);
  expect(paypageRedirectionForm(refused.response).ok).toBe(false);

  // The next: the mock's own reply, accepted, its redirection to the mock's Paypage.
  const started = await client.paymentWebInit(order("played02"));
  if (!started.ok) throw new Error(started.error.message);
  expect((started.response as unknown as Record<string, unknown>)[status.field]).toBe(status.accepted);
  const redirect = paypageRedirectionForm(started.response);
  if (!redirect.ok) throw new Error(redirect.error.message);
  expect(new URL(redirect.form.action).origin).toBe(mock.url);
  const paid = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
  expect(paid.status).toBe(200);
  const back = await submitOnlyForm(paid.body);
  expect(back.url).toBe(`${shopUrl}/paypage/return`);

  expect(handled).toEqual(["refused1", "played02"]);
  // Only the played order reached the shop: once server to server, once through the browser.
  expect(received.map((r) => r.path)).toEqual(["/paypage/notify", "/paypage/return"]);
  for (const post of received) {
    const decoded = decodePaypageResponse(post.body, secretKey, {
      sealAlgorithm: "HMAC-SHA-256",
      environment: mock.url,
    });
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.response).toMatchObject({ responseCode: "00", amount: 1250, transactionReference: "played02" });
    const forged = decodePaypageResponse(post.body, "another-key", {
      sealAlgorithm: "HMAC-SHA-256",
      environment: mock.url,
    });
    expect(forged.ok ? "ok" : forged.error.kind).toBe("seal-mismatch");
  }
  // One payment per initialization, the fallback's as the mock's own.
  expect((await submitOnlyForm(renderPaypageAutoPost(redirect.form))).status).toBe(400);
});

// The payment the mock's reply starts waits for its buyer only when that reply is sent: it was opened when the
// handler asked, so that a handler that asked and answered otherwise left it waiting, unreachable, until dropped.
test("a handler that asks for the mock's reply and answers otherwise, or throws, leaves no payment to play", async () => {
  const asked: Record<string, unknown>[] = [];
  const askThen =
    (answer: "refuse" | "throw" | "changed"): MockHandler =>
    (_request, mockReply) => {
      const reply = mockReply();
      asked.push(reply);
      if (answer === "throw") throw new Error("after asking");
      return answer === "refuse" ? { [status.field]: refusal } : { ...reply, [status.messageField ?? "x"]: "changed" };
    };
  for (const answer of ["refuse", "throw", "changed"] as const) {
    const server = await startMockServer({ secretKey, handlers: { paymentWebInit: askThen(answer) } });
    try {
      await createClient({ environment: server.url, ...credentials }).paymentWebInit(order(`asked${answer}`));
      const reply = asked.at(-1);
      const redirect = paypageRedirectionForm({ ...reply });
      if (!redirect.ok) throw new Error(redirect.error.message);
      // The mock's reply, never sent but for a changed copy: its redirection plays only then.
      const page = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
      expect(page.status, answer).toBe(answer === "changed" ? 200 : 400);
      if (answer !== "changed") expect(page.body).toContain("Unknown or used redirectionData");
    } finally {
      await server.close();
    }
  }
});
