import { createHash } from "node:crypto";
import { digest } from "./content-hash.js";

// The memo's keys, apart from any memo: every stage makes keys (some 7,000 a
// run), and needs nothing of where or how their entries are kept.

/** The key of a result: a hash of what it depends on. */
export function memoKey(...parts: readonly string[]): string {
  let length = 0;
  for (const part of parts) length += part.length;
  if (parts.length === 0) return hashOf(parts);
  if (length > SHORT_PARTS)
    return length + parts.length <= JOINED_AT_MOST ? digest(`${parts.join("\0")}\0`) : hashOf(parts);
  // The very bytes hashed, but for the last NUL (no parts would join as one empty part does): equal texts, equal keys.
  const joined = parts.join("\0");
  let key = shortKeys.get(joined);
  if (key === undefined) {
    // One call on the joined text: some 7,000 keys a run, where a Hash object and two updates a part cost twice as much.
    key = digest(`${joined}\0`);
    if (shortKeys.size >= SHORT_KEYS_KEPT) shortKeys.clear();
    shortKeys.set(joined, key);
  }
  return key;
}

function hashOf(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/**
 * Keys made of short parts (other keys, names, paths), by their parts
 * joined: a process that generates again and again (--watch) makes the same
 * few keys for each of a thousand unchanged operations on every save, some
 * 7,000 SHA-256 (35 ms) where a lookup costs a tenth. Long parts (texts) are
 * hashed each time: their keys are kept where they are made (text-key.ts).
 */
const shortKeys = new Map<string, string>();
const SHORT_PARTS = 1024;
/**
 * Long parts are hashed joined too, up to this many characters: the key of a
 * spec folder (two parts for each of a thousand files) or of the generator's
 * sources is then one call, where two updates a part cost 4-6 ms; a longer
 * text (a 50 MB description) is not copied to be hashed.
 */
const JOINED_AT_MOST = 1 << 20;
const SHORT_KEYS_KEPT = 20_000;

/** How many keys of short parts are kept now (at most SHORT_KEYS_KEPT): what a long watch holds of them. */
export const keptMemoKeys = (): number => shortKeys.size;
