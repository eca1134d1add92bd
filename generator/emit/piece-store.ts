// Every operation's pieces of the shared files (see SharedPieces) and the list
// of its files (remembered-files.ts) in ONE memo entry, as bytes: a run with
// one operation changed among a thousand reads them with one native read and
// takes each unchanged operation's as a slice, where a thousand entries of
// their own would cost a thousand reads, decodings and hashes. The texts of an
// emitter that takes bytes (openapi.json, made as bytes) stay bytes from the
// memo to the file: never decoded, encoded or hashed again one by one.
//
// The entry (piece-store-layout.ts): the SHA-256 of the rest, the index
// (each operation's key and the length of its record), then the records, one
// per operation in the model's order. A record is as remembered-pieces.ts writes an entry, with lengths in
// bytes, and the list of files: the lengths of the strings kept apart, the
// list's JSON, the JSON of the rest of the pieces, then those strings. The
// whole is checked once when read: a damaged or cut entry is no store (the
// lists and pieces then come from each operation's own entries, or are made
// again), never a wrong file. A run that changes few records writes them
// beside it instead (piece-store-changes.ts).

import type { Memo } from "../memo/memo.js";
import { keepsInMemory } from "../memo/kept-in-memory.js";
import { writeWhenStopped } from "../memo/writes-put-off.js";
import { isStamp, sameStamp, type StampedBytes } from "../memo/entry-stamp.js";
import {
  changesKey,
  fewChanges,
  readChanges,
  rememberChanges,
  withChanges,
  type StoreWhole,
} from "./piece-store-changes.js";
import { readPieceRecord } from "./piece-record.js";
import { recordsOf, storeParts } from "./piece-store-layout.js";
import type { Pieces } from "./remembered-pieces.js";

/** An operation's list of files (as JSON gives it back, to be checked), its pieces, and their record, kept as it is while they do not change. */
export interface StoredOperation {
  readonly files: unknown;
  readonly pieces: Pieces;
  readonly record: Uint8Array;
}

/** The pieces of the operations a run before kept, by the key of each operation's inputs. */
export interface PieceStore {
  readonly get: (key: string) => StoredOperation | undefined;
  /** The keys of its operations, in the order of their records. */
  readonly keys: readonly string[];
  /** The whole read from the memo, which the next store may be written as changes to. */
  readonly whole?: StoreWhole;
}

const NO_STORE: PieceStore = { get: () => undefined, keys: [] };

/**
 * The store each memo kept in memory (a process that generates again and
 * again, keptInMemory) last wrote or read, with what it read of each record:
 * a save in --watch neither reads nor checks nor parses the unchanged again.
 */
const keptStores = new WeakMap<Memo, { readonly storeKey: string; readonly store: PieceStore }>();

/** The reads of the store and of its changes started ahead of their use (readPieceStoreAhead), by memo. */
const readsAhead = new WeakMap<
  Memo,
  {
    readonly storeKey: string;
    readonly bytes: Promise<StampedBytes | undefined>;
    readonly changes: Promise<Uint8Array | undefined>;
  }
>();

/** What a memo's readBytes gives, asked for a stamp: the bytes with one, or without when the memo has none. */
const stampedOrNot = (read: Uint8Array | StampedBytes | undefined): StampedBytes | undefined =>
  read instanceof Uint8Array ? { bytes: read, stamp: undefined } : read;

/** The bytes alone. */
const bytesOf = (read: Uint8Array | StampedBytes | undefined): Uint8Array | undefined =>
  read instanceof Uint8Array ? read : read?.bytes;

/**
 * Starts reading the store under `storeKey`, for openPieceStore to take when
 * the run gets there: tens of megabytes, read off the main thread while it
 * reads, checks and models the spec. Not when the memo keeps the store in
 * memory already, nor when it cannot read ahead, nor again while a read of
 * the same key is started and not yet taken: one read, however many ask.
 */
export function readPieceStoreAhead(memo: Memo, storeKey: string): void {
  if (keptStores.get(memo)?.storeKey === storeKey || readsAhead.get(memo)?.storeKey === storeKey) return;
  if (!memo.readBytes) return;
  readsAhead.set(memo, {
    storeKey,
    bytes: memo.readBytes(storeKey, true).then(stampedOrNot),
    changes: memo.readBytes(changesKey(storeKey)).then(bytesOf),
  });
}

/**
 * The store under `storeKey`, or an empty one when there is none or it is
 * damaged. `asBytes`: the emitters whose long texts are given as their UTF-8
 * bytes (Uint8Array); every other string is given as a string.
 */
export async function openPieceStore(memo: Memo, storeKey: string, asBytes: ReadonlySet<string>): Promise<PieceStore> {
  const kept = keptStores.get(memo);
  if (kept?.storeKey === storeKey) return kept.store;
  const [read, changesRead] = await readBytes(memo, storeKey);
  if (!read) return NO_STORE;
  const { bytes, stamp } = read;
  const changes = readChanges(await changesRead);
  const hash = Buffer.from(bytes.subarray(0, 64)).toString("latin1");
  // The whole is not hashed again when its file is still as stamped by the run that wrote it, which the changes
  // name with its hash (entry-stamp.ts): any write since would have changed the stamp.
  const known = changes?.wholeHash === hash && sameStamp(changes.wholeStamp, stamp);
  const records = recordsOf(bytes, known);
  if (!records) return NO_STORE;
  // Checked by its hash (a memo copied, whose stamps no record names): stamped now, for the next run not to hash it.
  const stampedNow = known || !read.seen ? undefined : memo.stampChecked?.(storeKey, read.seen);
  const whole = {
    hash,
    records,
    size: bytes.length,
    ...(known && stamp && { stamp }),
    ...(stampedNow && { stamp: stampedNow, stampedNow: true }),
  };
  const store = storeOf(withChanges(whole, changes), asBytes, keepsInMemory(memo), [], whole);
  if (keepsInMemory(memo)) keptStores.set(memo, { storeKey, store });
  return store;
}

/** `keep`: what is read of each record is kept, starting from `known`. */
function storeOf(
  records: ReadonlyMap<string, Uint8Array>,
  asBytes: ReadonlySet<string>,
  keep: boolean,
  known: Iterable<readonly [string, StoredOperation]> = [],
  whole?: StoreWhole,
): PieceStore {
  const read = new Map<string, StoredOperation | undefined>(known);
  return {
    keys: [...records.keys()],
    ...(whole && { whole }),
    get(key) {
      if (read.has(key)) return read.get(key);
      const record = records.get(key);
      const content = record && readPieceRecord(record, asBytes);
      const stored = content && { ...content, record };
      if (keep) read.set(key, stored);
      return stored;
    },
  };
}

/**
 * The store's bytes with their stamp, and those of its changes (read once the store is there: a run without a
 * store needs none).
 */
async function readBytes(
  memo: Memo,
  key: string,
): Promise<[StampedBytes | undefined, Promise<Uint8Array | undefined>]> {
  const ahead = readsAhead.get(memo);
  readsAhead.delete(memo);
  if (ahead?.storeKey === key) return [await ahead.bytes, ahead.changes];
  const read = async (key: string) => {
    if (memo.getBytes) return memo.getBytes(key);
    const text = await memo.get(key);
    return text === undefined ? undefined : Buffer.from(text, "utf8");
  };
  const bytes = await read(key);
  return [
    bytes && { bytes, stamp: undefined },
    bytes === undefined ? Promise.resolve(undefined) : read(changesKey(key)),
  ];
}

/**
 * Remembers the records of the operations, in the model's order, as one store
 * under `storeKey`: as changes to `whole`, the store read, when they are few;
 * otherwise whole, given to the memo as the list of its parts, never copied
 * into one buffer: most records are slices of the store read, and a fresh
 * buffer of megabytes costs more to touch than to write.
 */
export async function rememberPieceStore(
  memo: Memo,
  storeKey: string,
  records: readonly (readonly [string, Uint8Array, (StoredOperation | undefined)?])[],
  asBytes: ReadonlySet<string>,
  whole?: StoreWhole,
): Promise<void> {
  if (keepsInMemory(memo)) {
    // The whole on disk stays the one read until the write put off is made: the changes are made against it then.
    const known = records.flatMap(([key, , stored]) => (stored ? [[key, stored] as const] : []));
    const store = storeOf(new Map(records.map(([key, record]) => [key, record])), asBytes, true, known, whole);
    keptStores.set(memo, { storeKey, store });
  }
  // Kept in memory, the store is read from memory by the next run: only a new process reads it from disk.
  await writeWhenStopped(memo, `piece store ${storeKey}`, async () => {
    if (fewChanges(whole, records)) return rememberChanges(memo, storeKey, whole, records);
    const { digest, parts, size } = storeParts(records);
    const stored = await (memo.setBytes
      ? memo.setBytes(storeKey, parts, true)
      : memo.set(storeKey, Buffer.concat(parts).toString("utf8")));
    const written = new Map(records.map(([key, record]) => [key, record]));
    const stamp = isStamp(stored) ? { stamp: stored } : {};
    await rememberChanges(memo, storeKey, { hash: digest, records: written, size, ...stamp }, records);
  });
}
