// An operation's files as UTF-8 bytes, encoded once into one buffer: hashed,
// remembered (the memo's contents entry is these bytes one after the other,
// remembered-files.ts) and written to the output as they are. Kept as strings,
// each text would be encoded three times (to be hashed, written to the memo
// and written to the output), and JSON-escaped into a second string for the
// memo; the texts themselves are let go, and decoded again only when asked
// for (a diff).

import { fileBytes, VOUCHED_BYTES } from "../memo/content-hash.js";
import type { FileLanguage, GeneratedFile } from "./generated-file.js";

/** The files as bytes, in order, and those bytes as the parts of one entry (the whole content of each, one after the other). */
export interface FilesAsBytes {
  readonly files: GeneratedFile[];
  readonly parts: Uint8Array[];
}

/** `files` with their contents as bytes: those made as strings encoded into one buffer; those made as bytes kept. */
export function filesAsBytes(files: readonly GeneratedFile[]): FilesAsBytes {
  let length = 0;
  for (const file of files) if (fileBytes(file) === undefined) length += Buffer.byteLength(file.content, "utf8");
  const buffer = Buffer.allocUnsafe(length);
  const parts: Uint8Array[] = [];
  let at = 0;
  const made = files.map((file) => {
    const known = fileBytes(file);
    if (known !== undefined) {
      parts.push(...(known instanceof Uint8Array ? [known] : known));
      return file;
    }
    const from = at;
    at += buffer.write(file.content, at, "utf8");
    const bytes = buffer.subarray(from, at);
    parts.push(bytes);
    return new BytesFile(file, bytes);
  });
  if (at !== length) throw new Error(`operation files: ${at} of ${length} bytes encoded`);
  return { files: made, parts };
}

/**
 * A file held as its bytes, its text decoded when first asked for. A class, as
 * ListedGeneratedFile: a run makes some ten thousand. Its bytes are given
 * through the prototype (VOUCHED_BYTES): a copy with another content does
 * not carry them.
 */
class BytesFile implements GeneratedFile {
  readonly path: string;
  readonly language: FileLanguage;
  readonly verbatim?: boolean;
  readonly #bytes: Uint8Array;
  #text: string | undefined;

  constructor(file: GeneratedFile, bytes: Uint8Array) {
    this.path = file.path;
    this.language = file.language;
    if (file.verbatim) this.verbatim = true;
    this.#bytes = bytes;
  }

  get content(): string {
    this.#text ??= Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength).toString("utf8");
    return this.#text;
  }

  get [VOUCHED_BYTES](): Uint8Array {
    return this.#bytes;
  }
}
