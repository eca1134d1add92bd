// An operation's or shared files as the memo lists them (path, language,
// SHA-256, length in bytes), and the file objects made from a list, whose
// contents are read from the memo when first asked for (remembered-files.ts).

import type { GeneratedFile } from "./generated-file.js";
import { fileBytes, fileHash, sha256, VOUCHED_BYTES, VOUCHED_HASH, type Bytes } from "../memo/content-hash.js";

export interface ListedFile {
  readonly path: string;
  readonly language: GeneratedFile["language"];
  readonly verbatim?: true;
  readonly hash: string;
  /** The length of its content in UTF-8 bytes: where it ends in its operation's contents entry. */
  readonly bytes?: number;
}

/** What the memo lists of each file: its path, language, hash and, where known without reading it, its length in bytes (JSON data). */
export const listOf = (files: readonly GeneratedFile[]): ListedFile[] =>
  files.map((f) => {
    const bytes = byteLength(f);
    return {
      path: f.path,
      language: f.language,
      ...(f.verbatim && { verbatim: true as const }),
      hash: fileHash(f),
      ...(bytes !== undefined && { bytes }),
    };
  });

/** The length of a file's content in bytes: listed, or of the bytes it holds, or of its text; unknown for a listed file read apart. */
function byteLength(file: GeneratedFile): number | undefined {
  if (file instanceof ListedGeneratedFile) return file.bytes;
  const bytes: Bytes | undefined = fileBytes(file);
  if (bytes === undefined) return Buffer.byteLength(file.content, "utf8");
  if (bytes instanceof Uint8Array) return bytes.length;
  let length = 0;
  for (const part of bytes) length += part.length;
  return length;
}

export function filesOf(list: readonly ListedFile[], bytesAt: (index: number) => Uint8Array): GeneratedFile[] {
  return list.map((entry, index) => new ListedGeneratedFile(entry, index, bytesAt));
}

/**
 * A file the memo lists, its bytes read when first asked for (to be written,
 * as they are) and its text decoded from them when asked for (a diff), its
 * hash the one listed (checked when the bytes are read). A class, not an
 * object with a getter of its own: a run makes one for each of some ten
 * thousand files, and an object literal with a getter costs a call into the
 * engine and a closure each. Its hash and bytes are vouched through the
 * prototype (VOUCHED_HASH, VOUCHED_BYTES), so a copy (`{ ...file, content }`)
 * carries neither the content nor the hash.
 */
class ListedGeneratedFile implements GeneratedFile {
  readonly path: string;
  readonly language: GeneratedFile["language"];
  readonly verbatim?: boolean;
  readonly #hash: string;
  readonly #bytes: number | undefined;
  readonly #index: number;
  readonly #bytesAt: (index: number) => Uint8Array;

  constructor(entry: ListedFile, index: number, bytesAt: (index: number) => Uint8Array) {
    this.path = entry.path;
    this.language = entry.language;
    if (entry.verbatim) this.verbatim = true;
    this.#hash = entry.hash;
    this.#bytes = entry.bytes;
    this.#index = index;
    this.#bytesAt = bytesAt;
  }

  /** Its length in bytes, as listed. */
  get bytes(): number | undefined {
    return this.#bytes;
  }

  get content(): string {
    const bytes = this.#bytesAt(this.#index);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  }

  get [VOUCHED_BYTES](): Uint8Array {
    return this.#bytesAt(this.#index);
  }

  get [VOUCHED_HASH](): string {
    return this.#hash;
  }
}

/** The entry cut into the contents of the files listed, each checked against its hash; undefined when it is not theirs (missing, damaged, cut short). */
export function cutApart(list: readonly ListedFile[], entry: Uint8Array | undefined): Uint8Array[] | undefined {
  if (entry === undefined) return undefined;
  const contents: Uint8Array[] = [];
  let at = 0;
  for (const { bytes, hash } of list) {
    const end = at + (bytes as number);
    if (end > entry.length) return undefined;
    const content = entry.subarray(at, end);
    if (sha256(content) !== hash) return undefined;
    contents.push(content);
    at = end;
  }
  return at === entry.length ? contents : undefined;
}

export const hasLength = (entry: ListedFile): boolean =>
  typeof entry.bytes === "number" && Number.isSafeInteger(entry.bytes) && entry.bytes >= 0;

export function isList(value: unknown): value is ListedFile[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: Partial<ListedFile> | null) =>
        typeof e === "object" && e !== null && typeof e.path === "string" && typeof e.hash === "string",
    )
  );
}
