// Behaviour of the generated validators, through the `operations` registry
// and the named exports.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatIssue,
  isPaymentTokenInitializeRequest,
  operations,
  validatePaymentTokenInitializeRequest,
  validatePaymentTokenInitializeResponse,
  type ValidationIssue,
} from "../../generated/index.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";
import { validRequest, validResponse } from "./samples.js";

const { request, response } = operations.paymentTokenInitialize;
const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path} ${i.code}`);
const errorsOf = (result: ReturnType<typeof request.validate> | ReturnType<typeof response.validate>) =>
  result.ok ? [] : codes(result.errors);

describe("requests", () => {
  test("a valid request passes, returned as the same object", () => {
    const message = validRequest();
    const result = request.validate(message);
    expect(result).toEqual({ ok: true, value: message, warnings: [] });
    expect(result.ok && result.value).toBe(message);
    expect(isPaymentTokenInitializeRequest(message)).toBe(true);
  });

  test.each([
    ["a required field missing", { sdkVersion: undefined }, ["/sdkVersion required"]],
    ["a string field with a number", { merchantId: 2001 }, ["/merchantId type"]],
    ["an integer field with a string", { keyVersion: "1" }, ["/keyVersion type"]],
    ["an integer field with a fraction", { keyVersion: 1.5 }, ["/keyVersion type"]],
    ["null is not absent", { customerIpAddress: null }, ["/customerIpAddress type"]],
    ["a value outside its list", { sdkOperationName: "CARD_ORDER" }, ["/sdkOperationName unknown-value"]],
    ["another operation's interface prefix", { interfaceVersion: "IR_WS_2.55" }, ["/interfaceVersion interface-version"]],
    ["a prefix without a version", { interfaceVersion: "IR_MB_" }, ["/interfaceVersion interface-version"]],
    ["a version without a minor part", { interfaceVersion: "IR_MB_2" }, ["/interfaceVersion interface-version"]],
    ["an unknown seal algorithm", { sealAlgorithm: "HMAC-SHA-1" }, ["/sealAlgorithm unknown-value"]],
    ["an unknown field", { amount: 100 }, ["/amount unknown-field"]],
    ["a field name needing escapes", { "a/b~c": 1 }, ["/a~1b~0c unknown-field"]],
  ])("%s", (_, change, want) => {
    const message: Record<string, unknown> = { ...validRequest(), ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete message[key];
    expect(errorsOf(request.validate(message))).toEqual(want);
    expect(request.is(message)).toBe(false);
  });

  test("all errors are collected at once, in field order", () => {
    const result = validatePaymentTokenInitializeRequest({ keyVersion: "x", sdkOperationName: 3, extra: true });
    expect(errorsOf(result)).toEqual([
      "/interfaceVersion required",
      "/keyVersion type",
      "/merchantId required",
      "/sdkOperationName type",
      "/sdkVersion required",
      "/seal required",
      "/extra unknown-field",
    ]);
  });

  test("strict does not relax or change requests", () => {
    expect(errorsOf(request.validate({ ...validRequest(), extra: 1 }, { strict: false }))).toEqual(["/extra unknown-field"]);
  });

  test("messages say what was expected, the value received as it is; formatIssue does not echo long values", () => {
    const long = "y".repeat(10_000);
    const result = request.validate({ ...validRequest(), merchantId: 7, sdkVersion: "x".repeat(10_000), sdkOperationName: long });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    // The values the list takes are named (unknown-value-named.test.ts holds which and how, whole or three and a
    // count as the list grows: a page's release adds one); the value received never is.
    const listed = expect.stringMatching(/^must be one of the SdkOperationName values \(.+\)$/);
    expect(errors.map((e) => [e.message, e.received])).toEqual([
      ["must be a string", 7],
      [listed, long],
    ]);
    expect(errors[1]?.received).toBe(long);
    expect(errors.map(formatIssue)).toEqual([
      "/merchantId must be a string, got number 7",
      `/sdkOperationName ${errors[1]?.message}, got a string of 10000 characters`,
    ]);
  });

  test("nothing is received for a missing field, nor for an unknown one (it may be a card number)", () => {
    const { sdkVersion: _, ...missing } = validRequest();
    const result = request.validate({ ...missing, amount: 100 });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: "/sdkVersion", code: "required", message: "is required" },
      { path: "/amount", code: "unknown-field", message: "is not a field of this message" },
    ]);
  });
});

describe("responses are forward compatible", () => {
  test("a valid response passes", () => {
    expect(response.validate(validResponse())).toEqual({ ok: true, value: validResponse(), warnings: [] });
  });

  test("an unknown field is a warning, an error when strict", () => {
    const message = { ...validResponse(), redirectionData: "abc" };
    const lenient = validatePaymentTokenInitializeResponse(message);
    expect(lenient.ok).toBe(true);
    expect(codes(lenient.warnings)).toEqual(["/redirectionData unknown-field"]);
    expect(errorsOf(response.validate(message, { strict: true }))).toEqual(["/redirectionData unknown-field"]);
  });

  test("an unknown status code is a warning, an error when strict", () => {
    const message = { ...validResponse(), redirectionStatusCode: "42" };
    const lenient = response.validate(message);
    expect(lenient.ok && codes(lenient.warnings)).toEqual(["/redirectionStatusCode unknown-value"]);
    expect(errorsOf(response.validate(message, { strict: true }))).toEqual(["/redirectionStatusCode unknown-value"]);
  });

  test("a wrong type or a missing seal is an error even when lenient", () => {
    const { seal: _, ...unsealed } = validResponse();
    expect(errorsOf(response.validate({ ...unsealed, redirectionUrl: 1 }))).toEqual(["/seal required", "/redirectionUrl type"]);
  });
});

/**
 * Draws of the properties on anything (test/support/property-runs.ts): on the fixed seed their counters (every kind
 * of value, issues with and without a value; each field given another type, values of a field's type accepted and
 * refused) hold from 50 draws.
 */
const ARBITRARY_QUICK = 200;
const ARBITRARY_DEEP = 2000;

/** The kinds of value fc.anything draws, as the validators tell them apart. */
const KINDS = ["array", "boolean", "null", "null-prototype object", "number", "object", "string", "undefined"];

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value !== "object") return typeof value;
  return Object.getPrototypeOf(value) === null ? "null-prototype object" : "object";
}

describe("hostile input never throws and is never accepted", () => {
  const cyclic: Record<string, unknown> = { ...validRequest() };
  cyclic["self"] = cyclic;
  const throwingGetter = Object.defineProperty(validRequest(), "seal", {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
  const throwingProxy = new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error("trap");
      },
    },
  );

  test.each([
    ["null", null, " not-an-object"],
    ["undefined", undefined, " not-an-object"],
    ["a number", 42, " not-an-object"],
    ["a string", "{}", " not-an-object"],
    ["an array", [validRequest()], " not-an-object"],
    ["a function", () => validRequest(), " not-an-object"],
    ["a Date", new Date(0), " not-an-object"],
    ["a class instance", new (class Message {})(), " not-an-object"],
    ["a throwing proxy", throwingProxy, " unreadable"],
    ["a throwing getter", throwingGetter, " unreadable"],
  ])("%s", (_, input, code) => {
    for (const descriptor of [request, response]) {
      const result = descriptor.validate(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : codes(result.errors)).toContain(code);
    }
  });

  test("an own __proto__ key from JSON.parse is an unknown field", () => {
    const message = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(validRequest()).slice(1)}`) as unknown;
    expect(errorsOf(request.validate(message))).toEqual(["/__proto__ unknown-field"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("a cyclic object is reported, not followed", () => {
    expect(errorsOf(request.validate(cyclic))).toEqual(["/self unknown-field"]);
  });

  test("an object without prototype is a plain object", () => {
    const message = Object.assign(Object.create(null) as object, validRequest());
    expect(request.validate(message).ok).toBe(true);
  });

  test("arbitrary values: never throws, never accepts a non-object, and every issue reads and serializes", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        met.add(kindOf(value));
        for (const descriptor of [request, response]) {
          const result = descriptor.validate(value);
          if (typeof value !== "object" || value === null || Array.isArray(value)) expectSame(result.ok, false);
          for (const issue of [...(result.ok ? [] : result.errors), ...result.warnings]) {
            met.add("received" in issue ? "an issue with its value" : "an issue without a value");
            expectEqual(Object.keys({ ...issue }), ["path", "code", "message", ...("received" in issue ? ["received"] : [])]);
            expectSame(typeof issue.message, "string");
            expectSame(typeof formatIssue(issue), "string");
          }
          // Throws, failing the property, if the result does not serialize.
          JSON.stringify(result);
        }
      }),
      drawOf(ARBITRARY_QUICK, ARBITRARY_DEEP),
    );
    // Every kind of value, and issues that carry the value and that do not.
    expect([...met].sort()).toEqual([...KINDS, "an issue with its value", "an issue without a value"].sort());
  });

  test("a revoked proxy as a field value: not received (an object may hold anything), and the issue still renders", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const result = request.validate({ ...validRequest(), merchantId: revoked.proxy });
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.errors[0];
    expect(issue).not.toHaveProperty("received");
    expect(issue && formatIssue(issue)).toBe("/merchantId must be a string");
  });

  test("valid requests with one field replaced by anything: never throws, and a non-string is refused", () => {
    const names = request.fields.map((f) => f.name);
    const met = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.anything(), (name, value) => {
        const message = { ...validRequest(), [name]: value };
        const result = request.validate(message);
        const field = request.fields.find((f) => f.name === name);
        const expectedType = field?.type === "integer" ? "number" : "string";
        if (value !== undefined && typeof value !== expectedType) {
          met.add(`${name}: another type`);
          expectSame(result.ok, false);
        } else if (value !== undefined) met.add(`of its type, ${result.ok ? "accepted" : "refused"}`);
      }),
      drawOf(ARBITRARY_QUICK, ARBITRARY_DEEP),
    );
    // Each field given a value of another type; and values of the field's type, accepted and refused (by format).
    for (const name of names) expect(met).toContain(`${name}: another type`);
    expect(met).toContain("of its type, accepted");
    expect(met).toContain("of its type, refused");
  });
});
