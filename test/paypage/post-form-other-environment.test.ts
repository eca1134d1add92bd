// A POST form asked for an environment its operation has no form address in (Paypage's "test", where Office and
// In-App run outside production) is refused, naming the environments that have one, as the client's refusal of a
// call names those with an endpoint: the refusal says which to configure instead.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { paypagePostForm, walletpagePostForm } from "../../generated/paypage.js";

const config = { merchantId: "002001000000001", keyVersion: 1, secretKey: "the shop's own key" };

/** The environments where the registry gives an operation a POST form address. */
const withForm = (name: "paymentWebInit" | "walletManagementInit") =>
  Object.entries(operations[name].addresses)
    .filter(([, at]) => at.post !== undefined)
    .map(([environment]) => environment);

test.each([
  [
    "paymentWebInit",
    () => paypagePostForm({ amount: 1, currencyCode: "978" }, { ...config, environment: "test" as never }),
  ],
  ["walletManagementInit", () => walletpagePostForm({}, { ...config, environment: "test" as never })],
] as const)("%s's form for an environment without a form address names those with one", (name, build) => {
  const environments = withForm(name);
  expect(environments).not.toContain("test");
  expect(environments.length).toBeGreaterThan(0);
  const result = build();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const expected = `${name} has no POST form address for environment "test" (it has one in ${environments.join(", ")})`;
  expect(result.error.issues.map((issue) => issue.message)).toEqual([expected]);
  expect(result.error.message).toContain(expected);
});
