// A reply whose seal does not verify, or that has none, says what to do: trust nothing in it. A client configured
// with a key that is not the shop's key of its keyVersion fails every reply so, and its message, which a log keeps,
// names the two settings to compare.
import { expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { callWith, config, fields, status, useClientMock } from "../support/client-mock.js";

useClientMock();

test("a client with another key than the server's is told to check secretKey against its keyVersion", async () => {
  const result = await createClient(config({ secretKey: "not-the-server-key" })).paymentTokenInitialize(fields);
  const message = result.ok ? "" : result.error.message;
  expect(result.ok ? null : result.error.kind).toBe("seal-mismatch");
  expect(
    message.startsWith(`the reply's seal does not verify (it claims status ${JSON.stringify(status.signatureError)}`),
  ).toBe(true);
  expect(message).toContain("): trust nothing in it; ");
  expect(message).toContain("check that secretKey is the shop's key of the configured keyVersion");
});

test("a forged seal gets the same advice, after the status it claims", async () => {
  const forged = await callWith(() => ({ [status.field]: status.accepted, seal: "0".repeat(64) }));
  const message = forged.ok ? "" : forged.error.message;
  expect(message).toContain(`(it claims status ${JSON.stringify(status.accepted)}): trust nothing in it; `);
  expect(message).toContain("secretKey");
});

test("an unsealed reply, whatever code it claims, is to be trusted no more than a forged one", async () => {
  for (const code of [status.accepted, status.formatError]) {
    const unsealed = await callWith(() => ({ [status.field]: code, seal: null }));
    expect(unsealed.ok ? null : unsealed.error.kind).toBe("unsealed-response");
    expect(unsealed.ok ? "" : unsealed.error.message).toBe(
      `the reply has no seal (it claims status ${JSON.stringify(code)}): trust nothing in it`,
    );
  }
  // The signature error's advice follows it, on what to check of the configuration.
  const refused = await callWith(() => ({ [status.field]: status.signatureError, seal: null }));
  expect(refused.ok ? "" : refused.error.message).toMatch(/^[^;]*\): trust nothing in it; .*secretKey/);
});
