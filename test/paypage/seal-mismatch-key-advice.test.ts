// A Paypage response whose seal does not match says to check the key against
// the keyVersion, as a client's seal-mismatch does: a wrong key fails every
// response. The mock, reading a request's form, says the same mismatch in the
// same words, with what the form's sender can check.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, paypagePostForm } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import { KEY_VERSION_FIELD } from "../../generated/runtime/platform.js";
import { post } from "../support/mock-form-posts.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";

const KEY_ADVICE = `check secretKey against the ${KEY_VERSION_FIELD} your payment requests name`;

test.each([
  { given: "an algorithm named", form: sealedForm(MINIMAL_RESPONSE, { algorithm: "HMAC-SHA-256" }) },
  { given: "none named", form: sealedForm(MINIMAL_RESPONSE) },
])("a response sealed with another key, $given, says to check the key against the keyVersion", ({ form }) => {
  const result = decodePaypagePost(paypageResponse, form, `${TEST_KEY}-other`);
  expect(result.ok ? null : result.error.kind).toBe("seal-mismatch");
  expect(result.ok ? "" : result.error.message).toMatch(
    new RegExp(`^the seal does not match Data \\(.*\\): nothing in it can be trusted;.*${KEY_ADVICE}`),
  );
});

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey: "the-mock-key-0001", paypage: { outcome: () => ({}) } });
});
afterAll(() => mock.close());

test("the mock refuses a form sealed with another key in the decoder's words, and says which key it holds", async () => {
  const config = { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: "another-key-0001" };
  const build = (sealAlgorithm: "HMAC-SHA-256") => {
    const built = paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...config, sealAlgorithm });
    if (!built.ok) throw new Error(built.error.message);
    return built.form;
  };
  const named = build("HMAC-SHA-256");
  // The form without its SealAlgorithm: verified with the POST interface's default.
  const unnamed = { ...named, fields: named.fields.filter((f) => f.name !== "SealAlgorithm") };
  expect(named.fields.some((f) => f.name === "SealAlgorithm")).toBe(true);
  expect(unnamed.fields.some((f) => f.name === "SealAlgorithm")).toBe(false);
  for (const form of [named, unnamed]) {
    const refused = await post(form);
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/the seal does not match Data \([^)]*\): nothing in it can be trusted;/);
    expect(refused.text).toContain(`sealed with the key the mock holds for the ${KEY_VERSION_FIELD} in Data`);
  }
  expect(operations.paymentWebInit.interfaceVersion.postPrefix).not.toBeNull();
});
