// Every operation's pieces of the shared files (see SharedPieces) in ONE memo
// entry, as bytes: a run with one operation changed among a thousand reads
// them with one native read and takes each unchanged operation's pieces as a
// slice, where a thousand entries of their own would cost a thousand reads,
// decodings and hashes. The texts of an emitter that takes bytes (openapi.json,
// made as bytes) stay bytes from the memo to the file: never decoded, encoded
// or hashed again one by one.
//
// The entry: the SHA-256 of the rest, the index (each operation's key and
// where its record lies), then the records, one per operation in the model's
// order. A record is as remembered-pieces.ts writes an entry, with lengths in
// bytes: the lengths of the strings kept apart, the JSON of the rest, then
// those strings. The whole is checked once when read: a damaged or truncated
// entry is no store (the pieces then come from each operation's own entry,
// or are made again), never a wrong piece.

import { sha256 } from "../memo/content-hash.js";
import type { Memo } from "../memo/memo.js";
import type { Pieces } from "./remembered-pieces.js";

/** An operation's pieces and their record, to keep a record as it is when its pieces did not change. */
export interface StoredPieces {
  readonly pieces: Pieces;
  readonly record: Uint8Array;
}

/** The pieces of the operations a run before kept, by the key of each operation's inputs. */
export interface PieceStore {
  readonly get: (key: string) => StoredPieces | undefined;
  /** The keys of its operations, in the order of their records. */
  readonly keys: readonly string[];
}

const NO_STORE: PieceStore = { get: () => undefined, keys: [] };

/** What stands for a string kept apart, followed by its index: a string that starts with it is kept apart too. */
const APART = "\u0000";
/** Shorter strings stay in the record's JSON, where an index into the strings apart would save nothing. */
const LONG = 64;
const NEWLINE = 0x0a;
/** A lone surrogate: such a text does not survive UTF-8, so it stays in the JSON, which escapes it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Stores whose bytes were checked (or made here): a store kept in memory is not checked again. */
const checked = new WeakSet<Uint8Array>();
const indexes = new WeakMap<Uint8Array, Map<string, readonly [number, number]>>();

/**
 * The store under `storeKey`, or an empty one when there is none or it is
 * damaged. `asBytes`: the emitters whose long texts are given as their UTF-8
 * bytes (Uint8Array); every other string is given as a string.
 */
export function openPieceStore(memo: Memo, storeKey: string, asBytes: ReadonlySet<string>): PieceStore {
  const bytes = readBytes(memo, storeKey);
  const index = bytes && indexOf(bytes);
  if (!bytes || !index) return NO_STORE;
  return {
    keys: [...index.keys()],
    get(key) {
      const at = index.get(key);
      if (!at) return undefined;
      const record = bytes.subarray(at[0], at[1]);
      const pieces = piecesOfRecord(record, asBytes);
      return pieces && { pieces, record };
    },
  };
}

function readBytes(memo: Memo, key: string): Uint8Array | undefined {
  if (memo.getBytes) return memo.getBytes(key);
  const text = memo.getNow?.(key);
  return text === undefined ? undefined : Buffer.from(text, "utf8");
}

/** Where each operation's record lies, once the whole is checked; undefined for a damaged store. */
function indexOf(bytes: Uint8Array): Map<string, readonly [number, number]> | undefined {
  const known = indexes.get(bytes);
  if (known) return known;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[64] !== NEWLINE) return undefined;
  if (!checked.has(bytes) && sha256(bytes.subarray(65)) !== buffer.toString("latin1", 0, 64)) return undefined;
  checked.add(bytes);
  const indexEnd = bytes.indexOf(NEWLINE, 65);
  if (indexEnd < 0) return undefined;
  try {
    const entries = JSON.parse(buffer.toString("utf8", 65, indexEnd)) as unknown;
    if (!Array.isArray(entries)) return undefined;
    const index = new Map<string, readonly [number, number]>();
    let start = indexEnd + 1;
    for (const entry of entries as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Number.isSafeInteger(entry[1])) return undefined;
      const end = start + (entry[1] as number);
      if (end > bytes.length) return undefined;
      index.set(entry[0], [start, end]);
      start = end;
    }
    if (start !== bytes.length) return undefined;
    indexes.set(bytes, index);
    return index;
  } catch {
    return undefined;
  }
}

/** A record's pieces, or undefined if it does not read as one (the store is checked whole: a generator bug). */
function piecesOfRecord(record: Uint8Array, asBytes: ReadonlySet<string>): Pieces | undefined {
  const buffer = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  const lengthsEnd = record.indexOf(NEWLINE);
  const structureEnd = record.indexOf(NEWLINE, lengthsEnd + 1);
  if (lengthsEnd < 0 || structureEnd < 0) return undefined;
  try {
    const lengths = JSON.parse(buffer.toString("utf8", 0, lengthsEnd)) as number[];
    const apart: [number, number][] = [];
    let start = structureEnd + 1;
    for (const length of lengths) {
      apart.push([start, start + length]);
      start += length;
    }
    if (start !== record.length) return undefined;
    const structure = JSON.parse(buffer.toString("utf8", lengthsEnd + 1, structureEnd)) as unknown;
    if (typeof structure !== "object" || structure === null || Array.isArray(structure)) return undefined;
    const pieces: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(structure)) {
      const text = (i: number): string | Uint8Array => {
        const [from, to] = apart[i] as [number, number];
        return asBytes.has(name) ? record.subarray(from, to) : buffer.toString("utf8", from, to);
      };
      pieces[name] = revived(value, text);
    }
    return pieces;
  } catch {
    return undefined;
  }
}

/** `value` with each string that stands for one kept apart replaced by it. */
function revived(value: unknown, text: (index: number) => string | Uint8Array): unknown {
  if (typeof value === "string") return value.startsWith(APART) ? text(Number(value.slice(1))) : value;
  if (Array.isArray(value)) return value.map((v) => revived(v, text));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = revived(v, text);
    return out;
  }
  return value;
}

/**
 * An operation's record, from its pieces: long strings (and bytes) apart, the
 * rest as JSON. Undefined for pieces a record cannot give back as they are (a
 * string that starts as a reference does and holds a lone surrogate): that
 * operation is left out of the store.
 */
export function pieceRecord(pieces: Pieces): Uint8Array | undefined {
  const apart: Uint8Array[] = [];
  let representable = true;
  const structure = JSON.stringify(pieces, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return `${APART}${apart.push(value) - 1}`;
    if (typeof value !== "string") return value;
    const reference = value.startsWith(APART);
    if (!reference && value.length < LONG) return value;
    if (LONE_SURROGATE.test(value)) {
      representable &&= !reference;
      return value;
    }
    return `${APART}${apart.push(Buffer.from(value, "utf8")) - 1}`;
  });
  if (!representable) return undefined;
  const head = Buffer.from(`${JSON.stringify(apart.map((a) => a.length))}\n${structure}\n`, "utf8");
  return Buffer.concat([head, ...apart]);
}

/** Remembers the records of the operations, in the model's order, as one store under `storeKey`. */
export async function rememberPieceStore(
  memo: Memo,
  storeKey: string,
  records: readonly (readonly [string, Uint8Array])[],
): Promise<void> {
  const index = `${JSON.stringify(records.map(([key, record]) => [key, record.length]))}\n`;
  let length = 65 + Buffer.byteLength(index, "utf8");
  for (const [, record] of records) length += record.length;
  // Put together once, in place: the records of a thousand operations are megabytes.
  const bytes = Buffer.allocUnsafe(length);
  let at = 65 + bytes.write(index, 65, "utf8");
  for (const [, record] of records) {
    bytes.set(record, at);
    at += record.length;
  }
  bytes.write(`${sha256(bytes.subarray(65))}\n`, 0, "latin1");
  checked.add(bytes);
  await (memo.setBytes ? memo.setBytes(storeKey, bytes) : memo.set(storeKey, bytes.toString("utf8")));
}
