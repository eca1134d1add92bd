// What changed in the store of pieces (piece-store.ts) since its whole was
// written: one operation edited among a thousand changes one record of tens of
// megabytes, and writing the whole again on every run (hashed, then written)
// cost more than the edit's own work. A run that changes few records writes
// them alone into an entry of their own, beside the whole it read, which it
// names by the whole's SHA-256: the next run reads both and takes each
// unchanged record from the whole. Once the changed records outweigh a
// quarter of the whole, the whole is written again, and the changes after it
// as references alone.
//
// The entry: the SHA-256 of the rest, a newline, the JSON of the whole's
// SHA-256, of the index (each operation's key, with the length of its
// record when the record is here, alone when the whole holds it) and of the
// whole's stamp when known (entry-stamp.ts), a newline,
// then the records held here, in the index's order. An entry that does not
// check, or that names another whole or a record the whole lacks, is no
// change: the whole alone is the store (whose records are right for their
// keys, made from the operations' inputs), never a wrong record.

import { checkedEntry, framedEntry } from "./checked-entry.js";
import type { EntryStamp } from "../memo/entry-stamp.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";

/** The key of the changes of the store under `storeKey`. */
export const changesKey = (storeKey: string): string => memoKey("piece-store changes", storeKey);

/** A whole store in the memo: its SHA-256 and its records by key. */
export interface StoreWhole {
  readonly hash: string;
  readonly records: ReadonlyMap<string, Uint8Array>;
  /** Bytes of the whole's entry. */
  readonly size: number;
  /** The stamp of the whole's file, when it is known to be the one the whole was written with. */
  readonly stamp?: EntryStamp;
  /** Whether this run stamped the whole (stampChecked): no record names the stamp yet, so the changes are written. */
  readonly stampedNow?: boolean;
}

/** An entry of changes whose own hash holds: the whole it is made against, as it names it, and its index. */
export interface StoreChanges {
  readonly wholeHash: unknown;
  /** The stamp of the whole's file, as the run that wrote the whole took it (entry-stamp.ts). */
  readonly wholeStamp: unknown;
  readonly index: unknown;
  readonly start: number;
  readonly bytes: Uint8Array;
}

/** The entry of changes in `bytes`, undefined when missing or damaged. */
export function readChanges(bytes: Uint8Array | undefined): StoreChanges | undefined {
  const entry = bytes && checkedEntry(bytes);
  if (!entry || !Array.isArray(entry.index)) return undefined;
  const [wholeHash, index, wholeStamp] = entry.index as unknown[];
  return { wholeHash, wholeStamp, index, start: entry.start, bytes };
}

/**
 * The records of the store in order, the changes applied to `whole`; the
 * whole's records alone when the changes are missing, damaged or of another
 * whole.
 */
export function withChanges(whole: StoreWhole, changes: StoreChanges | undefined): Map<string, Uint8Array> {
  return (changes && changedRecords(whole, changes)) ?? new Map(whole.records);
}

function changedRecords(whole: StoreWhole, { wholeHash, index, start, bytes }: StoreChanges) {
  if (wholeHash !== whole.hash || !Array.isArray(index)) return undefined;
  const records = new Map<string, Uint8Array>();
  for (const entry of index as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string") return undefined;
    const key = entry[0];
    if (entry.length === 1) {
      const kept = whole.records.get(key);
      if (kept === undefined) return undefined;
      records.set(key, kept);
      continue;
    }
    if (!Number.isSafeInteger(entry[1]) || (entry[1] as number) < 0) return undefined;
    const end = start + (entry[1] as number);
    if (end > bytes.length) return undefined;
    records.set(key, bytes.subarray(start, end));
    start = end;
  }
  return start === bytes.length ? records : undefined;
}

/**
 * Remembers `records` as changes to `whole`: written after every store, a
 * whole written again included (then as references alone), so that the
 * changes found beside a whole are always the last run's. With the whole's
 * stamp, when known: the next run then trusts the whole it reads under that
 * stamp without hashing it (piece-store.ts).
 */
export async function rememberChanges(
  memo: Memo,
  storeKey: string,
  whole: StoreWhole,
  records: readonly (readonly [string, Uint8Array, ...unknown[]])[],
): Promise<void> {
  const own = records.filter(([key]) => !whole.records.has(key));
  const index = records.map(([key, record]) => (whole.records.has(key) ? [key] : [key, record.length]));
  const parts = [
    Buffer.from(`${JSON.stringify(whole.stamp ? [whole.hash, index, whole.stamp] : [whole.hash, index])}\n`, "utf8"),
    ...own.map(([, record]) => record),
  ];
  const all = framedEntry(parts).parts;
  const key = changesKey(storeKey);
  await (memo.setBytes ? memo.setBytes(key, all) : memo.set(key, Buffer.concat(all).toString("utf8")));
}

/** Whether `records` are better written as changes to `whole` than as a whole: those it lacks weigh a quarter of it at most. */
export function fewChanges(
  whole: StoreWhole | undefined,
  records: readonly (readonly [string, Uint8Array, ...unknown[]])[],
): whole is StoreWhole {
  if (whole === undefined) return false;
  let size = 0;
  for (const [key, record] of records) if (!whole.records.has(key)) size += record.length;
  return size * 4 <= whole.size;
}
