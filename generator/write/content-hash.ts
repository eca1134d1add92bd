import * as crypto from "node:crypto";

const encoder = new TextEncoder();
/** Where texts are encoded before hashing: one buffer, grown as needed, spares an allocation per file. */
let scratch = new Uint8Array(1 << 20);
/** Texts longer than this are hashed as they are, not through a buffer kept for the life of the process. */
const LARGEST_KEPT = 1 << 26;

const digest = (data: string | Uint8Array): string =>
  typeof crypto.hash === "function"
    ? crypto.hash("sha256", data, "hex")
    : crypto.createHash("sha256").update(data).digest("hex");

/**
 * SHA-256 in hex, of a text as UTF-8 or of bytes: the same value for a text
 * and the file it is written to (a lone surrogate becomes U+FFFD in both).
 * Thousands of files are hashed on every run: a text is encoded into a buffer
 * that is kept, and hashed with the one-shot `crypto.hash` (Node 20.12+).
 */
export function sha256(data: string | Uint8Array): string {
  if (typeof data !== "string") return digest(data);
  const most = data.length * 3;
  if (most > LARGEST_KEPT) return digest(data);
  if (most > scratch.length) scratch = new Uint8Array(2 ** Math.ceil(Math.log2(most)));
  const { written } = encoder.encodeInto(data, scratch);
  return digest(scratch.subarray(0, written));
}
