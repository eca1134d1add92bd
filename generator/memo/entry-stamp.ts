// A memo entry known by its file's stat, as a committed output file is
// (write/written-stamp.ts): written under a temporary name, its modification
// time set just before its change time, then renamed, and its stat taken
// from the file still open. Any later write sets the modification time to a
// time of the clock, at or after that change time, and any later change of
// times sets the change time: so a file whose stat is still the stamp holds
// the bytes written under it. The store of pieces (emit/piece-store.ts)
// records its stamp, so that the next run need not hash its 20 MB to know
// it whole.

import type { BigIntStats } from "node:fs";
import type { FileHandle } from "node:fs/promises";

/** An entry's file as stamped: device, inode, size and both times, in decimal. */
export type EntryStamp = readonly [dev: string, ino: string, size: string, mtimeNs: string, ctimeNs: string];

/** An entry's bytes and the stamp of the file they were read from (undefined for a file never stamped). */
export interface StampedBytes {
  readonly bytes: Uint8Array;
  readonly stamp: EntryStamp | undefined;
}

/** The stamp of a file's stat, if its times are a stamp's (the modification time before the change time). */
export const stampOf = (s: BigIntStats): EntryStamp | undefined =>
  s.isFile() && s.ctimeNs > s.mtimeNs
    ? [`${s.dev}`, `${s.ino}`, `${s.size}`, `${s.mtimeNs}`, `${s.ctimeNs}`]
    : undefined;

/** Whether `value` (read from an entry's JSON) is a stamp equal to `stamp`. */
export const sameStamp = (value: unknown, stamp: EntryStamp | undefined): boolean =>
  stamp !== undefined &&
  Array.isArray(value) &&
  value.length === stamp.length &&
  stamp.every((part, i) => value[i] === part);

/** Whether what a memo's write resolved to is a stamp (a write asked to stamp, where the memo can). */
export const isStamp = (value: unknown): value is EntryStamp =>
  Array.isArray(value) && value.length === 5 && value.every((part) => typeof part === "string");

/** Sets the written, still open file's modification time a microsecond before its change time. */
export async function stampWritten(handle: FileHandle): Promise<void> {
  const made = await handle.stat({ bigint: true });
  await handle.utimes(Number(made.atimeNs) / 1e9, Number(made.ctimeNs - 1_000n) / 1e9);
}
