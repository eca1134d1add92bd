// An operation emitted on the second thread (emit-thread.ts) as it crosses to
// the main one: its files encoded to UTF-8 there, into one buffer that is
// handed over rather than copied, with each file's length and SHA-256; the
// main thread takes them as it takes files the memo lists (listed-file.ts),
// bytes and hash vouched. The main thread then neither encodes nor hashes
// the second thread's share, work it did alone once the threads had met,
// and its collector no longer copies a clone of every text of that share.
// With a memo, the operation's record in the store of pieces (piece-record.ts)
// is made there too, from the list and pieces posted, and handed over in a
// buffer of its own: the main thread made each after the emit stage, alone.

import { fileBytes, sha256 } from "../memo/content-hash.js";
import type { GeneratedFile } from "./generated-file.js";
import { filesOf, type ListedFile } from "./listed-file.js";
import type { MadeOperation } from "./made-operation.js";
import { operationRecord } from "./piece-record.js";
import type { Pieces } from "./remembered-pieces.js";

/** What the second thread posts of an operation: its files listed, their contents one after the other, its pieces. */
export interface PostedOperation {
  readonly list: readonly ListedFile[];
  readonly contents: Uint8Array;
  readonly pieces: Pieces;
  /** Its record in the store of pieces, when asked for and representable. */
  readonly record?: Uint8Array;
}

/**
 * The operation as posted, and the buffers to hand over with it (transferred:
 * the sender no longer holds them). `asBytes`: with a store of pieces, the
 * emitters whose pieces its records keep as bytes (as rememberStore makes
 * them); none made without.
 */
export function postedOperation(
  made: MadeOperation,
  asBytes?: ReadonlySet<string>,
): { posted: PostedOperation; transfer: ArrayBuffer[] } {
  const parts = made.files.map((file) => fileBytes(file) ?? file.content);
  let length = 0;
  for (const part of parts) length += lengthOf(part);
  // A buffer of its own (never one of Buffer's shared pool), which the transfer takes whole.
  const contents = Buffer.allocUnsafeSlow(length);
  let at = 0;
  const list = made.files.map((file, i): ListedFile => {
    const from = at;
    const part = parts[i] as string | Uint8Array | readonly Uint8Array[];
    if (typeof part === "string") at += contents.write(part, at, "utf8");
    else for (const bytes of part instanceof Uint8Array ? [part] : part) at += copy(bytes, contents, at);
    return {
      path: file.path,
      language: file.language,
      ...(file.verbatim && { verbatim: true as const }),
      hash: sha256(contents.subarray(from, at)),
      bytes: at - from,
    };
  });
  if (at !== length) throw new Error(`operation files: ${at} of ${length} bytes encoded`);
  const inPool = asBytes && operationRecord(list, made.pieces, asBytes);
  if (!inPool) return { posted: { list, contents, pieces: made.pieces }, transfer: [contents.buffer as ArrayBuffer] };
  // Buffer.concat's may be a slice of the shared pool: copied into one of its own.
  const record = Buffer.allocUnsafeSlow(inPool.length);
  record.set(inPool);
  const transfer = [contents.buffer as ArrayBuffer, record.buffer as ArrayBuffer];
  return { posted: { list, contents, pieces: made.pieces, record }, transfer };
}

/** The operation as the main thread takes it: its files held as the bytes posted, with the hashes posted. */
export function receivedOperation({ list, contents, pieces, record }: PostedOperation): MadeOperation {
  const views: Uint8Array[] = [];
  let at = 0;
  for (const { bytes } of list) views.push(contents.subarray(at, (at += bytes as number)));
  const files: GeneratedFile[] = filesOf(list, (index) => views[index] as Uint8Array);
  return { files, pieces, ...(record && { record }) };
}

function lengthOf(part: string | Uint8Array | readonly Uint8Array[]): number {
  if (typeof part === "string") return Buffer.byteLength(part, "utf8");
  if (part instanceof Uint8Array) return part.length;
  let length = 0;
  for (const bytes of part) length += bytes.length;
  return length;
}

function copy(bytes: Uint8Array, into: Uint8Array, at: number): number {
  into.set(bytes, at);
  return bytes.length;
}
