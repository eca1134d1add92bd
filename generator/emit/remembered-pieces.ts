// An operation's pieces of the shared files (see SharedPieces) in the memo,
// beside its files: one entry per operation, the pieces of every emitter that
// has them. Pieces are mostly long texts (openapi.json's are JSON already), so
// the entry holds each long string as its UTF-8 bytes, after a small JSON of
// the rest: nothing to escape on the way in nor to unescape on the way out.
// An emitter that takes its pieces' long texts as bytes (openapi.json, made
// as bytes: encoded-file.ts) gets them so, never decoded: with 1,000
// operations that is megabytes neither decoded nor encoded again. The whole
// entry is checked against its SHA-256, so that a damaged entry is a miss
// (the pieces are then made again) and never becomes output.

import { sha256 } from "../memo/content-hash.js";
import { memoKey, parsedOnce, type Memo } from "../memo/memo.js";

/** An operation's piece of each shared file made of pieces, by emitter name. */
export type Pieces = Readonly<Record<string, unknown>>;

const piecesKey = (key: string): string => memoKey("pieces", key);

/** What stands for a string kept apart, followed by its index: a string that starts with it is kept apart too. */
const APART = "\u0000";
const LONG = 64;
const HASH_END = 64;

export async function rememberPieces(memo: Memo, key: string, pieces: Pieces): Promise<void> {
  await memo.set(piecesKey(key), piecesText(pieces));
}

/**
 * The pieces remembered under `key`, or undefined when there are none or they
 * are damaged; the long texts of the emitters named in `asBytes` as UTF-8 bytes.
 */
export async function rememberedPieces(
  memo: Memo,
  key: string,
  asBytes: ReadonlySet<string> = new Set(),
): Promise<Pieces | undefined> {
  const entry = memo.getBytes ? memo.getBytes(piecesKey(key)) : await memo.get(piecesKey(key));
  return entry === undefined ? undefined : parsedOnce(entry, (e) => piecesOf(e, asBytes));
}

/** The hash of the rest, the UTF-8 lengths of the strings kept apart, the JSON of the rest, then those strings. */
export function piecesText(pieces: Pieces): string {
  const apart: string[] = [];
  const structure = JSON.stringify(pieces, (_key, value: unknown) =>
    typeof value === "string" && (value.length >= LONG || value.startsWith(APART))
      ? `${APART}${apart.push(value) - 1}`
      : value,
  );
  const body = `${JSON.stringify(apart.map((s) => Buffer.byteLength(s, "utf8")))}\n${structure}\n${apart.join("")}`;
  return `${sha256(body)}\n${body}`;
}

/** The pieces of a memo entry (its text or its bytes), or undefined when it is damaged. */
export function piecesOf(entry: string | Uint8Array, asBytes: ReadonlySet<string> = new Set()): Pieces | undefined {
  const bytes =
    typeof entry === "string"
      ? Buffer.from(entry, "utf8")
      : Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength);
  const body = bytes.subarray(HASH_END + 1);
  if (bytes[HASH_END] !== 0x0a || sha256(body) !== bytes.toString("latin1", 0, HASH_END)) return undefined;
  try {
    const lengthsEnd = body.indexOf(0x0a);
    const structureEnd = body.indexOf(0x0a, lengthsEnd + 1);
    if (lengthsEnd < 0 || structureEnd < 0) return undefined;
    const lengths = JSON.parse(body.toString("utf8", 0, lengthsEnd)) as number[];
    const apart: Uint8Array[] = [];
    let start = structureEnd + 1;
    for (const length of lengths) {
      apart.push(body.subarray(start, start + length));
      start += length;
    }
    if (start !== body.length) return undefined;
    const structure: unknown = JSON.parse(body.toString("utf8", lengthsEnd + 1, structureEnd));
    if (typeof structure !== "object" || structure === null || Array.isArray(structure)) return undefined;
    const text = (part: Uint8Array) => Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString("utf8");
    return Object.fromEntries(
      Object.entries(structure).map(([name, piece]) => [
        name,
        withApart(piece, (index) => {
          const part = apart[index] as Uint8Array;
          return asBytes.has(name) ? part : text(part);
        }),
      ]),
    );
  } catch {
    return undefined;
  }
}

/** `value` with each string kept apart put back, as `apart` gives it. */
function withApart(value: unknown, apart: (index: number) => unknown): unknown {
  if (typeof value === "string") return value.startsWith(APART) ? apart(Number(value.slice(1))) : value;
  if (Array.isArray(value)) return value.map((v) => withApart(v, apart));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withApart(v, apart)]));
  return value;
}
