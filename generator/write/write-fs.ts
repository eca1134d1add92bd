import type * as fs from "node:fs";
import type { Bytes } from "../memo/content-hash.js";
import type { FileStat } from "../memo/lean-stat.js";

/**
 * Every file operation of the write stage, the lock and the journal
 * included, passed in so that tests can make any one of them fail
 * (test/write/write-faults.test.ts) and check that the folder written is
 * still entirely old or entirely new. Synchronous: a run does thousands of
 * small operations one after the other, and a round trip through libuv's
 * thread pool for each cost more than the operations themselves.
 */
export interface WriteFs {
  /** Without following a symbolic link; undefined when nothing is there (no exception: thousands of paths are probed). */
  lstat(p: string): FileStat | undefined;
  /** The names in a folder. */
  list(p: string): string[];
  /** Every entry under a folder, at any depth. */
  walk(p: string): fs.Dirent[];
  readFile(p: string): Buffer;
  /** The SHA-256 of a file's bytes, in hex, read in pieces rather than whole. */
  hashFile(p: string): string;
  /** Creates a new file: fails with EEXIST when one is there. Bytes given as parts are written one after the other. */
  createFile(p: string, text: string | Bytes): void;
  /**
   * Creates a new file as createFile does, then, before closing it, sets its access and modification times to
   * what `stamp` gives of its stat (seconds since the epoch): its stat after, looked at through the open file.
   */
  createStamped(p: string, text: string | Bytes, stamp: (made: FileStat) => number): FileStat;
  /** Appends to a file that is there (for a cache: optional, and a failure loses nothing). */
  appendFile?(p: string, text: string): void;
  /**
   * Writes `text` over a file that is there, from its start, and cuts it to
   * that length: its blocks are reused, not freed and allocated again.
   */
  overwriteFile(p: string, text: string | Bytes): void;
  /**
   * Renames `from` to `to`, replacing what is there. `large`: the file replaced may be megabytes, whose blocks are
   * then given back on another thread rather than within this call (node-fs.ts); the rename itself is the same.
   */
  rename(from: string, to: string, large?: boolean): void;
  /** Gives the file at `existing` one more name, `to` (a hard link); fails with EEXIST when `to` is there. */
  link(existing: string, to: string): void;
  unlink(p: string): void;
  /** Creates a folder and the folders above it that are missing. */
  mkdir(p: string): void;
  /** Removes an empty folder. */
  rmdir(p: string): void;
  /** Removes a tree, if there is one. */
  rmTree(p: string): void;
  /** Sets the access and modification times of a file or folder (in seconds since the epoch), and so its change time. */
  touch(p: string, seconds: number): void;
  /**
   * Watches one folder (not its subfolders) for changes to its entries and to
   * itself: `onName` gets the name of what changed, that of the folder for the
   * folder itself, null when unknown. Optional: without it, nothing is watched.
   */
  watch?(dir: string, onName: (name: string | null) => void, onError: (error: unknown) => void): FolderWatcher;
}

export interface FolderWatcher {
  close(): void;
}

/** A refusal caused by the state of the disk, not by a bug: the command line exits 1 with the message. */
export class WriteRefusal extends Error {
  override readonly name = "WriteRefusal";
}

export const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** The bytes of the file at `p`, or null when there is none (nor a folder above it). */
export function readIfThere(fs: WriteFs, p: string): Buffer | null {
  try {
    return fs.readFile(p);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null;
    throw error;
  }
}

/** The entry at `p`, or undefined when there is none (nor a folder above it). */
export function lstatOrAbsent(fs: WriteFs, p: string): FileStat | undefined {
  try {
    return fs.lstat(p);
  } catch (error) {
    if (errorCode(error) === "ENOTDIR") return undefined;
    throw error;
  }
}

/** The entry at `p`; throws ENOENT, as the file system would, when there is none. */
export function lstatThere(fs: WriteFs, p: string): FileStat {
  const stat = fs.lstat(p);
  if (stat === undefined)
    throw Object.assign(new Error(`ENOENT: no such file or directory, lstat '${p}'`), { code: "ENOENT" });
  return stat;
}

/** Runs `op`, treating the listed error codes as "already so". */
export function tolerating(codes: readonly string[], op: () => void): void {
  try {
    op();
  } catch (error) {
    if (!codes.includes(errorCode(error) ?? "")) throw error;
  }
}
