// The shop's own request form, posted back to the shop's return address (the buyer's browser holds it), is sealed
// with the same key as a response, over the same kind of Data. Where it names the addresses a response is posted
// to, which the response's facts do not hold, the decoders refuse it as what it is (`not-a-response`), never `ok`.
// The facts (which fields a request and a response have) are read from the operations registry, not written here.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import {
  decodePaypageResponse,
  decodeWalletpageResponse,
  paypagePostForm,
  walletpagePostForm,
} from "../../generated/paypage.js";
import { notAResponse, PAYPAGE_RETURN_ADDRESS_FIELDS } from "../../runtime/paypage-not-a-response.js";

const secretKey = "the shop's own key";
const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey } as const;
const options = { sealAlgorithm: "HMAC-SHA-256" } as const;

/** The form's fields as the browser posts them. */
const posted = (fields: readonly { name: string; value: string }[]) =>
  new URLSearchParams(fields.map((field): [string, string] => [field.name, field.value]));

const names = (fields: readonly { name: string }[]) => new Set(fields.map((field) => field.name));

/** The fields of the response Sips posts back after `name`, as the registry describes them. */
function responseFields(name: "paymentWebInit" | "walletManagementInit") {
  const callback = operations[name].callback;
  if (callback === null) throw new Error(`${name} has no response posted back`);
  return callback.fields;
}

test.each(["paymentWebInit", "walletManagementInit"] as const)(
  "%s's request holds each return address and its response's facts none: the mark of a request",
  (name) => {
    const request = names(operations[name].request.fields);
    const response = names(responseFields(name));
    for (const field of PAYPAGE_RETURN_ADDRESS_FIELDS) {
      expect(request.has(field)).toBe(true);
      expect(response.has(field)).toBe(false);
    }
  },
);

test.each(PAYPAGE_RETURN_ADDRESS_FIELDS)(
  "paymentWebInit's request form naming %s, posted back, is not-a-response with its seal's facts",
  (address) => {
    const order = { amount: 1250, currencyCode: "978", transactionReference: "order42" } as const;
    const form = paypagePostForm({ ...order, [address]: "https://shop.example/back" }, config);
    expect(form.ok).toBe(true);
    if (!form.ok) return;
    const decoded = decodePaypageResponse(posted(form.form.fields), secretKey, options);
    expect(decoded).toEqual({
      ok: false,
      error: {
        kind: "not-a-response",
        message: expect.stringContaining(address),
        sealAlgorithm: "HMAC-SHA-256",
        keyIndex: 0,
        interfaceVersion: form.form.fields.find((field) => field.name === "InterfaceVersion")?.value,
      },
    });
    // It names fields, never a value: not the order's, nor the address.
    if (!decoded.ok) expect(decoded.error.message).not.toMatch(/order42|shop\.example|1250/);
  },
);

test("walletManagementInit's request form naming both return addresses, posted back, is not-a-response naming both", () => {
  const form = walletpagePostForm(
    {
      merchantWalletId: "wallet-42",
      normalReturnUrl: "https://shop.example/back",
      automaticResponseUrl: "https://shop.example/notify",
    },
    config,
  );
  expect(form.ok).toBe(true);
  if (!form.ok) return;
  const decoded = decodeWalletpageResponse(posted(form.form.fields), secretKey, options);
  expect(decoded.ok).toBe(false);
  if (decoded.ok) return;
  expect(decoded.error.kind).toBe("not-a-response");
  expect(decoded.error.message).toContain("automaticResponseUrl and normalReturnUrl");
});

test("a request form naming no return address (one Sips cannot answer) is not told apart: ok, with no responseCode", () => {
  const order = { amount: 1250, currencyCode: "978", transactionReference: "order42" } as const;
  const form = paypagePostForm(order, config);
  expect(form.ok).toBe(true);
  if (!form.ok) return;
  const decoded = decodePaypageResponse(posted(form.form.fields), secretKey, options);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(decoded.response).toMatchObject(order);
  expect(decoded.response.responseCode).toBeUndefined();
});

test("a return address the response's facts hold is no mark of a request", () => {
  const message = { normalReturnUrl: "https://shop.example/back", responseCode: "00" };
  const fields = responseFields("paymentWebInit");
  expect(notAResponse(fields, message)).toContain("normalReturnUrl");
  // The response's facts as a page adding the return address would give them: a text field of that name.
  const added = fields
    .filter((field) => field.name === "responseCode")
    .map((field) => ({ ...field, name: "normalReturnUrl" }));
  const withAddress = [...fields, ...added];
  expect(withAddress.length).toBe(fields.length + 1);
  expect(notAResponse(withAddress, message)).toBeNull();
});
