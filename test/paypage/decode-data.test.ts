// decodePaypagePost once a seal verified: how Data is split and typed,
// validation lenient or strict, and programmer errors (the key never shown).
import { describe, expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/runtime/descriptor.js";
import { integerTextIssue } from "../../generated/runtime/paypage-integer-text.js";
import { decodePaypagePost, type PaypageDecodeOptions } from "../../generated/runtime/paypage-response.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";

const decode = (post: unknown, options?: PaypageDecodeOptions, key = TEST_KEY) =>
  decodePaypagePost(paypageResponse, post, key, options);
const body = (form: Record<string, string>) => new URLSearchParams(form).toString();

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
      given: "an integer too long for a number, and so for its format",
      pairs: MINIMAL_RESPONSE.replace("amount=1000", `amount=${"9".repeat(20)}`),
      path: "/amount",
      code: "max-length",
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
      code: "type",
    },
  ])("invalid response: $given", ({ pairs, path, code }) => {
    expect(decoded(pairs)).toMatchObject({
      ok: false,
      error: { kind: "invalid-response", issues: expect.arrayContaining([expect.objectContaining({ path, code })]) },
    });
  });

  test("an invalid response keeps its errors and its warnings apart, and counts the errors", () => {
    // A field of the wrong type (an error) beside an unknown field and an empty value (warnings when lenient).
    const result = decoded(`${MINIMAL_RESPONSE}|instalmentData=3|newField=1|orderId=`);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid-response",
        message:
          'the response is genuine but not a valid message (1 problem): /instalmentData must be an object, got "3"',
        issues: [expect.objectContaining({ path: "/instalmentData", code: "type" })],
        warnings: [
          expect.objectContaining({ path: "/orderId", code: "empty-value" }),
          expect.objectContaining({ path: "/newField", code: "unknown-field" }),
        ],
        sealAlgorithm: "SHA-256",
        keyIndex: 0,
        interfaceVersion: "HP_2.0",
      },
    });
    const two = decoded(
      `${MINIMAL_RESPONSE}|instalmentData=3|paymentMeanBrandList=`.replace("amount=1000", "amount=x"),
    );
    expect(two.ok ? null : two.error.message).toMatch(/\(2 problems\): \/amount .+; \/instalmentData .+$/);
  });

  test("an integer too long to be typed exactly is reported by its format's rule, with its text, not as no integer", () => {
    // Past 15 digits an integer stays text, so that no number rounds it: validation alone would say "must be an integer".
    const long = "1234567890123456";
    const pairs = `${MINIMAL_RESPONSE.replace("amount=1000", `amount=${long}`)}|instalmentData.number=${long}|instalmentData.amountsList=100,-${long}|orderId=12.5`;
    const result = decoded(pairs);
    expect(result.ok ? null : "issues" in result.error && result.error.issues).toEqual([
      { path: "/amount", code: "max-length", message: "must have at most 12 digits (N12)", received: long },
      {
        path: "/instalmentData/number",
        code: "max-length",
        message: "must have at most 2 digits (N2)",
        received: long,
      },
      {
        path: "/instalmentData/amountsList/1",
        code: "format",
        message: "must not be negative (N12)",
        received: `-${long}`,
      },
    ]);
    // A value that is no integer in digits is still one of the wrong type.
    const decimal = decoded(MINIMAL_RESPONSE.replace("amount=1000", "amount=12.5"));
    expect(decimal.ok ? null : "issues" in decimal.error && decimal.error.issues).toEqual([
      { path: "/amount", code: "type", message: "must be an integer", received: "12.5" },
    ]);
  });

  test("an integer too long to be typed, of a field without a numeric format, names the typing's limit, not no integer", () => {
    // As captureDay is: an integer whose pages give it no format.
    const fields = [
      { name: "captureDay", type: "integer", format: null, fields: null, items: null },
    ] as unknown as readonly FieldDescriptor[];
    const typeIssue = (received: string) =>
      ({ path: "/captureDay", code: "type", message: "must be an integer", received }) as const;
    for (const long of ["1234567890123456", "-1234567890123456"])
      expect(integerTextIssue(fields, typeIssue(long))).toEqual({
        path: "/captureDay",
        code: "max-length",
        message: "must have at most 15 digits, as a number holds exactly",
        received: long,
      });
    // Text that is no integer in digits, and digits a number holds (not left as text by the decoder), are as they were.
    for (const other of ["12.5", "123456789012345"])
      expect(integerTextIssue(fields, typeIssue(other))).toEqual(typeIssue(other));
  });

  test("an integer too long to be typed, of a field with a format, names that format's rule, as its validator does", () => {
    // The validator and the schema read any format of an integer as its digits (AN5 as N5); a format longer than the
    // typing (N18) is not what a text of 16 digits breaks.
    const fields = [
      { name: "counter", type: "integer", format: "AN5", fields: null, items: null },
      { name: "reference", type: "integer", format: "N18", fields: null, items: null },
    ] as unknown as readonly FieldDescriptor[];
    const typeIssue = (path: string, received: string) =>
      ({ path, code: "type", message: "must be an integer", received }) as const;
    const long = "1234567890123456";
    expect(integerTextIssue(fields, typeIssue("/counter", long))).toEqual({
      path: "/counter",
      code: "max-length",
      message: "must have at most 5 digits (N5)",
      received: long,
    });
    expect(integerTextIssue(fields, typeIssue("/counter", `-${long}`))).toMatchObject({
      code: "format",
      message: "must not be negative (N5)",
    });
    expect(integerTextIssue(fields, typeIssue("/reference", long))).toEqual({
      path: "/reference",
      code: "max-length",
      message: "must have at most 15 digits, as a number holds exactly",
      received: long,
    });
    expect(integerTextIssue(fields, typeIssue("/reference", `${long}789`))).toMatchObject({
      code: "max-length",
      message: "must have at most 18 digits (N18)",
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
