// The mock's refusal of a Paypage form whose seal does not match names the
// algorithm it verified with: the one the form names, else the default the
// POST interface verifies a form naming none with.
import { afterAll, beforeAll, expect, test } from "vitest";
import { paypagePostForm } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { PAYPAGE_DEFAULT_SEAL_ALGORITHM } from "../../generated/runtime/paypage-verify.js";
import { post } from "../support/mock-form-posts.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey: "the-mock-key-0001", paypage: { outcome: () => ({}) } });
});
afterAll(() => mock.close());

test("a form sealed with another key is refused naming the algorithm it was verified with", async () => {
  const config = { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: "another-key-0001" };
  const built = paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...config, sealAlgorithm: "HMAC-SHA-256" });
  if (!built.ok) throw new Error(built.error.message);
  const named = built.form;
  const unnamed = { ...named, fields: named.fields.filter((f) => f.name !== "SealAlgorithm") };
  expect((await post(named)).text).toContain(
    "the seal does not match Data (HMAC-SHA-256): nothing in it can be trusted",
  );
  expect((await post(unnamed)).text).toContain(
    `the seal does not match Data (${PAYPAGE_DEFAULT_SEAL_ALGORITHM}, which a form naming no SealAlgorithm is verified with)`,
  );
});
