// Key rotation: while a new secret key replaces an old one, a shop decodes
// Paypage responses with the keys it holds, newest first. Every key is tried
// against the seal whichever matches (counted here at node:crypto, the one
// place a seal is computed), the result says which verified, a post never
// throws and a bad list of keys is a programmer error.
import { createRequire, syncBuiltinESMExports } from "node:module";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import type { PaypageResponseResult } from "../../generated/runtime/paypage-response-result.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { type Algorithm, MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";
import { sealKeyIndex } from "../../generated/runtime/seal.js";
import { drawOf } from "../support/property-runs.js";

/**
 * The seals node:crypto computes, one per key tried: its HMAC and hash wrapped while this file runs, in the
 * module node's ESM exports are kept in step with (the runtime's imports of them are live bindings). No module
 * is mocked: the tests share their workers' modules.
 */
const crypto = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
const { createHmac, hash } = crypto;
let sealsComputed = 0;
beforeAll(() => {
  crypto.createHmac = (...args: Parameters<typeof createHmac>) => {
    sealsComputed++;
    return createHmac(...args);
  };
  crypto.hash = ((...args: Parameters<typeof hash>) => {
    // A seal's last digest, the one written as hex: an HMAC's inner digest (runtime/seal-hmac.ts) is not a seal.
    if (args[2] === "hex") sealsComputed++;
    return hash(...args);
  }) as typeof hash;
  syncBuiltinESMExports();
});
afterAll(() => {
  Object.assign(crypto, { createHmac, hash });
  syncBuiltinESMExports();
});

const OLD = TEST_KEY;
const NEW = "002001000000001_KEY2";
const OTHER = "002001000000001_KEY3";
const decode = (post: unknown, keys: string | readonly string[], options = {}) =>
  decodePaypagePost(paypageResponse, post, keys, options);
const kind = (result: PaypageResponseResult<unknown>) => (result.ok ? null : result.error.kind);

describe("the keys a shop holds, newest first", () => {
  const byOld = sealedForm(MINIMAL_RESPONSE, { key: OLD, algorithm: "HMAC-SHA-256" });
  const byNew = sealedForm(MINIMAL_RESPONSE, { key: NEW, algorithm: "HMAC-SHA-256" });
  const pinned = { sealAlgorithm: "HMAC-SHA-256" } as const;

  test("one key, as before: index 0", () => {
    expect(decode(byOld, OLD, pinned)).toMatchObject({ ok: true, keyIndex: 0 });
    expect(kind(decode(byNew, OLD, pinned))).toBe("seal-mismatch");
  });

  test("a response sealed with the old key or the new one verifies, and says which", () => {
    expect(decode(byNew, [NEW, OLD], pinned)).toMatchObject({ ok: true, keyIndex: 0 });
    expect(decode(byOld, [NEW, OLD], pinned)).toMatchObject({ ok: true, keyIndex: 1 });
    expect(isPaypageResponseGenuine(byOld, [NEW, OLD], pinned)).toBe(true);
    expect(decode(byOld, [NEW], pinned)).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
    expect(isPaypageResponseGenuine(byOld, [NEW, OTHER], pinned)).toBe(false);
    // A key given twice: the first of them.
    expect(decode(byOld, [NEW, OLD, OLD], pinned)).toMatchObject({ ok: true, keyIndex: 1 });
  });

  test("a genuine response that is not a valid message says which key and algorithm verified it, as an accepted one does", () => {
    const strict = { ...pinned, strict: true };
    for (const [form, keyIndex] of [
      [sealedForm(`${MINIMAL_RESPONSE}|newField=1`, { key: NEW, algorithm: "HMAC-SHA-256" }), 0],
      [sealedForm(`${MINIMAL_RESPONSE}|newField=1`, { key: OLD, algorithm: "HMAC-SHA-256" }), 1],
    ] as const) {
      expect(decode(form, [NEW, OLD], strict)).toEqual({
        ok: false,
        error: expect.objectContaining({
          kind: "invalid-response",
          sealAlgorithm: "HMAC-SHA-256",
          keyIndex,
          interfaceVersion: "HP_2.0",
        }),
      });
      // The same facts as the accepted response that the same post is, read leniently.
      const accepted = decode(form, [NEW, OLD], pinned);
      expect(accepted).toMatchObject({ ok: true, sealAlgorithm: "HMAC-SHA-256", keyIndex, interfaceVersion: "HP_2.0" });
    }
  });

  test("a genuine post whose Data cannot be read says it too; one refused before its seal verified says none of it", () => {
    const pairsBroken = sealedForm(`${MINIMAL_RESPONSE}|noEquals`, { key: OLD, algorithm: "HMAC-SHA-256" });
    expect(decode(pairsBroken, [NEW, OLD], pinned)).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: "malformed",
        sealAlgorithm: "HMAC-SHA-256",
        keyIndex: 1,
        interfaceVersion: "HP_2.0",
      }),
    });
    // Encode lies outside the seal: a genuine Data said to be base64 that is not.
    const notBase64 = { ...sealedForm(MINIMAL_RESPONSE, { key: NEW, algorithm: "HMAC-SHA-256" }), Encode: "base64" };
    expect(decode(notBase64, [NEW, OLD], pinned)).toMatchObject({
      ok: false,
      error: { kind: "malformed", keyIndex: 0 },
    });
    const noData = decode({ Seal: "0".repeat(64) }, [NEW, OLD], pinned);
    expect(noData.ok ? null : Object.keys(noData.error).sort()).toEqual(["issues", "kind", "message"]);
  });

  test("every key is tried, whichever verifies: no early exit for the time to tell", () => {
    for (const form of [byNew, byOld, sealedForm(MINIMAL_RESPONSE, { key: OTHER, algorithm: "HMAC-SHA-256" })]) {
      sealsComputed = 0;
      decode(form, [NEW, OLD, `${OTHER}x`], pinned);
      expect(sealsComputed).toBe(3);
      sealsComputed = 0;
      isPaypageResponseGenuine(form, [NEW, OLD, `${OTHER}x`], pinned);
      expect(sealsComputed).toBe(3);
    }
  });

  test("the list is read once, when the call is made", () => {
    const keys = [NEW, OLD];
    const result = decode(byOld, keys, pinned);
    keys.length = 0;
    expect(result).toMatchObject({ ok: true, keyIndex: 1 });
  });
});

describe("a list of keys that cannot work is a programmer error, never shown", () => {
  test.each([
    { given: "an empty list", keys: [] },
    { given: "an empty key", keys: [NEW, ""] },
    { given: "a key with a lone surrogate", keys: [NEW, "a\uD800"] },
    { given: "a key that is not a string", keys: [NEW, 1] },
    { given: "a hole", keys: Object.assign([NEW], { 2: OLD }) },
    { given: "an object", keys: { 0: NEW, length: 1 } },
    { given: "null", keys: null },
  ])("$given: TypeError", ({ keys }) => {
    for (const call of [
      () => decode(sealedForm(MINIMAL_RESPONSE), keys as never),
      () => isPaypageResponseGenuine(sealedForm(MINIMAL_RESPONSE), keys as never),
    ]) {
      expect(call).toThrow(TypeError);
      try {
        call();
      } catch (error) {
        expect(String(error)).not.toContain(NEW);
      }
    }
  });

  test("whatever the post", () => {
    expect(() => decode("not a form", [])).toThrow(TypeError);
    expect(() => decode(undefined, [NEW, 0] as never)).toThrow(TypeError);
  });
});

/** Keys from a few letters, so that a list holds the same key twice now and then. */
const key = fc.string({ unit: fc.constantFrom("a", "b", "K"), minLength: 1, maxLength: 2 });
const ROTATIONS = [300, 2000] as const;

test("a post verifies with a list of keys exactly when it was sealed with one of them, and names the first", () => {
  const met = new Set<string>();
  fc.assert(
    fc.property(
      fc.array(key, { minLength: 1, maxLength: 4 }),
      key,
      fc.constantFrom<Algorithm>("SHA-256", "HMAC-SHA-256", "HMAC-SHA-512"),
      fc.boolean(),
      (keys, sealer, algorithm, pin) => {
        const form = sealedForm(MINIMAL_RESPONSE, { key: sealer, algorithm, nameAlgorithm: true });
        const options = pin ? { sealAlgorithm: algorithm } : {};
        const result = decode(new URLSearchParams(form).toString(), keys, options);
        const want = keys.indexOf(sealer);
        met.add(want < 0 ? "refused" : want === 0 ? "first" : "older");
        if (want < 0) expect(kind(result)).toBe("seal-mismatch");
        else expect(result).toMatchObject({ ok: true, keyIndex: want, sealAlgorithm: algorithm });
        expect(isPaypageResponseGenuine(form, keys, options)).toBe(want >= 0);
      },
    ),
    drawOf(...ROTATIONS),
  );
  expect([...met].sort()).toEqual(["first", "older", "refused"]);
});

test("sealKeyIndex, for a seal over a string worked out by the shop's own code: the first key that sealed it, -1 for none", () => {
  const data = "a=1|b=2";
  const seal = sealedForm(data, { key: OLD, algorithm: "HMAC-SHA-512" })["Seal"] ?? "";
  expect(sealKeyIndex(data, seal, OLD, "HMAC-SHA-512")).toBe(0);
  expect(sealKeyIndex(data, seal.toUpperCase(), [NEW, OLD, OLD], "HMAC-SHA-512")).toBe(1);
  expect(sealKeyIndex(data, seal, [NEW], "HMAC-SHA-512")).toBe(-1);
  expect(sealKeyIndex(data, seal, NEW, "HMAC-SHA-512")).toBe(-1);
  expect(sealKeyIndex(data, undefined, [NEW, OLD], "HMAC-SHA-512")).toBe(-1);
  expect(() => sealKeyIndex(data, seal, [], "HMAC-SHA-512")).toThrow(TypeError);
  expect(() => sealKeyIndex(data, seal, [OLD], "MD5" as never)).toThrow(TypeError);
});
