// A whole Paypage checkout over HTTP on loopback, as a shop runs it against the
// mock: a merchant server, the payment started as JSON through the client
// (then by the POST interface's form), each self-posting page parsed and
// submitted as a browser submits it, and both the automatic and the normal
// response received by the merchant and verified with the generated decoder.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createClient,
  decodePaypageResponse,
  operations,
  paypagePostForm,
  paypageRedirectionForm,
  renderPaypageAutoPost,
} from "../../generated/index.js";
import { type AutomaticResponseReport, startMockServer, type MockServer } from "../../generated/mock.js";
import { submitOnlyForm } from "../support/html-forms.js";

const secretKey = "002001000000001_KEY1";
const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey };
const op = operations.paymentWebInit;

/** What the shop received, by path, in order. */
const received: { path: string; body: string }[] = [];
const reports: AutomaticResponseReport[] = [];
let shop: Server;
let shopUrl: string;
let mock: MockServer;
let refusing: MockServer;

beforeAll(async () => {
  shop = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      if (req.url === "/paypage/moved") return void res.writeHead(302, { location: "/paypage/notify" }).end();
      res.writeHead(200, { "content-type": "text/plain" }).end("received");
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  const address = shop.address();
  shopUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  mock = await startMockServer({ secretKey, paypage: { onAutomaticResponse: (r) => reports.push(r) } });
  refusing = await startMockServer({ secretKey, paypage: { outcome: () => ({ responseCode: "05" }) } });
});
afterAll(async () => {
  await Promise.all([mock.close(), refusing.close()]);
  await new Promise<void>((resolve) => shop.close(() => resolve()));
});

/** The posts the shop got since `from`, by path. */
const since = (from: number, path: string) => received.slice(from).filter((r) => r.path === path);

const order = (reference: string) => ({
  amount: 1250,
  currencyCode: "978" as const,
  transactionReference: reference,
  normalReturnUrl: `${shopUrl}/paypage/return`,
  automaticResponseUrl: `${shopUrl}/paypage/notify`,
});

test("JSON start, redirect, pay: the shop receives and verifies both responses", async () => {
  const from = received.length;
  const client = createClient({ environment: mock.url, ...credentials });
  const started = await client.paymentWebInit(order("json0001"));
  if (!started.ok) throw new Error(started.error.message);
  expect((started.response as unknown as Record<string, unknown>)[op.status?.field ?? ""]).toBe(op.status?.accepted);

  const redirect = paypageRedirectionForm(started.response);
  if (!redirect.ok) throw new Error(redirect.error.message);
  expect(new URL(redirect.form.action).origin).toBe(mock.url);
  // The browser gets the shop's page, posts it to the mock's Paypage, which answers with its own page.
  const paid = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
  expect(paid.status).toBe(200);
  const back = await submitOnlyForm(paid.body);
  expect(back.url).toBe(`${shopUrl}/paypage/return`);

  const [automatic] = since(from, "/paypage/notify");
  const [normal] = since(from, "/paypage/return");
  expect(reports.at(-1)).toEqual({ url: `${shopUrl}/paypage/notify`, status: 200, error: null });
  for (const post of [automatic, normal]) {
    const decoded = decodePaypageResponse(post?.body, secretKey, {
      sealAlgorithm: "HMAC-SHA-256",
      environment: mock.url,
    });
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.response).toMatchObject({ responseCode: "00", amount: 1250, transactionReference: "json0001" });
    // The POST interface's version, which the mock answers with whatever started the payment (docs/paypage.md):
    // the callback's versions are that interface's, so the shop can pin to it. The client declared the recommended
    // JSON version, whose number the recommended HP_ version shares.
    expect(decoded.interfaceVersion).toBe(op.interfaceVersion.recommendedByPrefix["HP_"]);
    const pinned = {
      sealAlgorithm: "HMAC-SHA-256",
      interfaceVersion: decoded.interfaceVersion ?? "",
      environment: mock.url,
    } as const;
    expect(decodePaypageResponse(post?.body, secretKey, pinned).ok).toBe(true);
  }
  expect(automatic?.body).toBe(normal?.body);
  // One payment per initialization.
  expect((await submitOnlyForm(renderPaypageAutoPost(redirect.form))).status).toBe(400);
});

test("the page that takes a paid buyer back to the shop labels its button, shown when scripts are off, as a return, not a payment", async () => {
  const client = createClient({ environment: mock.url, ...credentials });
  const started = await client.paymentWebInit(order("json0003"));
  if (!started.ok) throw new Error(started.error.message);
  const redirect = paypageRedirectionForm(started.response);
  if (!redirect.ok) throw new Error(redirect.error.message);
  const paid = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
  const buttons = [...paid.body.matchAll(/<noscript><button type="submit">([^<]*)<\/button><\/noscript>/g)].map(
    (m) => m[1],
  );
  expect(buttons).toEqual(["Back to the shop"]);
});

test("the response names its SealAlgorithm as the request's form does, so that a decoder that does not pin one verifies it", async () => {
  const from = received.length;
  const client = createClient({ environment: mock.url, ...credentials });
  const started = await client.paymentWebInit(order("json0002"));
  if (!started.ok) throw new Error(started.error.message);
  const redirect = paypageRedirectionForm(started.response);
  if (!redirect.ok) throw new Error(redirect.error.message);
  await submitOnlyForm((await submitOnlyForm(renderPaypageAutoPost(redirect.form))).body);
  const form = paypagePostForm(order("post0005"), { environment: mock.url, ...credentials });
  if (!form.ok) throw new Error(form.error.message);
  await submitOnlyForm((await submitOnlyForm(renderPaypageAutoPost(form.form))).body);
  const returns = since(from, "/paypage/return");
  expect(returns).toHaveLength(2);
  for (const post of returns) {
    expect(new URLSearchParams(post.body).get("SealAlgorithm")).toBe("HMAC-SHA-256");
    const decoded = decodePaypageResponse(post.body, secretKey, { environment: mock.url });
    expect(decoded.ok ? decoded.sealAlgorithm : decoded.error.kind).toBe("HMAC-SHA-256");
  }
});

test("POST interface, base64 Data, a refusal: the shop reads the refusal, sealed with the form's algorithm", async () => {
  const from = received.length;
  const form = paypagePostForm(order("post0001"), { environment: refusing.url, encode: "base64", ...credentials });
  if (!form.ok) throw new Error(form.error.message);
  const paid = await submitOnlyForm(renderPaypageAutoPost(form.form));
  const back = await submitOnlyForm(paid.body);
  expect(back.status).toBe(200);
  const [normal] = since(from, "/paypage/return");
  const body = new URLSearchParams(normal?.body);
  expect(body.get("Encode")).toBe("base64");
  expect(body.get("InterfaceVersion")).toBe(op.interfaceVersion.recommendedByPrefix["HP_"]);
  const pinned = { sealAlgorithm: "HMAC-SHA-256", environment: refusing.url } as const;
  const decoded = decodePaypageResponse(normal?.body, secretKey, pinned);
  if (!decoded.ok) throw new Error(decoded.error.message);
  expect(decoded.response).toMatchObject({ responseCode: "05", transactionReference: "post0001" });
  // The wrong key: nothing is trusted.
  const forged = decodePaypageResponse(normal?.body, "another-key", pinned);
  expect(forged.ok ? "ok" : forged.error.kind).toBe("seal-mismatch");
});

test("POST interface, Encode named in capitals: the response comes back in the same encoding", async () => {
  const from = received.length;
  const form = paypagePostForm(order("post0004"), { environment: mock.url, encode: "base64url", ...credentials });
  if (!form.ok) throw new Error(form.error.message);
  // Encode is outside the seal, and the decoder reads it in any case.
  const shouted = form.form.fields.map((f) => (f.name === "Encode" ? { ...f, value: "BASE64URL" } : f));
  const paid = await submitOnlyForm(renderPaypageAutoPost({ ...form.form, fields: shouted }));
  expect(paid.status).toBe(200);
  await submitOnlyForm(paid.body);
  const [normal] = since(from, "/paypage/return");
  expect(new URLSearchParams(normal?.body).get("Encode")).toBe("base64url");
  const decoded = decodePaypageResponse(normal?.body, secretKey, {
    sealAlgorithm: "HMAC-SHA-256",
    environment: mock.url,
  });
  expect(decoded.ok && decoded.response).toMatchObject({ transactionReference: "post0004" });
});

test("the mock refuses a POST form sealed with another key, and reports an automatic response it cannot deliver", async () => {
  const form = paypagePostForm(order("post0002"), { environment: mock.url, ...credentials, secretKey: "wrong" });
  if (!form.ok) throw new Error(form.error.message);
  expect((await submitOnlyForm(renderPaypageAutoPost(form.form))).status).toBe(400);

  const count = reports.length;
  const unreachable = { ...order("post0003"), automaticResponseUrl: "http://127.0.0.1:9/notify" };
  const good = paypagePostForm(unreachable, { environment: mock.url, ...credentials });
  if (!good.ok) throw new Error(good.error.message);
  const paid = await submitOnlyForm(renderPaypageAutoPost(good.form));
  expect(paid.status).toBe(200);
  expect(reports.slice(count)).toEqual([{ url: "http://127.0.0.1:9/notify", status: null, error: expect.any(String) }]);
});

test("addresses that are not http(s) get no post: nothing is sent to automaticResponseUrl, and the browser's page says there is nowhere to return", async () => {
  const client = createClient({ environment: mock.url, ...credentials });
  const reported = reports.length;
  for (const [automatic, normal] of [
    ["file:///etc/passwd", "javascript:alert(1)"],
    ["ftp://127.0.0.1:21/notify", "data:text/html,<p>x</p>"],
  ] as const) {
    const started = await client.paymentWebInit({
      ...order("nohttp01"),
      automaticResponseUrl: automatic,
      normalReturnUrl: normal,
    });
    if (!started.ok) throw new Error(started.error.message);
    const redirect = paypageRedirectionForm(started.response);
    if (!redirect.ok) throw new Error(redirect.error.message);
    const paid = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
    expect(paid.status).toBe(200);
    expect(paid.body).toContain("the request gave no normalReturnUrl to return to");
  }
  expect(reports.slice(reported)).toEqual([]);
});

test("an automatic response answered with a redirect is reported as such, not followed to the shop as a GET", async () => {
  const from = received.length;
  const count = reports.length;
  const moved = { ...order("post0007"), automaticResponseUrl: `${shopUrl}/paypage/moved` };
  const form = paypagePostForm(moved, { environment: mock.url, ...credentials });
  if (!form.ok) throw new Error(form.error.message);
  expect((await submitOnlyForm(renderPaypageAutoPost(form.form))).status).toBe(200);
  expect(reports.slice(count)).toEqual([{ url: `${shopUrl}/paypage/moved`, status: 302, error: null }]);
  expect(since(from, "/paypage/notify")).toEqual([]);
});

test("the mock refuses a POST form without an InterfaceVersion, as Paypage does, and plays no payment", async () => {
  const from = received.length;
  const form = paypagePostForm(order("post0006"), { environment: mock.url, ...credentials });
  if (!form.ok) throw new Error(form.error.message);
  for (const value of [null, ""]) {
    const fields = form.form.fields.flatMap((f) =>
      f.name !== "InterfaceVersion" ? [f] : value === null ? [] : [{ ...f, value }],
    );
    const page = await submitOnlyForm(renderPaypageAutoPost({ ...form.form, fields }));
    expect(page.status).toBe(400);
    expect(page.body).toContain("InterfaceVersion");
  }
  expect(received.slice(from)).toEqual([]);
});
