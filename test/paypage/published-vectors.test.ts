// Paypage POST forms published by public Sips integrations (test/support/published-paypage-vectors.ts), with their
// keys: each must verify, decode and validate, and fail with another key, another pinned algorithm or a changed
// byte.
import { describe, expect, test } from "vitest";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import type { PaypageResponseResult } from "../../generated/runtime/paypage-response-result.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { buildPaypagePostForm } from "../../generated/runtime/paypage-request.js";
import { type Fields, paypageRequest, paypageResponse } from "../support/paypage-messages.js";
import { VECTORS } from "../support/published-paypage-vectors.js";

const body = (form: Readonly<Record<string, string>>): string => new URLSearchParams(form).toString();
// Sealed with test shops' keys, some the public simulation shop's: decoded as responses of the simulation.
const decode = (post: unknown, key: string, options?: Parameters<typeof decodePaypagePost>[3]) =>
  decodePaypagePost(paypageResponse, post, key, { environment: "simu", ...options });

function accepted(result: PaypageResponseResult<Fields>): Fields {
  if (!result.ok) throw new Error(`refused: ${result.error.kind}: ${result.error.message}`);
  return result.response;
}

describe.each(VECTORS)("$source", ({ key, form, want }) => {
  test("verifies with its key, as a body, bytes, parsed entries and a record", () => {
    for (const post of [
      body(form),
      Buffer.from(body(form)),
      new URLSearchParams(form),
      form,
      new Map(Object.entries(form)),
    ]) {
      const result = decode(post, key);
      expect(accepted(result)).toMatchObject(want);
      expect(result).toMatchObject({ sealAlgorithm: "SHA-256", interfaceVersion: form["InterfaceVersion"] });
      expect(isPaypageResponseGenuine(post, key)).toBe(true);
    }
  });

  test("Sips's null leaves a field out; fields this message does not know are warnings", () => {
    const result = decode(form, key);
    const pairs = (form["Data"] ?? "").split("|").map((pair) => pair.split("="));
    const unknown = pairs
      .filter(([name, value]) => value !== "null" && !paypageResponse.fields.some((f) => f.name === name))
      .map(([name]) => `/${name}`);
    expect(Object.values(accepted(result))).not.toContain("null");
    const warnings = result.ok ? result.warnings.filter((w) => w.code === "unknown-field") : [];
    expect(warnings.map((w) => [w.code, w.path])).toEqual(unknown.map((path) => ["unknown-field", path]));
  });

  test("refused with another key, another pinned algorithm, a changed byte of Data or of the seal", () => {
    expect(decode(form, `${key}x`)).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
    expect(decode(form, key, { sealAlgorithm: "HMAC-SHA-256" })).toMatchObject({
      ok: false,
      error: { kind: "seal-mismatch" },
    });
    expect(accepted(decode(form, key, { sealAlgorithm: "SHA-256" }))).toMatchObject(want);
    const data = form["Data"] ?? "";
    const tampered = { ...form, Data: data.replace("amount=", "amount=1") };
    expect(decode(tampered, key)).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
    const seal = form["Seal"] ?? "";
    const otherSeal = { ...form, Seal: `${seal.slice(0, -1)}${seal.endsWith("0") ? "1" : "0"}` };
    expect(decode(otherSeal, key)).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
    expect(isPaypageResponseGenuine(tampered, key)).toBe(false);
  });
});

test("a space in a genuine AN value is no deviation (the formats page admits it); a field too long is a warning, an error when strict", () => {
  const [, , , odoo, omnikassa] = VECTORS;
  if (!odoo || !omnikassa) throw new Error("vectors missing");
  // odoo's transactionReference is "Test Transaction": AN35, whose sets hold the space.
  const spaced = decode(odoo.form, odoo.key);
  expect(spaced.ok && spaced.response.transactionReference).toBe("Test Transaction");
  expect(spaced.ok && spaced.warnings.filter((w) => w.path === "/transactionReference")).toEqual([]);
  const long = decode(omnikassa.form, omnikassa.key);
  expect(long.ok && long.warnings).toEqual([expect.objectContaining({ path: "/authorisationId", code: "max-length" })]);
  expect(decode(omnikassa.form, omnikassa.key, { strict: true })).toMatchObject({
    ok: false,
    error: {
      kind: "invalid-response",
      issues: expect.arrayContaining([expect.objectContaining({ path: "/authorisationId", code: "max-length" })]),
    },
  });
});

test("tijmenb/omnikassa's invalid response (the reference changed, the seal kept) does not verify", () => {
  const form = {
    Data: "amount=1234|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=null|transactionDateTime=2012-05-04T15:52:56+02:00|transactionReference=23213|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=00",
    InterfaceVersion: "HP_1.0",
    Encode: "",
    Seal: "296db7c33289d142e3246b5e0cb3dd02168e1d73497974f90db20dd8a399754e",
  };
  expect(decode(form, "002020000000001_KEY1")).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
});

test("an HMAC-SHA-256 seal (worldline/sips-sdk-java and sips-sdk-nodejs SealCalculator tests): the seal verifies before Data is read", () => {
  const form = {
    Data: "This is a test!",
    Seal: "198e5f278e3f8548e174e84492953c4871732278b7e2aa2cbf20bb1ab85914ea",
    SealAlgorithm: "HMAC-SHA-256",
    InterfaceVersion: "HP_2.0",
  };
  expect(isPaypageResponseGenuine(form, "superSafeSecretKey")).toBe(true);
  expect(isPaypageResponseGenuine(form, "superSafeSecretKey", { sealAlgorithm: "HMAC-SHA-256" })).toBe(true);
  expect(isPaypageResponseGenuine({ ...form, SealAlgorithm: "SHA-256" }, "superSafeSecretKey")).toBe(false);
  // Genuine, but its Data is no list of key=value pairs.
  expect(decode(form, "superSafeSecretKey")).toMatchObject({
    ok: false,
    error: { kind: "malformed", issues: [{ code: "missing-equals" }] },
  });
  expect(decode({ ...form, Data: "This is a test?" }, "superSafeSecretKey")).toMatchObject({
    ok: false,
    error: { kind: "seal-mismatch" },
  });
});

// Requests: the builder writes the fields in the descriptor's order, which is the order of these published forms.
test.each([
  {
    // The Sips documentation's SHA-256 example (test/generated/seal.test.ts holds its seal too).
    source: "Sips documentation, POST interface seal example",
    key: "002001000000001_KEY1",
    fields: {
      amount: 1234,
      currencyCode: "978",
      merchantId: "002001000000001",
      normalReturnUrl: "http://www.normalreturnurl.com",
      transactionReference: "marlon1",
      keyVersion: 1,
    },
    data: "amount=1234|currencyCode=978|merchantId=002001000000001|normalReturnUrl=http://www.normalreturnurl.com|transactionReference=marlon1|keyVersion=1",
    seal: "65421e720d149e8a79bdc9a29f6c462ed199b78f32e558c6c5fc15f0084e5384",
  },
  {
    // stefantalen/OmniKassa tests/stefantalen/OmniKassa/OmniKassaResponseTest.php, the request of testValidIdealPayment.
    source: "stefantalen/OmniKassa request",
    key: "002020000000001_KEY1",
    fields: {
      amount: 55,
      currencyCode: "978",
      merchantId: "002020000000001",
      normalReturnUrl: "http://localhost/omnikassa/example/return.php",
      automaticResponseUrl: "http://localhost/omnikassa/example/response.php",
      transactionReference: "201409240242071",
      orderId: "20140924024207",
      keyVersion: 1,
      paymentMeanBrandList: ["IDEAL"],
    },
    data: "amount=55|currencyCode=978|merchantId=002020000000001|normalReturnUrl=http://localhost/omnikassa/example/return.php|automaticResponseUrl=http://localhost/omnikassa/example/response.php|transactionReference=201409240242071|orderId=20140924024207|keyVersion=1|paymentMeanBrandList=IDEAL",
    seal: "bfd0067510d0e53a579bb0b32611c4cfefd90d918aab2bd0e91c04f53107a17a",
  },
])("the form builder gives the published Data and Seal: $source", ({ key, fields, data, seal }) => {
  const built = buildPaypagePostForm(paypageRequest, fields, {
    action: "https://payment-webinit.simu.sogenactif.com/paymentInit",
    secretKey: key,
    interfaceVersion: "HP_2.0",
    sealAlgorithm: "SHA-256",
  });
  expect(built.ok && built.form.fields).toEqual([
    { name: "Data", value: data },
    { name: "InterfaceVersion", value: "HP_2.0" },
    { name: "Seal", value: seal },
    { name: "SealAlgorithm", value: "SHA-256" },
  ]);
  // And the decoder reads the published form back into the same fields.
  const read = decodePaypagePost(paypageRequest, { Data: data, Seal: seal }, key, { environment: "simu" });
  expect(read.ok && read.response).toEqual(fields);
});
