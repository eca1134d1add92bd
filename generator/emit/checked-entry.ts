// The framing the store of pieces and its changes share, read and written: a line of the SHA-256
// of what follows, a line of JSON (the index), then the bytes it indexes.

import { sha256 } from "../memo/content-hash.js";

const NEWLINE = 0x0a;

/**
 * The index of an entry whose hash holds, and where the bytes it indexes
 * start; undefined for an entry damaged, cut or lengthened. `known`: the
 * entry is known to be as written (its file's stamp holds, entry-stamp.ts),
 * and its hash is not taken again.
 */
export function checkedEntry(
  bytes: Uint8Array,
  known = false,
): { readonly index: unknown; readonly start: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[64] !== NEWLINE) return undefined;
  if (!known && sha256(bytes.subarray(65)) !== buffer.toString("latin1", 0, 64)) return undefined;
  const indexEnd = bytes.indexOf(NEWLINE, 65);
  if (indexEnd < 0) return undefined;
  try {
    return { index: JSON.parse(buffer.toString("utf8", 65, indexEnd)) as unknown, start: indexEnd + 1 };
  } catch {
    return undefined;
  }
}

/** `parts` framed as an entry: the line of their SHA-256 first, then them, never copied into one buffer. */
export function framedEntry(parts: readonly Uint8Array[]): { readonly hash: string; readonly parts: Uint8Array[] } {
  const hash = sha256(parts);
  return { hash, parts: [Buffer.from(`${hash}\n`, "latin1"), ...parts] };
}
