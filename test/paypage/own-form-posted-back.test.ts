// The users' guide warns that the shop's own request form, posted back to the shop's return address (the buyer's
// browser holds it), decodes `ok` as a response: the same key seals both, over the same kind of Data. These hold
// that fact for each operation with a POST form and a callback, so that the warning goes when it stops being so.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import {
  decodePaypageResponse,
  decodeWalletpageResponse,
  paypagePostForm,
  walletpagePostForm,
} from "../../generated/paypage.js";

const secretKey = "the shop's own key";
const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey } as const;
const options = { sealAlgorithm: "HMAC-SHA-256" } as const;

/** The form's fields as the browser posts them. */
const posted = (fields: readonly { name: string; value: string }[]) =>
  new URLSearchParams(fields.map((field): [string, string] => [field.name, field.value]));

/** The names of a request's fields: all that a decoded request form can hold. */
const requestFields = (name: "paymentWebInit" | "walletManagementInit") =>
  new Set(operations[name].request.fields.map((field) => field.name));

test("paymentWebInit's request form posted back decodes ok, its fields the request's and no responseCode", () => {
  const request = { amount: 1250, currencyCode: "978", transactionReference: "order42" } as const;
  const form = paypagePostForm({ ...request, normalReturnUrl: "https://shop.example/back" }, config);
  expect(form.ok).toBe(true);
  if (!form.ok) return;
  const decoded = decodePaypageResponse(posted(form.form.fields), secretKey, options);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(decoded.response).toMatchObject(request);
  expect(decoded.response.responseCode).toBeUndefined();
  const fields = requestFields("paymentWebInit");
  expect(Object.keys(decoded.response).filter((name) => !fields.has(name))).toEqual([]);
  // The return address is no field of the response's facts: the one trace of a request, a warning.
  expect(decoded.warnings.map((issue) => issue.path)).toContain("/normalReturnUrl");
});

test("walletManagementInit's request form posted back decodes ok as a Walletpage response, its fields the request's", () => {
  const form = walletpagePostForm(
    { merchantWalletId: "wallet-42", normalReturnUrl: "https://shop.example/back" },
    config,
  );
  expect(form.ok).toBe(true);
  if (!form.ok) return;
  const decoded = decodeWalletpageResponse(posted(form.form.fields), secretKey, options);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(decoded.response.merchantWalletId).toBe("wallet-42");
  const fields = requestFields("walletManagementInit");
  expect(Object.keys(decoded.response).filter((name) => !fields.has(name))).toEqual([]);
});
