// A file made as UTF-8 bytes, for the shared file of many megabytes
// (openapi.json): its parts (mostly the operations' pieces, already final
// text) go straight into one buffer, which is hashed, remembered and written
// as it is. Joined into one string instead, the text would be copied whole
// several times (the join, the final newline, each encoding to UTF-8).

import { vouchBytes } from "../memo/content-hash.js";
import type { FileLanguage, GeneratedFile, PieceText } from "./generated-file.js";

/**
 * A file whose content is `parts` joined, held as UTF-8 and decoded only when
 * read (a diff). A part given as bytes (a piece kept as bytes in the memo) is
 * copied as it is. Its text must be final as given: format-files.ts passes it
 * as it is, so it must end with one newline after a non-blank character (the
 * canonical JSON and Markdown end).
 */
export function encodedFile(path: string, language: FileLanguage, parts: readonly PieceText[]): GeneratedFile {
  let length = 0;
  for (const part of parts) length += typeof part === "string" ? Buffer.byteLength(part, "utf8") : part.length;
  const bytes = bufferFor(path, length);
  let at = 0;
  for (const part of parts) {
    if (typeof part === "string") at += bytes.write(part, at, "utf8");
    else {
      bytes.set(part, at);
      at += part.length;
    }
  }
  if (at !== length || !endsCanonically(bytes))
    throw new Error(`generated ${path} is not final as assembled (it must end with one newline)`);
  let text: string | undefined;
  const file: GeneratedFile = {
    path,
    language,
    get content() {
      text ??= bytes.toString("utf8");
      return text;
    },
  };
  vouchBytes(file, bytes);
  return file;
}

/**
 * The buffers that each path was assembled into, by the process that
 * generates again and again (--watch) they are lent to (withKeptBuffers). A
 * fresh buffer of megabytes costs far more to touch, page by page, than to
 * fill (some 80 ms for openapi.json's 16 MB here, on every save): the run
 * after fills the one before's instead. Only while lent, and only there,
 * where each run's files are written (and the memo given their bytes) before
 * the next run starts: a file's bytes then hold until the next run.
 */
const keptBuffers = new WeakMap<object, Map<string, Buffer>>();
let lent: Map<string, Buffer> | null = null;

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

/** Room to spare in a kept buffer, so that a file that grows a little (an edited summary) still fits. */
const HEADROOM = 1 / 16;

function bufferFor(path: string, length: number): Buffer {
  if (lent === null) return Buffer.allocUnsafe(length);
  let buffer = lent.get(path);
  if (buffer === undefined || buffer.length < length) {
    buffer = Buffer.allocUnsafeSlow(Math.ceil(length * (1 + HEADROOM)));
    lent.set(path, buffer);
  }
  return buffer.subarray(0, length);
}

/** One final newline after a character that is not blank (ASCII whitespace: the only kind the emitters write there). */
function endsCanonically(bytes: Uint8Array): boolean {
  const last = bytes.length - 1;
  const before = bytes[last - 1];
  return bytes[last] === 0x0a && before !== undefined && ![0x0a, 0x0d, 0x20, 0x09].includes(before);
}
