// The HMAC of a seal (RFC 2104) as its definition writes it: two one-shot
// digests over the key's padded blocks. createHmac sets up a keyed context for
// every call, most of what sealing a small message costs; crypto.hash keeps
// its digest's implementation between calls. Same bytes, checked against
// createHmac by the tests.

import { createHmac, hash } from "node:crypto";

/**
 * The longest text hashed here, in UTF-16 units; a longer one goes to createHmac. The pad joined to it makes a copy
 * of it to hash, which costs more than the keyed context saves past a few thousand characters (a flat text of 8,192:
 * 7.3–7.5 against 7.1–7.3 µs; of 131,072: 202–220 against 84–86 µs), and could not be made for a text within a
 * block of the longest string the engine holds.
 */
export const LONGEST_HMAC_TEXT = 4096;

/** Both pads of the largest block, written and wiped within one call (a call never yields: no two share it). */
const pads = Buffer.alloc(256);

/**
 * The hashes computed here, by name as `SEAL_ALGORITHMS` gives them: their block, in bytes, and the outer digest's
 * input (the outer pad, then the inner digest), a view of the pads made once: one made per call cost a tenth of
 * the HMAC. Any other hash goes to createHmac.
 */
const SIZES: { readonly [hash: string]: readonly [block: number, outer: Buffer] | undefined } = {
  sha256: [64, pads.subarray(0, 64 + 32)],
  sha512: [128, pads.subarray(0, 128 + 64)],
};

/**
 * HMAC of `text` keyed with `key`, both UTF-8, as lower-case hex: createHmac's bytes. A key of at most a block of
 * ASCII characters is its own UTF-8 and needs no hashing first; its pads are ASCII too, so the inner pad joins
 * the text as a string and is encoded with it. Any other key, which such a pad could not hold, and a text longer
 * than {@link LONGEST_HMAC_TEXT}, go to createHmac.
 */
export function hmacHex(hashName: string, key: string, text: string): string {
  const sizes = Object.hasOwn(SIZES, hashName) ? SIZES[hashName] : undefined;
  if (sizes === undefined || key.length > sizes[0] || text.length > LONGEST_HMAC_TEXT)
    return keyedHmac(hashName, key, text);
  const [block, outer] = sizes;
  try {
    // Every character read, whatever it is: where the first one past ASCII stands does not show in the time taken.
    let high = 0;
    for (let i = 0; i < block; i++) {
      const byte = i < key.length ? key.charCodeAt(i) : 0;
      high |= byte;
      pads[i] = byte ^ 0x5c;
      pads[block + i] = byte ^ 0x36;
    }
    if (high > 0x7f) return keyedHmac(hashName, key, text);
    // "binary" is latin1: one character per byte of the inner digest, written back as such.
    const inner = hash(hashName, pads.toString("latin1", block, 2 * block) + text, "binary");
    pads.write(inner, block, "latin1");
    return hash(hashName, outer, "hex");
  } finally {
    pads.fill(0, 0, 2 * block);
  }
}

const keyedHmac = (hashName: string, key: string, text: string): string =>
  createHmac(hashName, key).update(text, "utf8").digest("hex");
