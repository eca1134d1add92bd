// The generated seal helpers against every published value of the Sips seal
// rule, and the behaviour of verify.
import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { sealKeyIndex } from "../../generated/runtime/seal.js";
import {
  computeSeal,
  genericSealingString,
  operations,
  PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS,
  PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS,
  paymentTokenInitializeRequestSealingString,
  sealPaymentTokenInitializeRequest,
  verifyPaymentTokenInitializeResponse,
} from "../../generated/index.js";
import { SECRET_KEY, unsealedRequest, validResponse } from "./samples.js";

const { request, response } = operations.paymentTokenInitialize;

describe("published values", () => {
  test("HMAC-SHA-256 of 'This is a test!' with superSafeSecretKey (Java and Node SDK tests)", () => {
    expect(computeSeal("This is a test!", "superSafeSecretKey", "HMAC-SHA-256")).toBe(
      "198e5f278e3f8548e174e84492953c4871732278b7e2aa2cbf20bb1ab85914ea",
    );
    expect(computeSeal("This is a test!", "superSafeSecretKey")).toBe(
      "198e5f278e3f8548e174e84492953c4871732278b7e2aa2cbf20bb1ab85914ea",
    );
  });

  test("SHA-256 appends the secret to the data (POST interface example)", () => {
    const data =
      "amount=1234|currencyCode=978|merchantId=002001000000001|normalReturnUrl=http://www.normalreturnurl.com|transactionReference=marlon1|keyVersion=1";
    expect(computeSeal(data, "002001000000001_KEY1", "SHA-256")).toBe(
      "65421e720d149e8a79bdc9a29f6c462ed199b78f32e558c6c5fc15f0084e5384",
    );
  });

  test("HMAC-SHA-512 and HMAC-SHA-256 against RFC 4231 test case 2", () => {
    expect(computeSeal("what do ya want for nothing?", "Jefe", "HMAC-SHA-512")).toBe(
      "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    );
    expect(computeSeal("what do ya want for nothing?", "Jefe", "HMAC-SHA-256")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  // The Paypage request of the SDK tests: fields this operation does not know,
  // so the sealing string comes from the generic rule.
  const paypage = {
    amount: 10,
    automaticResponseUrl: "http://test.com",
    customerId: "customerId",
    interfaceVersion: "IR_WS_2.35",
    templateName: "customCSS.css",
    keyVersion: 200,
  };

  test("a Paypage request: values sorted by field name, keyVersion left out", () => {
    const want = "10http://test.comcustomerIdIR_WS_2.35customCSS.css";
    expect(genericSealingString(paypage, new Set(["keyVersion", "seal", "sealAlgorithm"]))).toBe(want);
    expect(request.sealingString(paypage as never)).toBe(want);
  });

  test("containers flattened in place with their own fields sorted", () => {
    const message = {
      ...paypage,
      customerAddress: { city: "customerCity", businessName: "customerBusinessName" },
      customerContact: { firstName: "firstName", lastName: "lastName" },
      deliveryAddress: { zipcode: "deliveryZipcode", company: "deliveryCompany" },
    };
    expect(request.sealingString(message as never)).toBe(
      "10http://test.comcustomerBusinessNamecustomerCityfirstNamelastNamecustomerIddeliveryCompanydeliveryZipcodeIR_WS_2.35customCSS.css",
    );
  });

  test("a list contributes its items in order, at the list's position", () => {
    const message = { ...paypage, paymentMeanBrandList: ["BCMC", "VISA"] };
    expect(request.sealingString(message as never)).toBe("10http://test.comcustomerIdIR_WS_2.35BCMCVISAcustomCSS.css");
  });
});

describe("paymentTokenInitialize sealing order", () => {
  test("the seal field orders are the message's fields, sorted, minus the platform's exclusions", () => {
    const rule = (fields: readonly { name: string }[], exclude: readonly string[]) =>
      fields.map((f) => f.name).filter((name) => !exclude.includes(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS).toEqual(rule(request.fields, ["keyVersion", "sealAlgorithm", "seal"]));
    expect(PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS).toEqual(rule(response.fields, ["seal"]));
    expect(request.sealFields).toBe(PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS);
  });

  test("a request's sealing string: present values in that order, nothing else", () => {
    const message = { ...unsealedRequest(), sealAlgorithm: "HMAC-SHA-256" as const, intermediateServiceProviderId: "isp" };
    expect(paymentTokenInitializeRequestSealingString(message)).toBe("192.0.2.10IR_MB_2.55isp002001000000001CARDORDER2.0.4");
  });

  test("the fast path and the generic rule agree", () => {
    const message = { ...unsealedRequest(), seal: "ignored", keyVersion: 3 };
    expect(request.sealingString(message)).toBe(genericSealingString(message, new Set(["keyVersion", "seal", "sealAlgorithm"])));
  });

  test("seal uses the message's sealAlgorithm unless told otherwise", () => {
    const text = paymentTokenInitializeRequestSealingString(unsealedRequest());
    expect(sealPaymentTokenInitializeRequest(unsealedRequest(), SECRET_KEY)).toBe(computeSeal(text, SECRET_KEY, "HMAC-SHA-256"));
    const sha512 = { ...unsealedRequest(), sealAlgorithm: "HMAC-SHA-512" as const };
    expect(request.seal(sha512, SECRET_KEY)).toBe(computeSeal(text, SECRET_KEY, "HMAC-SHA-512"));
    expect(request.seal(sha512, SECRET_KEY, "SHA-256")).toBe(computeSeal(text, SECRET_KEY, "SHA-256"));
  });
});

describe("verify", () => {
  const sealed = () => {
    const message = validResponse();
    return { ...message, seal: response.seal(message, SECRET_KEY) };
  };

  test("accepts the right seal, in either hex case", () => {
    expect(response.verify(sealed(), SECRET_KEY)).toBe(true);
    expect(verifyPaymentTokenInitializeResponse({ ...sealed(), seal: sealed().seal.toUpperCase() }, SECRET_KEY)).toBe(true);
  });

  test("a response from a newer Sips version: unknown fields are covered by the seal", () => {
    const newer: Record<string, unknown> = { ...validResponse(), redirectionData: "opaque", extra: { b: "2", a: "1" } };
    newer["seal"] = computeSeal(genericSealingString(newer, new Set(["seal"])), SECRET_KEY);
    expect(response.verify(newer as never, SECRET_KEY)).toBe(true);
    expect(response.verify({ ...newer, redirectionData: "tampered" } as never, SECRET_KEY)).toBe(false);
  });

  test.each([
    ["a changed field", { redirectionStatusCode: "99" }],
    ["an added field", { redirectionData: "x" }],
    ["a removed field", { redirectionUrl: undefined }],
    ["no seal", { seal: undefined }],
    ["a seal that is not a string", { seal: 123 }],
    ["a seal of the wrong length", { seal: "abc" }],
    ["a seal that is not hexadecimal", { seal: "z".repeat(64) }],
    ["a seal of the wrong length", { seal: "0".repeat(128) }],
  ])("refuses %s", (_, change) => {
    const message: Record<string, unknown> = { ...sealed(), ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete message[key];
    expect(response.verify(message as never, SECRET_KEY)).toBe(false);
  });

  test("refuses the wrong key and the wrong algorithm", () => {
    expect(response.verify(sealed(), "002001000000002_KEY1")).toBe(false);
    expect(response.verify(sealed(), SECRET_KEY, "SHA-256")).toBe(false);
    // A well-formed seal of the same content with another algorithm (same length): refused.
    const message = validResponse();
    const withSha256 = { ...message, seal: computeSeal(response.sealingString(message), SECRET_KEY, "SHA-256") };
    expect(withSha256.seal).toHaveLength(64);
    expect(response.verify(withSha256, SECRET_KEY)).toBe(false);
    expect(response.verify(withSha256, SECRET_KEY, "SHA-256")).toBe(true);
  });

  test("is false, not an exception, when reading the message throws", () => {
    const throwing = (key: string) =>
      Object.defineProperty(sealed(), key, {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      });
    for (const key of ["seal", "sealAlgorithm", "redirectionUrl"]) expect(response.verify(throwing(key) as never, SECRET_KEY)).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(response.verify(revoked.proxy as never, SECRET_KEY)).toBe(false);
  });

  test("is false, not an exception, for non-objects and cyclic messages", () => {
    for (const value of [null, undefined, 1, "seal", []]) expect(response.verify(value as never, SECRET_KEY)).toBe(false);
    const cyclic: Record<string, unknown> = sealed();
    cyclic["self"] = cyclic;
    expect(response.verify(cyclic as never, SECRET_KEY)).toBe(false);
  });
});

describe("only the message's own fields name its algorithm and carry its seal", () => {
  /** Runs `check` with `value` set on Object.prototype under `key`, as a polluted prototype would hold it. */
  const polluted = (key: string, value: unknown, check: () => void) => {
    Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
    try {
      check();
    } finally {
      delete (Object.prototype as Record<string, unknown>)[key];
    }
  };

  test("a sealAlgorithm inherited from Object.prototype is not the message's: seal and verify use the default", () => {
    const message = unsealedRequest();
    const text = paymentTokenInitializeRequestSealingString(message);
    const sealedResponse = { ...validResponse(), seal: response.seal(validResponse(), SECRET_KEY) };
    polluted("sealAlgorithm", "SHA-256", () => {
      expect(request.seal(message, SECRET_KEY)).toBe(computeSeal(text, SECRET_KEY, "HMAC-SHA-256"));
      expect(response.verify(sealedResponse, SECRET_KEY)).toBe(true);
    });
  });

  test("a seal inherited from Object.prototype is no seal: verify refuses the message, as validate does", () => {
    const { seal: _, ...unsealed } = validResponse();
    const seal = response.seal(unsealed, SECRET_KEY);
    expect(response.verify({ ...unsealed, seal }, SECRET_KEY)).toBe(true);
    polluted("seal", seal, () => {
      expect(response.validate(unsealed).ok).toBe(false);
      expect(response.verify(unsealed, SECRET_KEY)).toBe(false);
    });
  });
});

describe("secret keys", () => {
  test("a bad key is a TypeError that does not show the key", () => {
    for (const key of ["", undefined, 42]) {
      expect(() => computeSeal("data", key as never)).toThrow(TypeError);
    }
    const unknownAlgorithm = () => computeSeal("data", "secret-key-1", "MD5" as never);
    expect(unknownAlgorithm).toThrow(/unknown seal algorithm/);
    expect(unknownAlgorithm).not.toThrow(/secret-key-1/);
  });

  test("a key with a lone surrogate is refused as an empty key is: hashed as U+FFFD, it would seal as another key", () => {
    // Why: Node encodes a lone surrogate as U+FFFD, so the two keys give one HMAC.
    const hmac = (key: string) => createHmac("sha256", key).update("data").digest("hex");
    expect(hmac("a\uD800")).toBe(hmac("a\uFFFD"));
    for (const key of ["a\uD800", "\uDC00b"]) {
      expect(() => computeSeal("data", key)).toThrow(
        /^secretKey must be a non-empty string with no lone surrogate, got a string with a lone surrogate$/,
      );
      expect(() => sealKeyIndex("data", "00", [SECRET_KEY, key], "HMAC-SHA-256")).toThrow(/^secretKey\[1\] must be/);
    }
    // A surrogate pair is well-formed: an emoji in a key is a key.
    expect(computeSeal("data", "a\uD83D\uDE00")).toBe(hmac("a\u{1F600}"));
  });

  test("a cyclic message cannot be sealed, and the error does not show the key", () => {
    const cyclic: Record<string, unknown> = { ...unsealedRequest() };
    cyclic["loop"] = { back: cyclic };
    expect(() => request.seal(cyclic as never, SECRET_KEY)).toThrow(/cycle/);
    expect(() => request.seal(cyclic as never, SECRET_KEY)).not.toThrow(new RegExp(SECRET_KEY));
  });
});

describe("the generic rule orders names by code point", () => {
  // U+FFFF is one UTF-16 unit; U+10000 is two surrogates (0xD800 0xDC00), which sort first in UTF-16 order.
  const before = "\uFFFF";
  const after = "\u{10000}";

  test("a name past U+FFFF comes after one of U+E000 to U+FFFF, at the top and in a container", () => {
    expect(genericSealingString({ [after]: "2", [before]: "1", a: "0" }, new Set())).toBe("012");
    expect(genericSealingString({ c: { [after]: "2", [before]: "1" }, z: "3" }, new Set())).toBe("123");
  });

  test("a response with such unknown fields is sealed and verified by that order", () => {
    const { seal: _, ...known } = validResponse();
    // Both names sort after every ASCII one: the known fields' string, then U+FFFF's value, then U+10000's.
    const newer: Record<string, unknown> = { ...known, [after]: "2", [before]: "1" };
    expect(response.sealingString(newer as never)).toBe(`${response.sealingString(known)}12`);
    newer["seal"] = computeSeal(`${response.sealingString(known)}12`, SECRET_KEY);
    expect(response.verify(newer as never, SECRET_KEY)).toBe(true);
  });
});

describe("a lone surrogate has no UTF-8 form to seal", () => {
  const withText = (text: string) => ({ ...validResponse(), redirectionStatusMessage: `ok ${text}` });

  test("verify refuses a message sealed with U+FFFD where it now holds a lone surrogate", () => {
    const { seal: _, ...unsealed } = withText("\uFFFD");
    const sealed = { ...unsealed, seal: response.seal(unsealed, SECRET_KEY) };
    expect(response.verify(sealed, SECRET_KEY)).toBe(true);
    // The same JSON text with the character written as a lone surrogate's escape: another message.
    const changed = JSON.parse(JSON.stringify(sealed).replace("\uFFFD", "\\ud800")) as typeof sealed;
    expect(changed.redirectionStatusMessage).toBe("ok \uD800");
    expect(response.verify(changed, SECRET_KEY)).toBe(false);
  });

  test("seal throws a TypeError for a message holding one, and verify is false whatever its seal", () => {
    const { seal: _, ...unsealed } = withText("\uDC00");
    expect(() => response.seal(unsealed, SECRET_KEY)).toThrow(TypeError);
    const forged = { ...unsealed, seal: computeSeal(response.sealingString(unsealed), SECRET_KEY) };
    expect(response.verify(forged, SECRET_KEY)).toBe(false);
    // A pair is one character, sealed as its four UTF-8 bytes.
    const { seal: __, ...paired } = withText("\u{1F600}");
    expect(response.verify({ ...paired, seal: response.seal(paired, SECRET_KEY) }, SECRET_KEY)).toBe(true);
  });
});
