// decodePaypagePost and isPaypageResponseGenuine, case by case: which
// algorithm verifies, Encode, the forms a post comes in, what breaks a form,
// how Data is split and typed, validation, and programmer errors.
import { describe, expect, test } from "vitest";
import {
  decodePaypagePost,
  isPaypageResponseGenuine,
  type PaypageDecodeOptions,
} from "../../generated/runtime/paypage-response.js";
import { PAYPAGE_POST_MAX_LENGTH } from "../../generated/runtime/paypage-form.js";
import { MINIMAL_RESPONSE, postSeal, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";

const decode = (post: unknown, options?: PaypageDecodeOptions, key = TEST_KEY) =>
  decodePaypagePost(paypageResponse, post, key, options);
const body = (form: Record<string, string>) => new URLSearchParams(form).toString();

describe("which algorithm verifies", () => {
  const sha = sealedForm(MINIMAL_RESPONSE);
  const hmac = sealedForm(MINIMAL_RESPONSE, { algorithm: "HMAC-SHA-256" });
  const { SealAlgorithm: _, ...hmacUnnamed } = hmac;
  test.each([
    { given: "SHA-256, no SealAlgorithm (the POST default)", form: sha, options: {}, want: "SHA-256" },
    { given: "HMAC-SHA-256 named", form: hmac, options: {}, want: "HMAC-SHA-256" },
    {
      given: "HMAC-SHA-512 named",
      form: sealedForm(MINIMAL_RESPONSE, { algorithm: "HMAC-SHA-512" }),
      options: {},
      want: "HMAC-SHA-512",
    },
    { given: "HMAC pinned and named", form: hmac, options: { sealAlgorithm: "HMAC-SHA-256" }, want: "HMAC-SHA-256" },
    {
      given: "HMAC pinned, none named",
      form: hmacUnnamed,
      options: { sealAlgorithm: "HMAC-SHA-256" },
      want: "HMAC-SHA-256",
    },
    { given: "SHA-256 pinned, none named", form: sha, options: { sealAlgorithm: "SHA-256" }, want: "SHA-256" },
    { given: "an empty SealAlgorithm, as none", form: { ...sha, SealAlgorithm: "" }, options: {}, want: "SHA-256" },
  ] as const)("accepted: $given", ({ form, options, want }) => {
    expect(decode(form, options)).toMatchObject({ ok: true, sealAlgorithm: want });
    expect(isPaypageResponseGenuine(form, TEST_KEY, options)).toBe(true);
  });

  test.each([
    {
      given: "HMAC pinned, the form names SHA-256 (and is sealed with it): no downgrade",
      form: sealedForm(MINIMAL_RESPONSE, { nameAlgorithm: true }),
      options: { sealAlgorithm: "HMAC-SHA-256" },
      kind: "seal-mismatch",
    },
    {
      given: "HMAC pinned, none named, sealed with SHA-256",
      form: sha,
      options: { sealAlgorithm: "HMAC-SHA-256" },
      kind: "seal-mismatch",
    },
    { given: "SHA-256 pinned, HMAC named", form: hmac, options: { sealAlgorithm: "SHA-256" }, kind: "seal-mismatch" },
    {
      given: "a pinned name matched exactly, not by case",
      form: { ...hmac, SealAlgorithm: "hmac-sha-256" },
      options: { sealAlgorithm: "HMAC-SHA-256" },
      kind: "seal-mismatch",
    },
    {
      given: "HMAC named, sealed with SHA-256",
      form: { ...sha, SealAlgorithm: "HMAC-SHA-256" },
      options: {},
      kind: "seal-mismatch",
    },
    { given: "an unknown algorithm named", form: { ...sha, SealAlgorithm: "MD5" }, options: {}, kind: "malformed" },
    {
      given: "a seal in upper case is the same seal",
      form: { ...sha, Seal: sha["Seal"]?.toUpperCase() ?? "" },
      options: {},
      kind: null,
    },
    {
      given: "a seal one character short",
      form: { ...sha, Seal: sha["Seal"]?.slice(1) ?? "" },
      options: {},
      kind: "seal-mismatch",
    },
    { given: "a seal that is not hex", form: { ...sha, Seal: "z".repeat(64) }, options: {}, kind: "seal-mismatch" },
  ] as const)("$given", ({ form, options, kind }) => {
    const result = decode(form, options);
    if (kind === null) expect(result.ok).toBe(true);
    else {
      expect(result).toMatchObject({ ok: false, error: { kind } });
      expect(isPaypageResponseGenuine(form, TEST_KEY, options)).toBe(false);
    }
  });
});

test("a form naming another algorithm than the pinned one is refused unverified, even when sealed with the pinned one", () => {
  const form = { ...sealedForm(MINIMAL_RESPONSE, { algorithm: "HMAC-SHA-256" }), SealAlgorithm: "SHA-256" };
  expect(decode(form, { sealAlgorithm: "HMAC-SHA-256" })).toMatchObject({
    ok: false,
    error: { kind: "seal-mismatch", message: expect.stringContaining("SealAlgorithm is not HMAC-SHA-256") },
  });
});

describe("Encode", () => {
  const fields = `${MINIMAL_RESPONSE}|returnContext=é=ü x€`;
  test.each([
    { given: "base64", form: sealedForm(fields, { encode: "base64" }) },
    { given: "base64url", form: sealedForm(fields, { encode: "base64url" }) },
    {
      given: "Base64, as some integrations write it",
      form: { ...sealedForm(fields, { encode: "base64" }), Encode: "Base64" },
    },
    { given: "an empty Encode, as none", form: { ...sealedForm(fields), Encode: "" } },
  ])("decoded after the seal: $given", ({ form }) => {
    const result = decode(form);
    expect(result.ok && result.response["returnContext"]).toBe("é=ü x€");
  });

  const noncanonical = (() => {
    // "YR==" decodes to "a" like "YQ==": not the base64 of any text, whatever its seal.
    const data = `${Buffer.from(`${MINIMAL_RESPONSE}|orderId=a`).toString("base64").slice(0, -4)}YR==`;
    return { Data: data, Seal: postSeal(data, TEST_KEY, "SHA-256"), Encode: "base64" };
  })();
  const notUtf8 = (() => {
    const data = Buffer.from([0x61, 0x3d, 0xff, 0xfe]).toString("base64");
    return { Data: data, Seal: postSeal(data, TEST_KEY, "SHA-256"), Encode: "base64" };
  })();
  test.each([
    { given: "an unknown Encode", form: { ...sealedForm(MINIMAL_RESPONSE), Encode: "rot13" }, kind: "malformed" },
    {
      given: "Encode added to plain Data",
      form: { ...sealedForm(MINIMAL_RESPONSE), Encode: "base64" },
      kind: "malformed",
    },
    { given: "base64 that is not canonical", form: noncanonical, kind: "malformed" },
    { given: "base64 of bytes that are not UTF-8", form: notUtf8, kind: "malformed" },
  ])("refused: $given", ({ form, kind }) => {
    expect(decode(form)).toMatchObject({ ok: false, error: { kind } });
  });

  test("Encode removed from a base64 response: never the response", () => {
    const { Encode: _, ...form } = sealedForm(MINIMAL_RESPONSE, { encode: "base64" });
    expect(decode(form).ok).toBe(false);
  });
});

describe("the forms a post comes in", () => {
  const form = sealedForm(`${MINIMAL_RESPONSE}|returnContext=a b+c&d=e%`);
  const formData = new FormData();
  for (const [name, value] of Object.entries(form)) formData.append(name, value);
  test.each([
    { given: "a body", post: body(form) },
    { given: "a body with %20 instead of +", post: body(form).replaceAll("+", "%20") },
    { given: "a Buffer", post: Buffer.from(body(form)) },
    { given: "a Uint8Array", post: new TextEncoder().encode(body(form)) },
    { given: "URLSearchParams", post: new URLSearchParams(form) },
    { given: "FormData", post: formData },
    { given: "a Map", post: new Map(Object.entries(form)) },
    { given: "entries", post: Object.entries(form) },
    { given: "a record", post: form },
    { given: "a record without prototype", post: Object.assign(Object.create(null), form) },
    { given: "a body with other fields and empty pairs", post: `&&x=1&${body(form)}&locale=en&` },
  ])("$given", ({ post }) => {
    const result = decode(post);
    expect(result.ok && result.response["returnContext"]).toBe("a b+c&d=e%");
  });

  test.each([
    { given: "no Seal", post: { Data: MINIMAL_RESPONSE }, kind: "unsealed" },
    { given: "an empty Seal", post: { Data: MINIMAL_RESPONSE, Seal: "" }, kind: "unsealed" },
    { given: "no Data", post: { Seal: "0".repeat(64) }, kind: "malformed" },
    { given: "nothing", post: "", kind: "malformed" },
    { given: "a body whose first name is ?Data, not Data", post: `?${body(form)}`, kind: "malformed" },
    { given: "Data twice in a body", post: `${body(form)}&Data=x`, kind: "malformed" },
    { given: "Seal twice in entries", post: [...Object.entries(form), ["Seal", form["Seal"]]], kind: "malformed" },
    { given: "a repeated field from a body parser", post: { ...form, Data: [form["Data"], "x"] }, kind: "malformed" },
    { given: "a Data that is not text", post: { ...form, Data: 5 }, kind: "malformed" },
    {
      given: "a file as Data",
      post: new Map<string, unknown>([...Object.entries(form), ["Data", new Blob(["x"])]]),
      kind: "malformed",
    },
    {
      given: "a body over the limit",
      post: `${body(form)}&pad=${"x".repeat(PAYPAGE_POST_MAX_LENGTH)}`,
      kind: "malformed",
    },
    { given: "bytes over the limit", post: Buffer.alloc(PAYPAGE_POST_MAX_LENGTH + 1, 0x61), kind: "malformed" },
    {
      given: "values over the limit",
      post: { ...form, Data: "x".repeat(PAYPAGE_POST_MAX_LENGTH + 1) },
      kind: "malformed",
    },
    { given: "entries that are not pairs", post: [["Data"]], kind: "malformed" },
    { given: "null", post: null, kind: "malformed" },
    { given: "a number", post: 42, kind: "malformed" },
  ])("refused: $given", ({ post, kind }) => {
    expect(decode(post)).toMatchObject({ ok: false, error: { kind } });
  });
});

describe("Data, once its seal verified", () => {
  const decoded = (pairs: string, options?: PaypageDecodeOptions) => decode(sealedForm(pairs), options);

  test("a value may hold '=', and Sips's null leaves a field out", () => {
    const result = decoded(`${MINIMAL_RESPONSE}|returnContext=a=b==c|orderId=null`);
    expect(result).toMatchObject({ ok: true, response: { returnContext: "a=b==c" }, warnings: [] });
    expect(result.ok && "orderId" in result.response).toBe(false);
  });

  test("an empty value leaves the field out, with a warning", () => {
    const result = decoded(`${MINIMAL_RESPONSE}|orderId=`);
    expect(result).toMatchObject({ ok: true, warnings: [{ path: "/orderId", code: "empty-value" }] });
    expect(result.ok && "orderId" in result.response).toBe(false);
  });

  test("integers are numbers, containers and lists are rebuilt", () => {
    const result = decoded(
      `${MINIMAL_RESPONSE}|paymentMeanBrandList=VISA,MASTERCARD|instalmentData.number=3|instalmentData.amountsList=100,200,700|instalmentData.datesList=20240101,20240201`,
    );
    expect(result).toMatchObject({
      ok: true,
      warnings: [],
      response: {
        amount: 1000,
        keyVersion: 1,
        responseCode: "00",
        paymentMeanBrandList: ["VISA", "MASTERCARD"],
        instalmentData: { number: 3, amountsList: [100, 200, 700], datesList: ["20240101", "20240201"] },
      },
    });
  });

  test("unknown fields, dotted or not, are kept as text and warned about", () => {
    const result = decoded(`${MINIMAL_RESPONSE}|newField=1|newContainer.inner=x`);
    expect(result).toMatchObject({
      ok: true,
      response: { newField: "1", newContainer: { inner: "x" } },
      warnings: [
        { path: "/newField", code: "unknown-field" },
        { path: "/newContainer", code: "unknown-field" },
      ],
    });
    expect(decoded(`${MINIMAL_RESPONSE}|newField=1`, { strict: true })).toMatchObject({
      ok: false,
      error: { kind: "invalid-response", issues: [{ path: "/newField", code: "unknown-field" }] },
    });
  });

  test.each([
    {
      given: "a repeated key",
      pairs: `${MINIMAL_RESPONSE}|amount=1`,
      issue: { path: "/amount", code: "repeated-key" },
    },
    {
      given: "a repeated empty key",
      pairs: `${MINIMAL_RESPONSE}|orderId=|orderId=x`,
      issue: { path: "/orderId", code: "repeated-key" },
    },
    {
      given: "a value and a container",
      pairs: `${MINIMAL_RESPONSE}|instalmentData=1|instalmentData.number=2`,
      issue: { path: "/instalmentData", code: "repeated-key" },
    },
    {
      given: "a container and a value",
      pairs: `${MINIMAL_RESPONSE}|instalmentData.number=2|instalmentData=1`,
      issue: { code: "repeated-key" },
    },
    { given: "a pair without '='", pairs: `${MINIMAL_RESPONSE}|orderId`, issue: { path: "", code: "missing-equals" } },
    { given: "a trailing '|'", pairs: `${MINIMAL_RESPONSE}|`, issue: { code: "missing-equals" } },
    { given: "'||'", pairs: MINIMAL_RESPONSE.replace("|", "||"), issue: { code: "missing-equals" } },
    { given: "an empty key", pairs: `${MINIMAL_RESPONSE}|=x`, issue: { code: "bad-key" } },
    { given: "a key with a space", pairs: `${MINIMAL_RESPONSE}|order Id=x`, issue: { code: "bad-key" } },
    { given: "__proto__", pairs: `${MINIMAL_RESPONSE}|__proto__=x`, issue: { code: "bad-key" } },
    {
      given: "a container's __proto__",
      pairs: `${MINIMAL_RESPONSE}|instalmentData.__proto__=x`,
      issue: { code: "bad-key" },
    },
    { given: "an empty path segment", pairs: `${MINIMAL_RESPONSE}|a..b=x`, issue: { code: "bad-key" } },
  ])("malformed: $given", ({ pairs, issue }) => {
    expect(decoded(pairs)).toMatchObject({ ok: false, error: { kind: "malformed", issues: [issue] } });
  });

  test("members of Object.prototype are plain fields, never the prototype's", () => {
    const result = decoded(`${MINIMAL_RESPONSE}|constructor=x|toString=y`);
    expect(result.ok && Object.getPrototypeOf(result.response)).toBe(Object.prototype);
    expect(result).toMatchObject({ ok: true, response: { constructor: "x", toString: "y" } });
  });

  test.each([
    {
      given: "an integer that is not digits",
      pairs: MINIMAL_RESPONSE.replace("amount=1000", "amount=10a"),
      path: "/amount",
      code: "type",
    },
    {
      given: "an integer too long for a number",
      pairs: MINIMAL_RESPONSE.replace("amount=1000", `amount=${"9".repeat(20)}`),
      path: "/amount",
      code: "type",
    },
    {
      given: "a required field missing",
      pairs: MINIMAL_RESPONSE.replace("|amount=1000", ""),
      path: "/amount",
      code: "required",
    },
    { given: "no fields at all", pairs: "", path: "/currencyCode", code: "required" },
    {
      given: "a text given for a container",
      pairs: `${MINIMAL_RESPONSE}|instalmentData=3`,
      path: "/instalmentData",
      code: "not-an-object",
    },
  ])("invalid response: $given", ({ pairs, path, code }) => {
    expect(decoded(pairs)).toMatchObject({
      ok: false,
      error: { kind: "invalid-response", issues: expect.arrayContaining([expect.objectContaining({ path, code })]) },
    });
  });

  test("an unknown code is a warning, an error when strict", () => {
    const pairs = MINIMAL_RESPONSE.replace("responseCode=00", "responseCode=77");
    expect(decoded(pairs)).toMatchObject({ ok: true, warnings: [{ path: "/responseCode", code: "unknown-value" }] });
    expect(decoded(pairs, { strict: true })).toMatchObject({ ok: false, error: { kind: "invalid-response" } });
  });
});

describe("programmer errors and the key", () => {
  const form = sealedForm(MINIMAL_RESPONSE);
  test.each([[""], [undefined], [42]])("a key %j is a TypeError, for both functions", (key) => {
    expect(() => decodePaypagePost(paypageResponse, form, key as string)).toThrow(TypeError);
    expect(() => isPaypageResponseGenuine(form, key as string)).toThrow(TypeError);
  });

  test("an unknown pinned algorithm is a TypeError that does not show the key", () => {
    const call = () => decode(form, { sealAlgorithm: "MD5" as never });
    expect(call).toThrow(TypeError);
    expect(call).not.toThrow(TEST_KEY);
  });

  test("null options are no options", () => {
    expect(decodePaypagePost(paypageResponse, form, TEST_KEY, null as never).ok).toBe(true);
    expect(isPaypageResponseGenuine(form, TEST_KEY, null as never)).toBe(true);
  });

  test("no result holds the key", () => {
    const posts = [
      form,
      { ...form, Seal: "x" },
      { Data: "a" },
      `${body(form)}&Data=${TEST_KEY}`,
      sealedForm(`${MINIMAL_RESPONSE}|x`),
    ];
    for (const post of posts) expect(JSON.stringify(decode(post))).not.toContain(TEST_KEY);
  });
});
