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
import { PRODUCTION_HOSTS } from "../../generated/runtime/platform.js";
import { assertKeyForBase } from "../../generated/runtime/secret-key.js";
import { specDir } from "../support/paths.js";
import { specProductionHosts } from "../support/production-hosts.js";

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

test.each(specProductionHosts())(
  "a base URL at production host %s is refused whatever the operation: a JSON call, each POST form",
  async (host) => {
    // One operation's production server is production's for every other: Office's host given to a Paypage form,
    // Paypage's given to an Office call.
    // A run of trailing dots too: "host.." resolves nowhere, but a key refused there costs no one anything.
    for (const base of [`https://${host}`, `https://${host}./`, `https://${host}..`, `http://${host}:8443`]) {
      const config = { ...prod, environment: base as `https://${string}` };
      await expect(
        callCancel(config, { transactionReference: "order42", currencyCode: "978", operationAmount: 1 }),
      ).rejects.toThrow(refusal);
      await expect(callPaymentWebInit(config, { amount: 1250, currencyCode: "978" })).rejects.toThrow(refusal);
      expect(() => paypagePostForm({ amount: 1250, currencyCode: "978" }, config)).toThrow(refusal);
      expect(() => walletpagePostForm({ merchantWalletId: "wallet-42" }, config)).toThrow(refusal);
    }
    expect(sent).toEqual([]);
  },
);

test("a base URL at an operation's own production host is refused though the host is no spec's (a message of one's own)", () => {
  // PRODUCTION_HOSTS holds the spec's hosts; a descriptor whose production address is elsewhere is checked against
  // its own address, however the base URL spells the host.
  const addresses = { prod: "https://pay.shop-own.example/api/v2/pay", simu: "https://simu.shop-own.example/pay" };
  const address = (at: string) => at;
  expect(PRODUCTION_HOSTS).not.toContain("pay.shop-own.example");
  for (const base of ["https://pay.shop-own.example", "http://PAY.shop-own.example.:8443/"])
    expect(() => assertKeyForBase(publicKey, base, addresses, address)).toThrow(refusal);
  expect(() => assertKeyForBase(publicKey, "https://simu.shop-own.example", addresses, address)).not.toThrow();
  expect(() => assertKeyForBase(`${publicKey}x`, "https://pay.shop-own.example", addresses, address)).not.toThrow();
});

test("bases asked about in turn are each checked as their own: production's refused, another host taken, every time", () => {
  // The last base's host is kept: bases of one length, the mock's and production's, alternate as two clients' calls do.
  const addresses = { prod: "https://pay.shop-own.example/api/v2/pay" };
  const address = (at: string) => at;
  for (const host of [...PRODUCTION_HOSTS, "pay.shop-own.example"]) {
    const production = `https://${host}`;
    const other = `https://${"x".repeat(host.length)}`;
    for (let turn = 0; turn < 3; turn++) {
      expect(() => assertKeyForBase(publicKey, other, addresses, address), other).not.toThrow();
      expect(() => assertKeyForBase(publicKey, production, addresses, address), production).toThrow(refusal);
    }
  }
});
