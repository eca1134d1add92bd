// A file made as UTF-8 bytes, for the shared file of many megabytes
// (openapi.json), mostly the operations' pieces, already final text. Joined
// into one string instead, the text would be copied whole several times (the
// join, the final newline, each encoding to UTF-8). A run on its own keeps it
// as the list of its parts' bytes, hashed and written part after part: copied
// into one buffer, its megabytes of fresh memory would cost more to touch than
// to fill. A process that generates again and again fills the buffer its run
// before filled, from the first part that differs on (withKeptBuffers).

import { createHash, type Hash } from "node:crypto";
import { vouchBytes, vouchHash } from "../memo/content-hash.js";
import type { FileLanguage, GeneratedFile, PieceText } from "./generated-file.js";

/**
 * A file whose content is `parts` joined, held as UTF-8 and decoded only when
 * read (a diff). A part given as bytes (a piece kept as bytes in the memo) is
 * taken as it is. Its text must be final as given: format-files.ts passes it
 * as it is, so it must end with one newline after a non-blank character (the
 * canonical JSON and Markdown end).
 */
export function encodedFile(path: string, language: FileLanguage, parts: readonly PieceText[]): GeneratedFile {
  return lent === null ? partsFile(path, language, parts) : assembledFile(path, language, parts, lent);
}

/**
 * The file as the list of its parts' bytes: a part given as bytes stays the
 * view it is, never copied; the strings are encoded one after the other into
 * one buffer, and strings in a row are one part.
 */
function partsFile(path: string, language: FileLanguage, parts: readonly PieceText[]): GeneratedFile {
  let textLength = 0;
  for (const part of parts) if (typeof part === "string") textLength += Buffer.byteLength(part, "utf8");
  const texts = Buffer.allocUnsafe(textLength);
  const bytes: Uint8Array[] = [];
  // Where the strings not yet listed start in `texts`.
  let from = 0;
  let at = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    if (typeof part === "string") {
      at += texts.write(part, at, "utf8");
      continue;
    }
    if (at > from) bytes.push(texts.subarray(from, at));
    from = at;
    bytes.push(part);
  }
  if (at > from) bytes.push(texts.subarray(from, at));
  return bytesFile(path, language, bytes, at === textLength);
}

/** The file assembled into the buffer lent for its path, from the first part that differs from the run before's. */
function assembledFile(
  path: string,
  language: FileLanguage,
  parts: readonly PieceText[],
  buffers: Map<string, KeptAssembly>,
): GeneratedFile {
  const ends = new Array<number>(parts.length);
  let length = 0;
  for (const [i, part] of parts.entries()) {
    length += typeof part === "string" ? Buffer.byteLength(part, "utf8") : part.length;
    ends[i] = length;
  }
  const kept = keptFor(buffers, path, length);
  const bytes = kept.buffer.subarray(0, length);
  // The parts the run before assembled first, in the same order, are there already: from the first that differs on.
  const same = sameParts(kept, parts, bytes);
  const hashes = forgotten(kept);
  let at = same === 0 ? 0 : (ends[same - 1] as number);
  const unchanged = at;
  for (let i = same; i < parts.length; i++) {
    const part = parts[i] as PieceText;
    if (typeof part === "string") at += bytes.write(part, at, "utf8");
    else {
      bytes.set(part, at);
      at += part.length;
    }
  }
  const file = bytesFile(path, language, [bytes], at === length);
  vouchHash(file, hashAgain(kept, { bytes, parts, ends }, hashes, unchanged));
  return file;
}

/**
 * The file whose UTF-8 bytes are `bytes` one after the other (none empty),
 * decoded only when read; refused unless they were all written (`whole`) and
 * end as final text does.
 */
function bytesFile(path: string, language: FileLanguage, bytes: readonly Uint8Array[], whole: boolean): GeneratedFile {
  if (!whole || !endsCanonically(bytes))
    throw new Error(`generated ${path} is not final as assembled (it must end with one newline)`);
  let text: string | undefined;
  const file: GeneratedFile = {
    path,
    language,
    get content() {
      text ??= Buffer.concat(bytes).toString("utf8");
      return text;
    },
  };
  vouchBytes(file, bytes.length === 1 ? (bytes[0] as Uint8Array) : bytes);
  return file;
}

/**
 * A buffer lent to one path (withKeptBuffers), with what the run before
 * assembled in it: its parts, where each ends, and the state of the SHA-256
 * of its bytes at every CHECKPOINT bytes. A save changes one operation's
 * part among a thousand: the bytes before it are neither copied nor hashed
 * again.
 */
interface KeptAssembly {
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
function keptFor(buffers: Map<string, KeptAssembly>, path: string, length: number): KeptAssembly {
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
function sameParts(kept: KeptAssembly, parts: readonly PieceText[], bytes: Buffer): number {
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
function forgotten(kept: KeptAssembly): readonly Hash[] {
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
function hashAgain(
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

/** One final newline after a character that is not blank (ASCII whitespace: the only kind the emitters write there). */
function endsCanonically(parts: readonly Uint8Array[]): boolean {
  const [before, last] = lastTwo(parts);
  return last === 0x0a && before !== undefined && ![0x0a, 0x0d, 0x20, 0x09].includes(before);
}

/** The last two bytes of the parts joined (none of them empty), undefined where there are fewer. */
function lastTwo(parts: readonly Uint8Array[]): [number | undefined, number | undefined] {
  const last = parts.at(-1);
  if (last === undefined) return [undefined, undefined];
  return [last.length > 1 ? last[last.length - 2] : parts.at(-2)?.at(-1), last.at(-1)];
}
