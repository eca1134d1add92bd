// A client configured with another key than the mock's, on an operation whose page documents no signature-error
// code: the mock answers HTTP 400, and the client's http error quotes its reason. The reason says what to check,
// the mock's one key or its key of the request's keyVersion, so that a team's first call against the mock that
// fails so tells it which setting to change.
import { expect, test } from "vitest";
import { createClient } from "../../generated/client.js";
import { SdkOperationName } from "../../generated/index.js";
import { mockOperation, serveOperations } from "../../generated/runtime/mock-server.js";
import { op, status, valid } from "../support/mock-seed-operation.js";

// The seed operation with no documented codes: a seal refused is then HTTP 400 with the mock's reason.
const undocumented = { ...op, status: { ...status, formatError: null, signatureError: null } };

async function messageOfCall(mockKeys: string | Record<number, string>, keyVersion: number): Promise<string> {
  const mock = await serveOperations([mockOperation({ operation: undocumented, example: {} })], {
    secretKey: mockKeys,
  });
  try {
    const sips = createClient({
      environment: mock.url,
      merchantId: "002001000000001",
      keyVersion,
      secretKey: "not-it",
    });
    const result = await sips.paymentTokenInitialize({ ...valid, sdkOperationName: SdkOperationName.CARDORDER });
    expect(result.ok).toBe(false);
    if (result.ok) return "";
    expect(result.error.kind).toBe("http");
    return result.error.message;
  } finally {
    await mock.close();
  }
}

test("with one key, the refusal says to seal with the mock's secretKey", async () => {
  const message = await messageOfCall("the-mock-key", 1);
  expect(message).toContain("the request's seal does not verify: check that it is sealed with the mock's secretKey");
  expect(message).not.toContain("the-mock-key");
});

test("with a key per keyVersion, the refusal names the keyVersion whose key the mock checked it with", async () => {
  const message = await messageOfCall({ 1: "old-mock-key", 2: "new-mock-key" }, 2);
  expect(message).toContain("check that it is sealed with the key the mock holds for its keyVersion (2)");
  expect(message).not.toMatch(/old-mock-key|new-mock-key/);
});
