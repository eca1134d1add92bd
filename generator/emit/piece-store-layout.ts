// The bytes of the store of pieces (piece-store.ts): the SHA-256 of the rest,
// the index (each operation's key and the length of its record, as JSON, on
// one line), then the records in the index's order. Read, the whole is checked
// once (checked-entry.ts) and each record is a slice of it.

import { checkedEntry, framedEntry } from "./checked-entry.js";

/** Each operation's record by its key, once the whole is checked (or `known`, checkedEntry); undefined for a damaged store. */
export function recordsOf(bytes: Uint8Array, known: boolean): Map<string, Uint8Array> | undefined {
  const entry = checkedEntry(bytes, known);
  if (!entry || !Array.isArray(entry.index)) return undefined;
  const entries: unknown[] = entry.index;
  const records = new Map<string, Uint8Array>();
  let start = entry.start;
  for (const entry of entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Number.isSafeInteger(entry[1])) return undefined;
    const end = start + (entry[1] as number);
    if (end > bytes.length) return undefined;
    records.set(entry[0], bytes.subarray(start, end));
    start = end;
  }
  return start === bytes.length ? records : undefined;
}

/**
 * The store of `records` as the parts of its entry, in order (never copied into one buffer: most records are
 * slices of the store read), the digest that starts it and its size in bytes.
 */
export function storeParts(records: readonly (readonly [string, Uint8Array, ...unknown[]])[]): {
  readonly digest: string;
  readonly parts: Uint8Array[];
  readonly size: number;
} {
  const index = Buffer.from(`${JSON.stringify(records.map(([key, record]) => [key, record.length]))}\n`, "utf8");
  const framed = framedEntry([index, ...records.map(([, record]) => record)]);
  let size = 65 + index.length;
  for (const [, record] of records) size += record.length;
  return { digest: framed.hash, parts: framed.parts, size };
}
