// decodePaypagePost and isPaypageResponseGenuine: which seal algorithm
// verifies (pinned, named, the POST default), and Encode, decoded strictly
// once the seal verified.
import { describe, expect, test } from "vitest";
import { decodePaypagePost, type PaypageDecodeOptions } from "../../generated/runtime/paypage-response.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { MINIMAL_RESPONSE, postSeal, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";

const decode = (post: unknown, options?: PaypageDecodeOptions, key = TEST_KEY) =>
  decodePaypagePost(paypageResponse, post, key, options);

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

test("a genuine HMAC-sealed form decoded with nothing pinned and no SealAlgorithm named says to pin the algorithm", () => {
  const { SealAlgorithm: _, ...form } = sealedForm(MINIMAL_RESPONSE, { algorithm: "HMAC-SHA-256" });
  expect(decode(form)).toMatchObject({
    ok: false,
    error: {
      kind: "seal-mismatch",
      message: expect.stringMatching(
        /pins none, so SHA-256 was used: pin the algorithm your requests are sealed with; if every response fails so, check secretKey against the keyVersion/,
      ),
    },
  });
  // Where an algorithm was pinned or named, the mismatch is the key's or the seal's: no such advice.
  for (const options of [{ sealAlgorithm: "HMAC-SHA-512" }, {}] as const) {
    const named = options.sealAlgorithm === undefined ? { ...form, SealAlgorithm: "HMAC-SHA-512" } : form;
    const result = decode(named, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain("pin the algorithm");
  }
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
