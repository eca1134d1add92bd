// The generated client against the real mock server on loopback (test/support/client-mock.ts), and against injected
// fetches for what a healthy server never does: a configuration that cannot work refused as such, and the secret key
// in no result, error or configuration error.
import { expect, test } from "vitest";
import { callPaymentTokenInitialize, createClient } from "../../generated/index.js";
import { config, fields, fixed, secretKey, stopped, useClientMock } from "../support/client-mock.js";

useClientMock();

test("a fetch given that is not a function is named as such, not taken for a runtime without fetch", async () => {
  for (const [fetch, got] of [
    [5, "number"],
    [null, "null"],
    [{}, "object"],
  ] as const) {
    const bad = config({ fetch: fetch as never });
    expect(() => createClient(bad)).toThrow(new TypeError(`fetch must be a function, got ${got}`));
    await expect(callPaymentTokenInitialize(bad, fields)).rejects.toThrow(`fetch must be a function, got ${got}`);
  }
});

test("the secret key appears in no result, error or configuration error", async () => {
  const results = [
    await createClient(config()).paymentTokenInitialize(fields),
    await createClient(config({ fetch: fixed(500, "oops") })).paymentTokenInitialize(fields),
    await createClient(config({ environment: stopped.url })).paymentTokenInitialize(fields),
    await createClient(config({ secretKey: "not-the-server-key" })).paymentTokenInitialize(fields),
  ];
  for (const result of results) expect(JSON.stringify(result)).not.toContain(secretKey);
  for (const bad of [
    { environment: "ftp://x" as never },
    { keyVersion: -1 },
    { merchantId: "" },
    // Hashed as U+FFFD, a lone surrogate would make two keys seal alike.
    { secretKey: `${secretKey}\uD800` },
    { timeoutMs: 0 },
    { timeoutMs: 2 ** 31 },
    { timeoutMs: Number.POSITIVE_INFINITY },
    { sealAlgorithm: "MD5" as never },
  ]) {
    expect(() => createClient(config(bad))).toThrow(TypeError);
    // An operation's own function checks the configuration when called: its promise rejects, as the README says.
    await expect(callPaymentTokenInitialize(config(bad), fields)).rejects.toThrow(TypeError);
    try {
      createClient(config(bad));
    } catch (error) {
      expect(String(error)).not.toContain(secretKey);
    }
  }
});
