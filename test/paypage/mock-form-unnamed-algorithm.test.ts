// A form posted to the mock's Paypage that names no SealAlgorithm is verified with SHA-256, as Sips reads such a
// form; sealed with an HMAC, it is refused with what the sender of a form can do (name the algorithm in the form),
// not with the advice a response's decoder gives its caller (an option that pins one).
import { afterAll, beforeAll, expect, test } from "vitest";
import { PAYPAGE_DEFAULT_SEAL_ALGORITHM, PAYPAGE_FORM_FIELDS, paypagePostForm } from "../../generated/paypage.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";
import { post } from "../support/mock-form-posts.js";
import { postSeal, TEST_KEY } from "../support/paypage-forms.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey: TEST_KEY });
});
afterAll(() => mock.close());

test("a form sealed with HMAC-SHA-256 that names no SealAlgorithm is told to name it", async () => {
  const config = { environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: TEST_KEY };
  const built = paypagePostForm({ amount: 1250, currencyCode: "978" }, { ...config, sealAlgorithm: "HMAC-SHA-256" });
  if (!built.ok) throw new Error(built.error.message);
  const data = built.form.fields.find((f) => f.name === PAYPAGE_FORM_FIELDS.data)?.value ?? "";
  const fields = built.form.fields
    .filter((f) => f.name !== PAYPAGE_FORM_FIELDS.sealAlgorithm)
    .map((f) => (f.name === PAYPAGE_FORM_FIELDS.seal ? { ...f, value: postSeal(data, TEST_KEY, "HMAC-SHA-256") } : f));
  const page = await post({ ...built.form, fields });
  expect(page.status).toBe(400);
  expect(page.text).toContain(`(${PAYPAGE_DEFAULT_SEAL_ALGORITHM}, which a form naming no`);
  expect(page.text).toContain(`name the form&#39;s ${PAYPAGE_FORM_FIELDS.sealAlgorithm}`);
  expect(page.text).not.toContain("options.sealAlgorithm");
  // The same form naming its algorithm is taken.
  const named = await post(built.form);
  expect(named.status).not.toBe(400);
});
