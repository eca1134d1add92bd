// Paypage POST forms published by public Sips integrations, with their keys:
// each must verify, decode and validate, and fail with another key, another
// pinned algorithm or a changed byte. The data, keys and seals are facts
// copied from the projects named beside each one.
import { describe, expect, test } from "vitest";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import type { PaypageResponseResult } from "../../generated/runtime/paypage-response-result.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { buildPaypagePostForm } from "../../generated/runtime/paypage-request.js";
import { type Fields, paypageRequest, paypageResponse } from "../support/paypage-messages.js";

interface Vector {
  readonly source: string;
  readonly key: string;
  readonly form: Readonly<Record<string, string>>;
  /** Fields the decoded response must hold, typed. */
  readonly want: Fields;
}

// worldline/sips-sdk-java payment-sdk/src/test/java/com/worldline/sips/api/PaypageClientTest.java
// (the same three in worldline/sips-sdk-nodejs test/PaypageClient.test.js): SHA-256, the simulation shop's key.
const worldline = (data: string, seal: string, want: Fields): Vector => ({
  source: "worldline/sips-sdk-java PaypageClientTest",
  key: "002001000000001_KEY1",
  form: { Data: data, Seal: seal, InterfaceVersion: "HP_2.0" },
  want,
});

const VECTORS: readonly Vector[] = [
  worldline(
    "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=00|transactionDateTime=2018-02-06T07:54:23+01:00|transactionReference=b4fb98a9c2c|keyVersion=1|acquirerResponseCode=00|amount=2|authorisationId=12345|guaranteeIndicator=Y|cardCSCResultCode=4D|panExpiryDate=201902|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=194.78.195.168|maskedPan=4500#############01|holderAuthentRelegation=N|holderAuthentStatus=3D_SUCCESS|tokenPan=g011040a730424d1ba6|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT",
    "56bddfce68695b9b8a9de51c426aae31bb303fb15570f343975eaa3bd33c8c59",
    { responseCode: "00", amount: 2, captureDay: 0, keyVersion: 1, maskedPan: "4500#############01" },
  ),
  worldline(
    "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=17|transactionDateTime=2018-02-06T07:43:55+01:00|transactionReference=e1445438c15|keyVersion=1|amount=2|customerIpAddress=194.78.195.168|paymentPattern=ONE_SHOT",
    "8f488030781e3196726ce0658dbc26f19781f7c7fbe212b39d63d3f4d1d77301",
    { responseCode: "17", transactionReference: "e1445438c15" },
  ),
  worldline(
    "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=05|transactionDateTime=2018-02-06T07:50:34+01:00|transactionReference=8bd59312ff4|keyVersion=1|amount=2|guaranteeIndicator=N|panExpiryDate=201803|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=194.78.195.168|maskedPan=4500#############01|holderAuthentRelegation=N|holderAuthentStatus=3D_FAILURE|tokenPan=g011040a730424d1ba6|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT",
    "e8c5bf4551ec60ce9b8ece6a98bdb1b5fde511539a391bc4ba314aaeac93b5be",
    { responseCode: "05", holderAuthentStatus: "3D_FAILURE" },
  ),
  {
    // odoo/odoo addons/payment_sips/tests/common.py: SHA-256 with the test acquirer's sips_secret; values with
    // spaces, a JSON returnContext, Sips's "null" for fields without a value, and Odoo's own locale field.
    source: "odoo/odoo payment_sips tests",
    key: "dummy_secret",
    form: {
      Data: 'captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=840|merchantId=002001000000001|orderChannel=INTERNET|responseCode=00|transactionDateTime=2022-01-19T18:01:06+01:00|transactionReference=Test Transaction|keyVersion=1|acquirerResponseCode=00|amount=10000|authorisationId=12345|guaranteeIndicator=Y|cardCSCResultCode=4D|panExpiryDate=202201|paymentMeanBrand=VISA|paymentMeanType=CARD|customerIpAddress=111.11.111.11|maskedPan=4100##########00|returnContext={"reference": "Test Transaction"}|holderAuthentRelegation=N|holderAuthentStatus=3D_SUCCESS|tokenPan=dp528b9xwknujmkw|transactionOrigin=INTERNET|paymentPattern=ONE_SHOT|customerMobilePhone=null|mandateAuthentMethod=null|mandateUsage=null|transactionActors=null|mandateId=null|captureLimitDate=20220119|dccStatus=null|dccResponseCode=null|dccAmount=null|dccCurrencyCode=null|dccExchangeRate=null|dccExchangeRateValidity=null|dccProvider=null|statementReference=tx20220119170050|panEntryMode=MANUAL|walletType=null|holderAuthentMethod=NOT_SPECIFIED',
      Encode: "",
      InterfaceVersion: "HP_2.4",
      Seal: "8a4c1f8b268832600a7bf40ddaa5d487f07d61dea81b8119ab8bab3c8a0861f3",
      locale: "en",
    },
    want: {
      transactionReference: "Test Transaction",
      returnContext: '{"reference": "Test Transaction"}',
      amount: 10000,
      currencyCode: "840",
    },
  },
  {
    // stefantalen/OmniKassa tests/stefantalen/OmniKassa/OmniKassaResponseTest.php (Rabobank OmniKassa runs on Sips, HP_1.0).
    source: "stefantalen/OmniKassa OmniKassaResponseTest, accepted",
    key: "002020000000001_KEY1",
    form: {
      Data: "amount=55|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=20140924024207|transactionDateTime=2014-09-24T14:43:31+02:00|transactionReference=201409240242071|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=00",
      Seal: "0c4979ac014c5d816f3287d461c9c572872a30de9da280b24ba6e3f8a776917e",
      InterfaceVersion: "HP_1.0",
      Encode: "",
    },
    want: { amount: 55, orderId: "20140924024207", responseCode: "00" },
  },
  {
    source: "stefantalen/OmniKassa OmniKassaResponseTest, cancelled",
    key: "002020000000001_KEY1",
    form: {
      Data: "amount=200|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=20140925015352|transactionDateTime=2014-09-25T13:54:14+02:00|transactionReference=201409250153521|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=17",
      Seal: "6d05142a2a153ac147bdaeb20427eb985495c42eb3839a1d431cc0c97154c8df",
      InterfaceVersion: "HP_1.0",
      Encode: "",
    },
    want: { amount: 200, responseCode: "17" },
  },
  {
    // tijmenb/omnikassa spec/lib/response_spec.rb: orderId=null, Sips's text for a field without a value.
    source: "tijmenb/omnikassa response_spec",
    key: "002020000000001_KEY1",
    form: {
      Data: "amount=1234|captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002020000000001|orderId=null|transactionDateTime=2012-05-04T15:52:56+02:00|transactionReference=23233|keyVersion=1|authorisationId=0020000006791167|paymentMeanBrand=IDEAL|paymentMeanType=CREDIT_TRANSFER|responseCode=00",
      InterfaceVersion: "HP_1.0",
      Encode: "",
      Seal: "296db7c33289d142e3246b5e0cb3dd02168e1d73497974f90db20dd8a399754e",
    },
    want: { amount: 1234, transactionReference: "23233" },
  },
];

const body = (form: Readonly<Record<string, string>>): string => new URLSearchParams(form).toString();
const decode = (post: unknown, key: string, options?: Parameters<typeof decodePaypagePost>[3]) =>
  decodePaypagePost(paypageResponse, post, key, options);

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
  const read = decodePaypagePost(paypageRequest, { Data: data, Seal: seal }, key);
  expect(read.ok && read.response).toEqual(fields);
});
