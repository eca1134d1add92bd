// The public simulation shop's key (spec/sips.yaml's examples), which anyone can seal with, is refused for "prod" by
// every function that seals with a configuration, before anything is sent; the other environments and a mock's
// base URL take it, as the simulation shop's tests do.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import {
  callCancel,
  callPaymentWebInit,
  cancel,
  createClient,
  type FetchLike,
  paymentWebInit,
  PUBLIC_TEST_SECRET_KEY,
  SIPS_ENVIRONMENTS,
} from "../../generated/index.js";
import { paypagePostForm, walletpagePostForm } from "../../generated/paypage.js";
import { specDir } from "../support/paths.js";

const publicKey: string = parse(readFileSync(path.join(specDir, "sips.yaml"), "utf8")).examples.secretKey;
const sent: string[] = [];
const fetch: FetchLike = async (url) => {
  sent.push(url);
  return { status: 503, text: async () => "" };
};
const prod = {
  environment: "prod",
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey: publicKey,
  fetch,
} as const;
const refusal = /public test key.*"prod" takes the key Sips gave your shop/;

test("the package names the spec's public test key", () => {
  expect(PUBLIC_TEST_SECRET_KEY).toBe(publicKey);
});

test("createClient, an operation's own function and the POST forms refuse it for prod, sending nothing", async () => {
  expect(() => createClient(prod)).toThrow(refusal);
  await expect(
    callCancel(prod, { transactionReference: "order42", currencyCode: "978", operationAmount: 1 }),
  ).rejects.toThrow(refusal);
  expect(() => paypagePostForm({ amount: 1250, currencyCode: "978" }, prod)).toThrow(refusal);
  expect(() => walletpagePostForm({ merchantWalletId: "wallet-42" }, prod)).toThrow(refusal);
  expect(sent).toEqual([]);
});

test("the refusal does not show the key", () => {
  expect(() => createClient(prod)).toThrow(
    expect.objectContaining({ message: expect.not.stringContaining(publicKey) }),
  );
});

test.each(SIPS_ENVIRONMENTS.filter((name) => name !== "prod"))("%s takes it", (environment) => {
  expect(() => createClient({ ...prod, environment })).not.toThrow();
});

test("a base URL (a mock's) takes it, and prod takes a key of the shop's own", () => {
  expect(() => createClient({ ...prod, environment: "http://127.0.0.1:8080" })).not.toThrow();
  expect(() => createClient({ ...prod, secretKey: `${publicKey}x` })).not.toThrow();
  expect(paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...prod, environment: "simu" }).ok).toBe(true);
});

test("a base URL at production's own server is refused as prod is, at each call and for the POST forms", async () => {
  // The spec's prod addresses: given as a base URL, the operation's path under it is that very address.
  const json = new URL(cancel.endpoints.prod).origin;
  const post = new URL(paymentWebInit.addresses.prod?.post ?? "").origin;
  const host = new URL(json).hostname;
  // Its host however spelt: a trailing dot (a fully qualified name), another scheme or port.
  for (const base of [
    json,
    `${json}/`,
    json.toUpperCase(),
    `https://${host}.`,
    `http://${host}`,
    `https://${host}:8443`,
  ]) {
    const config = { ...prod, environment: base as `https://${string}` };
    await expect(
      callCancel(config, { transactionReference: "order42", currencyCode: "978", operationAmount: 1 }),
    ).rejects.toThrow(refusal);
  }
  const atPost = { ...prod, environment: post as `https://${string}` };
  await expect(callPaymentWebInit(atPost, { amount: 1250, currencyCode: "978" })).rejects.toThrow(refusal);
  expect(() => paypagePostForm({ amount: 1250, currencyCode: "978" }, atPost)).toThrow(refusal);
  const dotted = { ...prod, environment: `https://${new URL(post).hostname}./` as `https://${string}` };
  expect(() => paypagePostForm({ amount: 1250, currencyCode: "978" }, dotted)).toThrow(refusal);
  expect(sent).toEqual([]);
  // Another server (a mock, a proxy of the shop's own) takes it, and production's server a key of the shop's own.
  expect(paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...atPost, secretKey: `${publicKey}x` }).ok).toBe(
    true,
  );
  expect(
    paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...prod, environment: "http://127.0.0.1:8080" }).ok,
  ).toBe(true);
});

test("production's host with two trailing dots is no name of production's: the key is taken, and the call is sent", async () => {
  // "host.." has an empty label: resolvers refuse it before they ask (c-ares says EBADNAME), so nothing reaches "host".
  const host = new URL(cancel.endpoints.prod).hostname;
  const base = `https://${host}..` as const;
  if (new URL(base).hostname !== `${host}..`) throw new Error("the URL parser no longer keeps the dots");
  sent.length = 0;
  // Without it: every run of trailing dots was cut, and the call refused as one to production.
  const reply = await callCancel(
    { ...prod, environment: base },
    { transactionReference: "order42", currencyCode: "978", operationAmount: 1 },
  );
  expect(reply.ok).toBe(false);
  expect(sent).toEqual([`${base}${new URL(cancel.endpoints.prod).pathname}`]);
});
