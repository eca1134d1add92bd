// The POST form builder against an implementation of the POST interface
// written here (Data flattened in descriptor order, encoded, sealed with
// node:crypto), and the round trip: a form built from fields, posted as a body
// through the decoder, gives the same fields back.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/index.js";
import { buildPaypagePostForm, type PaypageRequestConfig } from "../../generated/runtime/paypage-request.js";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import { type Algorithm, postSeal, TEST_KEY } from "../support/paypage-forms.js";
import { type Fields, paypageRequest, REQUEST_FIELDS } from "../support/paypage-messages.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";
import { drawOf } from "../support/property-runs.js";

const ACTION = "https://payment-webinit.simu.sogenactif.com/paymentInit";

/** Data as the POST interface writes it: descriptor order, container.field, lists joined by ",", nothing for empty values. */
function flatten(fields: readonly FieldDescriptor[], values: Fields, prefix = ""): string[] {
  return fields.flatMap((field) => {
    const value = values[field.name];
    if (value === undefined || value === "") return [];
    if (field.type === "container") return flatten(field.fields ?? [], value as Fields, `${prefix}${field.name}.`);
    const text = Array.isArray(value) ? value.join(",") : String(value);
    return text === "" ? [] : [`${prefix}${field.name}=${text}`];
  });
}

/** The fields as a decoder gives them back: empty texts, lists and containers are not carried. */
function carried(values: Fields): Fields {
  const out: Fields = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === "object" && !Array.isArray(value) && value !== null) {
      const inner = carried(value as Fields);
      if (Object.keys(inner).length > 0) out[name] = inner;
    } else out[name] = value;
  }
  return out;
}

/** Text a field of the request may hold and the POST interface carry: no "|", no "," (lists), no controls. */
const text = (max: number, unit: fc.Arbitrary<string> | "grapheme" = fc.constantFrom(..."aZ09 =.:/?&%+#é")) =>
  fc.string({ unit, maxLength: max }).filter((s) => !/[|,\p{Cc}]/u.test(s));
const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const ascii = (max: number) => text(max).filter((s) => /^[\x20-\x7E]*$/.test(s));

const request: fc.Arbitrary<Fields> = fc.record(
  {
    amount: fc.integer({ min: 0, max: 999_999_999_999 }),
    currencyCode: digits(3),
    merchantId: digits(15),
    normalReturnUrl: ascii(60),
    automaticResponseUrl: ascii(60),
    transactionReference: fc.string({ unit: fc.constantFrom(..."aZ09"), maxLength: 35 }),
    orderId: ascii(32),
    keyVersion: fc.integer({ min: 0, max: 99 }),
    paymentMeanBrandList: fc.array(fc.string({ unit: fc.constantFrom(..."AZ_9"), minLength: 1, maxLength: 20 }), {
      maxLength: 4,
    }),
    returnContext: text(80, "grapheme"),
    captureDay: fc.integer({ min: 0, max: 99 }),
    captureMode: fc.constantFrom("AUTHOR_CAPTURE", "IMMEDIATE", "VALIDATION"),
    orderChannel: fc.constantFrom("INTERNET", "MOTO"),
    customerContact: fc.record(
      { firstname: text(20, "grapheme"), lastname: text(20, "grapheme"), email: ascii(30) },
      { requiredKeys: [] },
    ),
    instalmentData: fc.record(
      {
        number: fc.integer({ min: 1, max: 12 }),
        amountsList: fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 4 }),
        datesList: fc.array(digits(8), { minLength: 1, maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["amount", "currencyCode", "merchantId", "normalReturnUrl", "keyVersion"] },
);

const config = fc.record({
  sealAlgorithm: fc.constantFrom<Algorithm>("SHA-256", "HMAC-SHA-256", "HMAC-SHA-512"),
  encode: fc.constantFrom(undefined, "base64" as const, "base64url" as const),
});

test("the builder writes what the POST interface says, and the decoder reads it back", () => {
  fc.assert(
    fc.property(request, config, (fields, { sealAlgorithm, encode }) => {
      const options: PaypageRequestConfig = {
        action: ACTION,
        secretKey: TEST_KEY,
        interfaceVersion: "HP_2.40",
        sealAlgorithm,
        ...(encode ? { encode } : {}),
      };
      const built = buildPaypagePostForm(paypageRequest, fields, options);
      if (fields["normalReturnUrl"] === "") {
        // Required, and empty: the POST interface would carry it as absent.
        expect(built).toMatchObject({ ok: false, error: { issues: [{ path: "/normalReturnUrl", code: "required" }] } });
        return;
      }
      if (!built.ok) throw new Error(JSON.stringify(built.error));
      const text = flatten(REQUEST_FIELDS, fields).join("|");
      const data = encode ? Buffer.from(text, "utf8").toString(encode) : text;
      expectSame(built.dataText, text);
      expectEqual(built.form, {
        action: ACTION,
        method: "POST",
        fields: [
          { name: "Data", value: data },
          { name: "InterfaceVersion", value: "HP_2.40" },
          { name: "Seal", value: postSeal(data, TEST_KEY, sealAlgorithm) },
          { name: "SealAlgorithm", value: sealAlgorithm },
          ...(encode ? [{ name: "Encode", value: encode }] : []),
        ],
      });
      const body = new URLSearchParams(built.form.fields.map((f): [string, string] => [f.name, f.value])).toString();
      const read = decodePaypagePost(paypageRequest, body, TEST_KEY, { sealAlgorithm });
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expectEqual(read.response, carried(fields));
    }),
    drawOf(400, 4000),
  );
});

describe("what the builder refuses", () => {
  const valid = {
    amount: 100,
    currencyCode: "978",
    merchantId: "002001000000001",
    normalReturnUrl: "https://shop.example/back",
    keyVersion: 1,
  };
  const build = (fields: unknown, more: Partial<PaypageRequestConfig> = {}) =>
    buildPaypagePostForm(paypageRequest, fields, {
      action: ACTION,
      secretKey: TEST_KEY,
      interfaceVersion: "HP_2.40",
      ...more,
    });

  test.each([
    {
      given: "a '|' in a value",
      fields: { ...valid, statementReference: "a|b" },
      path: "/statementReference",
      code: "not-representable",
    },
    {
      given: "a ',' in a list item",
      fields: { ...valid, paymentMeanBrandList: ["VISA", "A,B"] },
      path: "/paymentMeanBrandList/1",
      code: "not-representable",
    },
    {
      // Sips and the decoder read the text null as no value: the field would arrive absent.
      given: "the text null",
      fields: { ...valid, statementReference: "null" },
      path: "/statementReference",
      code: "not-representable",
    },
    {
      given: "a list that reads as the text null",
      fields: { ...valid, paymentMeanBrandList: ["null"] },
      path: "/paymentMeanBrandList",
      code: "not-representable",
    },
    {
      given: "a line break without encoding",
      fields: { ...valid, statementReference: "a\nb" },
      path: "",
      code: "not-representable",
    },
    { given: "an unknown field", fields: { ...valid, other: "x" }, path: "/other", code: "unknown-field" },
    { given: "a required field missing", fields: { ...valid, amount: undefined }, path: "/amount", code: "required" },
    {
      given: "a field newer than the interface version",
      fields: { ...valid, templateName: "t" },
      more: { interfaceVersion: "HP_2.20" },
      path: "/templateName",
      code: "version",
    },
    { given: "fields that are not an object", fields: "amount=1", path: "", code: "not-an-object" },
  ])("$given", ({ fields, more, path, code }) => {
    expect(build(fields, more)).toMatchObject({
      ok: false,
      error: { kind: "invalid-request", issues: [{ path, code }] },
    });
  });

  test("null is carried inside a value and as one item of a list, where it does not read as no value", () => {
    const built = build({ ...valid, statementReference: "nullable", paymentMeanBrandList: ["VISA", "null"] });
    expect(built.ok && built.dataText.split("|")).toEqual(
      expect.arrayContaining(["statementReference=nullable", "paymentMeanBrandList=VISA,null"]),
    );
  });

  test("a list of one empty item is left out, as an empty text is: it would read back as no value", () => {
    const built = build({ ...valid, paymentMeanBrandList: [""], statementReference: "" });
    expect(built.ok && built.dataText).not.toContain("paymentMeanBrandList");
    expect(built.ok && built.dataText).not.toContain("statementReference");
  });

  test("a line break goes through when Data is encoded", () => {
    const built = build({ ...valid, statementReference: "a\r\nb" }, { encode: "base64" });
    expect(built.ok && built.dataText).toContain("statementReference=a\r\nb");
  });

  test("the version pin applies only to the message's own prefix; HMAC-SHA-256 by default", () => {
    const built = build({ ...valid, templateName: "t" }, { interfaceVersion: "HP_2.30" });
    expect(built.ok && built.form.fields.find((f) => f.name === "SealAlgorithm")?.value).toBe("HMAC-SHA-256");
    expect(build({ ...valid, templateName: "t" }, { interfaceVersion: "XX_1.0" }).ok).toBe(true);
  });

  test.each([
    { given: "a javascript: action", more: { action: "javascript:alert(1)" } },
    { given: "a relative action", more: { action: "/paymentInit" } },
    { given: "an empty key", more: { secretKey: "" } },
    { given: "a key with a lone surrogate", more: { secretKey: `${TEST_KEY}\uD800` } },
    { given: "an empty interface version", more: { interfaceVersion: "" } },
    { given: "an unknown algorithm", more: { sealAlgorithm: "MD5" as never } },
    { given: "an unknown encoding", more: { encode: "hex" as never } },
  ])("a TypeError for $given, never showing the key", ({ more }) => {
    expect(() => build(valid, more)).toThrow(TypeError);
    expect(() => build(valid, more)).not.toThrow(TEST_KEY);
  });

  test("a configuration that is not an object is a TypeError", () => {
    expect(() => buildPaypagePostForm(paypageRequest, valid, null as never)).toThrow(TypeError);
  });

  test("the key is in no form and no result", () => {
    for (const fields of [valid, { ...valid, statementReference: "a|b" }])
      expect(JSON.stringify(build(fields))).not.toContain(TEST_KEY);
  });
});
