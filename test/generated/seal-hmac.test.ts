// The seal's HMAC from two one-shot digests (runtime/seal-hmac.ts) against
// RFC 4231's values and against createHmac: the same hex for every key and
// text, on both sides of each limit of its own path (a key of a block or less
// of ASCII) and through the keys it hands to createHmac.
import { createHmac } from "node:crypto";
import { createRequire, syncBuiltinESMExports } from "node:module";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hmacHex, LONGEST_HMAC_TEXT } from "../../generated/runtime/seal-hmac.js";
import { computeSeal, verifySeal } from "../../generated/index.js";
import { drawOf } from "../support/property-runs.js";

const keyed = (hash: string, key: string, text: string): string =>
  createHmac(hash, key).update(text, "utf8").digest("hex");

/** Each hash with its block, in characters of an ASCII key. */
const HASHES = [
  ["sha256", 64],
  ["sha512", 128],
] as const;

describe("RFC 4231", () => {
  // Test cases 1 and 2, whose keys and data are ASCII text.
  test.each([
    [
      "\x0b".repeat(20),
      "Hi There",
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
      "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
    ],
    [
      "Jefe",
      "what do ya want for nothing?",
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
      "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    ],
  ])("key %j", (key, text, sha256, sha512) => {
    expect(hmacHex("sha256", key, text)).toBe(sha256);
    expect(hmacHex("sha512", key, text)).toBe(sha512);
    expect(computeSeal(text, key, "HMAC-SHA-256")).toBe(sha256);
    expect(computeSeal(text, key, "HMAC-SHA-512")).toBe(sha512);
  });
});

describe.each(HASHES)("%s: createHmac's hex", (hash, block) => {
  const text = "192.0.2.10IR_MB_2.55002001000000001CARDORDER2.0.4 é€😀";
  test("a key one short of its block, of its block and one past it (hashed first, by createHmac)", () => {
    for (const length of [1, block - 1, block, block + 1, 2 * block + 1]) {
      const key = "k".repeat(length);
      expect(hmacHex(hash, key, text)).toBe(keyed(hash, key, text));
    }
  });

  test("every ASCII character in a key, and the first characters past ASCII (createHmac's: two bytes in UTF-8)", () => {
    for (let code = 0; code < 0x100; code++) {
      const key = `key${String.fromCharCode(code)}`;
      expect(hmacHex(hash, key, text)).toBe(keyed(hash, key, text));
    }
    const long = `${"k".repeat(block - 1)}é`; // a block of characters, one byte more in UTF-8
    expect(hmacHex(hash, long, text)).toBe(keyed(hash, long, text));
  });

  test("an empty text, and one with a lone surrogate (U+FFFD in UTF-8, as createHmac encodes it)", () => {
    for (const t of ["", "a\ud800b", "\udc00"]) expect(hmacHex(hash, "002001000000001_KEY1", t)).toBe(keyed(hash, "002001000000001_KEY1", t));
  });

  test("a call after one that handed its key to createHmac midway, or after a key of a whole block: nothing of theirs is left in the pads", () => {
    const key = "002001000000001_KEY1";
    const want = keyed(hash, key, text);
    for (const before of ["é".repeat(3), "x".repeat(block), "y".repeat(block + 1)]) {
      hmacHex(hash, before, text);
      expect(hmacHex(hash, key, text)).toBe(want);
    }
  });
});

test("any key and text: createHmac's hex, on both paths", () => {
  const reached = { ascii: 0, long: 0, other: 0 };
  const ascii = fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c));
  const key = fc.oneof(
    fc.string({ unit: ascii, minLength: 1, maxLength: 130 }),
    // Past either block, which the sizes fast-check favours seldom reach.
    fc.string({ unit: ascii, minLength: 65, maxLength: 260 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
  );
  fc.assert(
    fc.property(key, fc.string({ unit: "binary" }), fc.constantFrom(...HASHES), (k, text, [hash, block]) => {
      const isAscii = [...k].every((c) => c.charCodeAt(0) <= 0x7f);
      reached[!isAscii ? "other" : k.length > block ? "long" : "ascii"] += 1;
      const want = keyed(hash, k, text);
      if (hmacHex(hash, k, text) !== want) expect(hmacHex(hash, k, text)).toBe(want);
    }),
    drawOf(300, 5000),
  );
  expect(Object.values(reached).every((n) => n > 0), JSON.stringify(reached)).toBe(true);
});

test("a seal computed so verifies, and one of createHmac's verifies", () => {
  const text = "amount=1000|currencyCode=978";
  for (const algorithm of ["HMAC-SHA-256", "HMAC-SHA-512"] as const) {
    const hash = algorithm === "HMAC-SHA-256" ? "sha256" : "sha512";
    expect(computeSeal(text, "002001000000001_KEY1", algorithm)).toBe(keyed(hash, "002001000000001_KEY1", text));
    expect(verifySeal(text, keyed(hash, "002001000000001_KEY1", text), "002001000000001_KEY1", algorithm)).toBe(true);
  }
});

describe("a text past LONGEST_HMAC_TEXT: createHmac's, with no copy of it made behind a pad", () => {
  // createHmac counted in the module node's ESM exports follow (the runtime's import is a live binding), as
  // key-rotation.test.ts counts it; put back after.
  const crypto = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  const original = crypto.createHmac;
  let keyed = 0;
  beforeAll(() => {
    crypto.createHmac = ((...args: Parameters<typeof original>) => {
      keyed++;
      return original(...args);
    }) as typeof original;
    syncBuiltinESMExports();
  });
  afterAll(() => {
    crypto.createHmac = original;
    syncBuiltinESMExports();
  });

  test.each(HASHES)("%s", (hash) => {
    const key = "002001000000001_KEY1";
    for (const [length, calls] of [
      [LONGEST_HMAC_TEXT, 0],
      [LONGEST_HMAC_TEXT + 1, 1],
    ] as const) {
      const text = "é".repeat(length);
      const want = original(hash, key).update(text, "utf8").digest("hex");
      keyed = 0;
      expect(hmacHex(hash, key, text)).toBe(want);
      expect(keyed).toBe(calls);
    }
  });
});
