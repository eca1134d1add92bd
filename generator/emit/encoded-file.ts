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
  const bytes = Buffer.allocUnsafe(length);
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

/** One final newline after a character that is not blank (ASCII whitespace: the only kind the emitters write there). */
function endsCanonically(bytes: Uint8Array): boolean {
  const last = bytes.length - 1;
  const before = bytes[last - 1];
  return bytes[last] === 0x0a && before !== undefined && ![0x0a, 0x0d, 0x20, 0x09].includes(before);
}
