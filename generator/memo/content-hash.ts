import * as crypto from "node:crypto";

const encoder = new TextEncoder();
/** Where texts are encoded before hashing: one buffer, grown as needed, spares an allocation per file. */
let scratch = new Uint8Array(1 << 20);
/** Texts longer than this are hashed as they are, not through a buffer kept for the life of the process. */
const LARGEST_KEPT = 1 << 26;

/**
 * SHA-256 in hex of a text as UTF-8 or of bytes, in one call where Node has it (20.12+): for short texts, which cost
 * more to copy into the kept buffer than to hash as they are.
 */
export const digest = (data: string | Uint8Array): string =>
  typeof crypto.hash === "function"
    ? crypto.hash("sha256", data, "hex")
    : crypto.createHash("sha256").update(data).digest("hex");

/**
 * UTF-8 bytes, whole or as the list of their parts in order (a file made as
 * bytes: encoded-file.ts), which are hashed, remembered and written one after
 * the other and never copied into one buffer.
 */
export type Bytes = Uint8Array | readonly Uint8Array[];

/**
 * SHA-256 in hex, of a text as UTF-8 or of bytes: the same value for a text
 * and the file it is written to (a lone surrogate becomes U+FFFD in both).
 * Thousands of files are hashed on every run: a text is encoded into a buffer
 * that is kept, and hashed with the one-shot `crypto.hash` (Node 20.12+).
 */
export function sha256(data: string | Bytes): string {
  if (data instanceof Uint8Array) return digest(data);
  if (typeof data !== "string") {
    const hash = crypto.createHash("sha256");
    for (const part of data) hash.update(part);
    return hash.digest("hex");
  }
  const most = data.length * 3;
  if (most > LARGEST_KEPT) return digest(data);
  if (most > scratch.length) scratch = new Uint8Array(2 ** Math.ceil(Math.log2(most)));
  const { written } = encoder.encodeInto(data, scratch);
  return digest(scratch.subarray(0, written));
}

/**
 * Where a file object whose class knows its content's hash gives it (a
 * getter of its prototype, so that a copy of the object does not carry it):
 * only for the hash of the content its own getter gives, or checked against
 * it. Spares a WeakMap entry for each of thousands of files.
 */
export const VOUCHED_HASH: unique symbol = Symbol("vouched content hash");

/** Hashes already known for a file object (from the memo, or taken when it was remembered), so it is not hashed again. */
const knownHashes = new WeakMap<object, string>();

/** Says that `file.content` has SHA-256 `hash`: only for a hash computed from that very content, or checked against it. */
export function vouchHash(file: { readonly content: string }, hash: string): void {
  knownHashes.set(file, hash);
}

/**
 * The UTF-8 bytes of files made as bytes (a large shared file, assembled from
 * its parts as the list of their bytes): hashed, remembered and written as
 * they are, so the text is never joined nor encoded again.
 */
const knownBytes = new WeakMap<object, Bytes>();

/** Says that `file.content` is `bytes` decoded: only for a file whose content getter decodes these very bytes. */
export function vouchBytes(file: { readonly content: string }, bytes: Bytes): void {
  knownBytes.set(file, bytes);
}

/**
 * Where a file object whose class holds its content as bytes gives them (a
 * getter of its prototype, as VOUCHED_HASH): an operation's files, encoded
 * once to be hashed, remembered and written (files-as-bytes.ts), or read from
 * the memo (remembered-files.ts). A copy of the object does not carry it.
 */
export const VOUCHED_BYTES: unique symbol = Symbol("vouched content bytes");

interface MaybeBytes {
  readonly content: string;
  readonly [VOUCHED_BYTES]?: Bytes;
}

/** The file's content as UTF-8 bytes when it was made as bytes; undefined for a file made as a string. */
export const fileBytes = (file: MaybeBytes): Bytes | undefined => knownBytes.get(file) ?? file[VOUCHED_BYTES];

/** The SHA-256 of a file's content: the one vouched for, or computed (and kept for the object's life). */
export function fileHash(file: MaybeBytes & { readonly [VOUCHED_HASH]?: string }): string {
  let hash = file[VOUCHED_HASH] ?? knownHashes.get(file);
  if (hash === undefined) {
    hash = sha256(fileBytes(file) ?? file.content);
    knownHashes.set(file, hash);
  }
  return hash;
}
