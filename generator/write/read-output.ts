import { existsSync, statSync } from "node:fs";
import { readOutputDir } from "./output-dir.js";
import { isLocked, waitWhileLocked, type LockOptions } from "./output-lock.js";
import { backupPathOf, stagingPathOf } from "./output-swap.js";
import { errorCode, WriteRefusal } from "./write-fs.js";

export interface ReadOutputOptions extends LockOptions {
  /** How a tree is read; tests pass one during which another run swaps the folder. */
  readonly read?: (dir: string) => Promise<Map<string, string>>;
}

/** Reads that met a swap before one came out whole: more means something keeps replacing the folder. */
const MAX_ATTEMPTS = 20;

/**
 * The output folder's files as one whole tree, for `--check`, which writes
 * nothing (not even the lock). It waits while another run holds the write
 * lock, and reads again when the folder was replaced during the read (its
 * identity changed, or a run took the lock meanwhile), so it never sees a
 * folder missing half-way through a swap, nor files of two runs. After a
 * killed run, it reads the tree that the next run's recovery would keep
 * (output-swap.ts), leaving the leftovers to that run.
 */
export async function readOutputConsistently(
  outDir: string,
  options: ReadOutputOptions = {},
): Promise<Map<string, string>> {
  const read = options.read ?? readOutputDir;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    await waitWhileLocked(outDir, options);
    const dir = wholeTreeOf(outDir);
    const before = identityOf(dir);
    let files: Map<string, string> | undefined;
    try {
      files = await read(dir);
    } catch (error) {
      // A file or folder renamed away under the read: read again once the swap is over.
      if (errorCode(error) !== "ENOENT" && errorCode(error) !== "ENOTDIR") throw error;
    }
    if (files && !isLocked(outDir) && wholeTreeOf(outDir) === dir && identityOf(dir) === before) return files;
  }
  throw new WriteRefusal(`${outDir} kept being replaced while it was read; try again when no other run is writing it`);
}

/** Where the whole tree is: the folder, or after a run killed mid-swap, the tree its recovery puts in its place. */
function wholeTreeOf(outDir: string): string {
  if (existsSync(outDir) || !existsSync(backupPathOf(outDir))) return outDir;
  return existsSync(stagingPathOf(outDir)) ? stagingPathOf(outDir) : backupPathOf(outDir);
}

/**
 * Which folder `dir` is: a swap puts another folder in its place. The birth
 * time tells a new folder from an old one whose inode number was reused.
 */
function identityOf(dir: string): string {
  try {
    const { dev, ino, birthtimeMs } = statSync(dir);
    return `${dev}:${ino}:${birthtimeMs}`;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return "absent";
    throw error;
  }
}
