// The buffers a process that generates again and again (--watch) keeps for
// the files it makes as bytes (encoded-file.ts): each file is assembled into
// the buffer the run before filled, from the first part that differs on, and
// its SHA-256 taken up from the last state kept before that part.

import { createHash, type Hash } from "node:crypto";
import type { PieceText } from "./generated-file.js";

/**
 * A buffer lent to one path (withKeptBuffers), with what the run before
 * assembled in it: its parts, where each ends, and the state of the SHA-256
 * of its bytes at every CHECKPOINT bytes. A save changes one operation's
 * part among a thousand: the bytes before it are neither copied nor hashed
 * again.
 */
export interface KeptAssembly {
  readonly buffer: Buffer;
  parts: readonly PieceText[];
  ends: readonly number[];
  hashes: readonly Hash[];
}

const CHECKPOINT = 1 << 19;

/**
 * The buffers that each path was assembled into, by the process that
 * generates again and again (--watch) they are lent to (withKeptBuffers). A
 * fresh buffer of megabytes costs far more to touch, page by page, than to
 * fill (some 80 ms for openapi.json's 16 MB here, on every save): the run
 * after fills the one before's instead. Only while lent, and only there,
 * where each run's files are written (and the memo given their bytes) before
 * the next run starts: a file's bytes then hold until the next run.
 */
const keptBuffers = new WeakMap<object, Map<string, KeptAssembly>>();
let lent: Map<string, KeptAssembly> | null = null;

/** The buffers lent to the files made now, by path (withKeptBuffers); null when none are. */
export function lentBuffers(): Map<string, KeptAssembly> | null {
  return lent;
}

/** `make()` with the buffers kept for `owner` (a memo kept in memory) lent to the files it makes as bytes. Synchronous, so that nothing else assembles meanwhile. */
export function withKeptBuffers<T>(owner: object, make: () => T): T {
  let buffers = keptBuffers.get(owner);
  if (buffers === undefined) keptBuffers.set(owner, (buffers = new Map()));
  lent = buffers;
  try {
    return make();
  } finally {
    lent = null;
  }
}

/** The buffers kept for `owner` (withKeptBuffers), whole: what a process that generates again and again writes from on each save. */
export function keptBuffersOf(owner: object): readonly Uint8Array[] {
  return [...(keptBuffers.get(owner)?.values() ?? [])].map((kept) => kept.buffer);
}

/** Room to spare in a kept buffer, so that a file that grows a little (an edited summary) still fits. */
const HEADROOM = 1 / 16;

/** The assembly kept for `path` among the lent `buffers`, with room for `length` bytes (a new, empty one when it had not). */
export function keptFor(buffers: Map<string, KeptAssembly>, path: string, length: number): KeptAssembly {
  let kept = buffers.get(path);
  if (kept === undefined || kept.buffer.length < length) {
    kept = { buffer: Buffer.allocUnsafeSlow(Math.ceil(length * (1 + HEADROOM))), parts: [], ends: [], hashes: [] };
    buffers.set(path, kept);
  }
  return kept;
}

/**
 * How many of `parts` are there already at the start of `bytes`: those the
 * run before assembled first, up to the first that differs. A text is the
 * same as the one before when equal; bytes, when the buffer holds them (a
 * part given as bytes may be a view that was filled again).
 */
export function sameParts(kept: KeptAssembly, parts: readonly PieceText[], bytes: Buffer): number {
  let at = 0;
  let same = 0;
  for (; same < parts.length && same < kept.parts.length; same++) {
    const part = parts[same] as PieceText;
    const end = kept.ends[same] as number;
    if (end > bytes.length) break;
    if (typeof part === "string" ? part !== kept.parts[same] : !bytes.subarray(at, end).equals(part)) break;
    at = end;
  }
  return same;
}

/** The states of the hash kept: taken, and forgotten by `kept` until its buffer is filled and hashed again (an assembly that fails leaves none). */
export function forgotten(kept: KeptAssembly): readonly Hash[] {
  const { hashes } = kept;
  kept.parts = [];
  kept.ends = [];
  kept.hashes = [];
  return hashes;
}

/**
 * The SHA-256 of the bytes assembled, in hex, taken up from the last state
 * of the hash of the run before (`before`) within the `unchanged` bytes at
 * their start; the parts and the states of this run are kept for the next.
 */
export function hashAgain(
  kept: KeptAssembly,
  made: { readonly bytes: Buffer; readonly parts: readonly PieceText[]; readonly ends: readonly number[] },
  before: readonly Hash[],
  unchanged: number,
): string {
  const { bytes } = made;
  const from = Math.min(Math.floor(unchanged / CHECKPOINT), before.length);
  const hashes = before.slice(0, from);
  let hash = from === 0 ? createHash("sha256") : (hashes[from - 1] as Hash).copy();
  for (let at = from * CHECKPOINT; at < bytes.length;) {
    const next = Math.min(at + CHECKPOINT, bytes.length);
    hash.update(bytes.subarray(at, next));
    if (next % CHECKPOINT === 0 && next < bytes.length) {
      hashes.push(hash);
      hash = hash.copy();
    }
    at = next;
  }
  kept.parts = made.parts;
  kept.ends = made.ends;
  kept.hashes = hashes;
  return hash.digest("hex");
}
