// A memo entry known by its file's stat, as a committed output file is
// (write/written-stamp.ts): written under a temporary name, its modification
// time set just before its change time, then renamed, and its stat taken
// from the file still open. Any later write sets the modification time to a
// time of the clock, at or after that change time, and any later change of
// times sets the change time: so a file whose stat is still the stamp holds
// the bytes written under it. The store of pieces (emit/piece-store.ts)
// records its stamp, so that the next run need not hash its 20 MB to know
// it whole.

import { closeSync, fstatSync, futimesSync, openSync, type BigIntStats } from "node:fs";
import type { FileHandle } from "node:fs/promises";

/** An entry's file as stamped: device, inode, size and both times, in decimal. */
export type EntryStamp = readonly [dev: string, ino: string, size: string, mtimeNs: string, ctimeNs: string];

/** An entry's bytes and the stamp of the file they were read from (undefined for a file never stamped). */
export interface StampedBytes {
  readonly bytes: Uint8Array;
  readonly stamp: EntryStamp | undefined;
  /** The file's stat once read, in the same form, whatever its times: what stampChecked compares. */
  readonly seen?: EntryStamp;
}

/** A file's device, inode, size and both times, whatever they are. */
export const statParts = (s: BigIntStats): EntryStamp => [
  `${s.dev}`,
  `${s.ino}`,
  `${s.size}`,
  `${s.mtimeNs}`,
  `${s.ctimeNs}`,
];

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

/**
 * Stamps `file`, whose bytes were read and checked by their hash while its stat was `seen`, as a write stamps an
 * entry: a memo copied from elsewhere (a fresh clone's cache, a test's copy) holds no stamp its record names, and
 * each run would hash its tens of megabytes again. Not when the file changed since (another stat), nor where the
 * times cannot be set: undefined then. The memo writes an entry anew under a temporary name, never in place, so
 * that what was checked is what is stamped; a write in place between the stat and the stamp (not the memo's) is
 * the one window, as wide as two system calls.
 */
export function stampChecked(file: string, seen: EntryStamp): EntryStamp | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const now = fstatSync(fd, { bigint: true });
    if (!sameStamp(statParts(now), seen)) return undefined;
    futimesSync(fd, Number(now.atimeNs) / 1e9, Number(now.ctimeNs - 1_000n) / 1e9);
    return stampOf(fstatSync(fd, { bigint: true }));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
