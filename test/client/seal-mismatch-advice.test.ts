// A reply whose seal does not verify says what to check: a client configured with a key that is not the shop's key
// of its keyVersion fails every reply so, and its message, which a log keeps, names the two settings to compare.
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
