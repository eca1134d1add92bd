// A URL object given as an environment (`new URL(mock.url)`) is taken as its
// href by the client, by paypagePostForm and by the decoders (whose test is
// decoder-public-key.test.ts): where it was a TypeError, as no text. A URL of
// another scheme is refused as its text is.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { paypagePostForm } from "../../generated/paypage.js";
import { secretKey } from "../support/mock-seed-operation.js";

const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey } as const;
const fields = { amount: 1250, currencyCode: "978", normalReturnUrl: "https://shop.example/paypage/return" } as const;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

test("a client given the mock's url as a URL object calls it as given its text", async () => {
  for (const environment of [mock.url, new URL(mock.url), new URL(`${mock.url}/`)]) {
    const client = createClient({ environment, ...credentials });
    const result = await client.paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
    expect([String(environment), result.ok]).toEqual([String(environment), true]);
  }
});

test("paypagePostForm given a URL object builds the form its href builds", () => {
  const asText = paypagePostForm(fields, { environment: mock.url, ...credentials });
  const asObject = paypagePostForm(fields, { environment: new URL(mock.url), ...credentials });
  if (!asText.ok || !asObject.ok) throw new Error("no form built");
  expect(asObject.form.action).toBe(asText.form.action);
  expect(asObject.form.action.startsWith(`${mock.url}/`)).toBe(true);
});

test("a URL object of another scheme, or with a query, is refused as its text is", () => {
  for (const url of [new URL("ftp://127.0.0.1"), new URL(`${mock.url}/?a=1`)]) {
    expect(() => createClient({ environment: url, ...credentials }), url.href).toThrow(
      /^environment must be one of .* or an http\(s\) base URL/,
    );
    expect(() => paypagePostForm(fields, { environment: url, ...credentials }), url.href).toThrow(
      /^environment must be an environment name/,
    );
  }
});
