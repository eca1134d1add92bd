// The HMAC's shared pads (runtime/seal-hmac.ts) hold the key, XORed with a constant, while a seal is computed: they
// must be all zero once hmacHex returns or throws, on each of its paths. The buffer is private; the outer digest's
// input is a view of it, so crypto.hash is wrapped (in the module node's ESM exports follow, as
// key-rotation.test.ts wraps createHmac) to hold that view and read the whole buffer after each call.
import { createRequire, syncBuiltinESMExports } from "node:module";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hmacHex, LONGEST_HMAC_TEXT } from "../../generated/runtime/seal-hmac.js";

const crypto = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
const original = crypto.hash;
const KEY = "002001000000001_KEY1";
const TEXT = "amount=1000|currencyCode=978|merchantId=002001000000001";

/** The pads' whole buffer, seen through the outer digest's input; set by the first HMAC computed here. */
let pads: Uint8Array | undefined;
/** Bytes of the pads that were not zero while the outer digest was taken: proof the view is the pads. */
let setWhileHashing = 0;
/** Which call of crypto.hash throws (1: the inner digest, 2: the outer), 0 for none. */
let throwAt = 0;
let calls = 0;

beforeAll(() => {
  crypto.hash = ((...args: Parameters<typeof original>) => {
    calls++;
    const data = args[1];
    if (typeof data !== "string" && ArrayBuffer.isView(data)) {
      pads = new Uint8Array(data.buffer);
      setWhileHashing = pads.filter((byte) => byte !== 0).length;
    }
    if (calls === throwAt) throw new Error("digest failed");
    return original(...args);
  }) as typeof original;
  syncBuiltinESMExports();
});
afterAll(() => {
  crypto.hash = original;
  syncBuiltinESMExports();
});

const nonZero = (): number => {
  if (pads === undefined) throw new Error("no HMAC computed with the pads yet");
  return pads.filter((byte) => byte !== 0).length;
};

describe.each(["sha256", "sha512"] as const)("%s", (hash) => {
  test("wiped after a seal, whose outer digest read them", () => {
    calls = 0;
    throwAt = 0;
    hmacHex(hash, KEY, TEXT);
    expect(calls).toBe(2);
    expect(setWhileHashing).toBeGreaterThan(0);
    expect(nonZero()).toBe(0);
  });

  test("wiped after a key of a whole block, every byte of both pads written", () => {
    hmacHex(hash, "k".repeat(hash === "sha256" ? 64 : 128), TEXT);
    expect(nonZero()).toBe(0);
  });

  test("wiped after a key with a character past ASCII, written to the pads before it is handed to createHmac", () => {
    hmacHex(hash, `${KEY}é`, TEXT);
    hmacHex(hash, `é${KEY}`, TEXT);
    expect(nonZero()).toBe(0);
  });

  test("wiped when either digest throws", () => {
    for (const at of [1, 2]) {
      calls = 0;
      throwAt = at;
      expect(() => hmacHex(hash, KEY, TEXT)).toThrow("digest failed");
      expect(nonZero()).toBe(0);
    }
    throwAt = 0;
  });

  test("never written for a text past LONGEST_HMAC_TEXT or a key longer than a block", () => {
    calls = 0;
    hmacHex(hash, KEY, "a".repeat(LONGEST_HMAC_TEXT + 1));
    hmacHex(hash, "k".repeat(129), TEXT);
    expect(calls).toBe(0);
    expect(nonZero()).toBe(0);
  });
});
