// A file made as UTF-8 bytes, for the shared file of many megabytes
// (openapi.json), mostly the operations' pieces, already final text. Joined
// into one string instead, the text would be copied whole several times (the
// join, the final newline, each encoding to UTF-8). A run on its own keeps it
// as the list of its parts' bytes, hashed and written part after part: copied
// into one buffer, its megabytes of fresh memory would cost more to touch than
// to fill. A process that generates again and again fills the buffer its run
// before filled, from the first part that differs on (kept-buffers.ts).

import { vouchBytes, vouchHash } from "../memo/content-hash.js";
import type { FileLanguage, GeneratedFile, PieceText } from "./generated-file.js";
import { forgotten, hashAgain, keptFor, lentBuffers, sameParts, type KeptAssembly } from "./kept-buffers.js";

/**
 * A file whose content is `parts` joined, held as UTF-8 and decoded only when
 * read (a diff). A part given as bytes (a piece kept as bytes in the memo) is
 * taken as it is. Its text must be final as given: format-files.ts passes it
 * as it is, so it must end with one newline after a non-blank character (the
 * canonical JSON and Markdown end).
 */
export function encodedFile(path: string, language: FileLanguage, parts: readonly PieceText[]): GeneratedFile {
  const lent = lentBuffers();
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
