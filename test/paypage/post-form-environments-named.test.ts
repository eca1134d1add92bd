// A form refused for an environment without a POST address names those that have one, not every environment the
// operation has an address in: an environment with a JSON address alone (In-App's, Office's) takes no form.
import { expect, test } from "vitest";
import { paymentWebInitPostRequest } from "../../generated/operations/paymentWebInit/post-request.js";
import { operationPostForm } from "../../generated/runtime/paypage-post-form.js";

test("an environment whose address is not a form's is not named among those with one", () => {
  const withForm = Object.keys(paymentWebInitPostRequest.addresses);
  const operation = {
    ...paymentWebInitPostRequest,
    addresses: { ...paymentWebInitPostRequest.addresses, test: { json: "https://test.example.com/paymentInit" } },
  };
  const result = operationPostForm(
    operation as typeof paymentWebInitPostRequest,
    { prefix: "HP_", version: "HP_3.4" },
    { amount: 1, currencyCode: "978" },
    { environment: "test", merchantId: "002001000000001", keyVersion: 1, secretKey: "the shop's own key" },
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.issues.map((issue) => issue.message)).toEqual([
    `paymentWebInit has no POST form address for environment "test" (it has one in ${withForm.join(", ")})`,
  ]);
});
