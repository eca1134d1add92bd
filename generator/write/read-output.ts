import { waitWhileLocked, type LockOptions } from "./folder-lock.js";
import { isLocked } from "./lock-holder.js";
import { readJournal, stagingPathOf } from "./journal.js";
import { outputState, type OutputState } from "./output-state.js";
import { nothingKept, type KeptBetweenRuns } from "./kept-between-runs.js";
import { nodeFs } from "./node-fs.js";
import { errorCode, lstatOrAbsent, WriteRefusal, type WriteFs } from "./write-fs.js";

export interface ReadOutputOptions extends LockOptions {
  /** The file operations to use; tests pass one during which another run changes the folder. */
  readonly fs?: WriteFs;
  /** As for writeOutput: what is known of the output's files, so that only files changed since are read. */
  readonly statRecord?: string;
  /** As for writeOutput: what a process that runs again and again keeps between runs. */
  readonly kept?: KeptBetweenRuns;
}

/** Reads that met a change before one came out whole: more means something keeps changing the folder. */
const MAX_ATTEMPTS = 20;

/**
 * Reads a folder that other runs may be changing, without taking its lock
 * (for `--check`, which writes nothing): it waits while a run holds the lock,
 * and reads again when a run changed the folder during the read (it took the
 * lock meanwhile, or the folder's modification time moved: every change
 * ends by moving it forward), so it never sees files of two runs.
 */
export async function readWithoutLock<T>(
  root: string,
  read: () => T | Promise<T>,
  options: ReadOutputOptions = {},
): Promise<T> {
  const fs = options.fs ?? nodeFs;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    await waitWhileLocked(root, fs, options);
    const before = markerOf(root, fs);
    let result: T | undefined;
    let done = false;
    try {
      result = await read();
      done = true;
    } catch (error) {
      // A file or folder removed under the read: read again once that run is over.
      if (errorCode(error) !== "ENOENT" && errorCode(error) !== "ENOTDIR") throw error;
    }
    if (done && !isLocked(root, fs) && markerOf(root, fs) === before) return result as T;
  }
  throw new WriteRefusal(`${root} kept changing while it was read; try again when no other run is writing it`);
}

/**
 * The output folder as one whole tree, read without its lock. After a killed
 * run, it is the tree that the next run's recovery will leave; the leftovers
 * stay for that run.
 */
export async function readOutputConsistently(outDir: string, options: ReadOutputOptions = {}): Promise<OutputState> {
  const fs = options.fs ?? nodeFs;
  const record = (options.kept ?? nothingKept).record(options.statRecord, outDir, fs);
  const state = await readWithoutLock(outDir, () => outputState(outDir, fs, record, true), options);
  record.save();
  return state;
}

/**
 * Refuses to read a folder that a killed run left half-way through a change
 * the reader cannot see through (the spec folder, which the read stage reads
 * file by file): the next run that takes its lock finishes that change.
 */
export function assertNoCutChange(root: string, fs: WriteFs = nodeFs): void {
  if (readJournal(root, fs))
    throw new WriteRefusal(
      `${root} is half-way through a change that a killed run left; run \`npm run sync\` or \`npm run generate\`, which finish it first`,
    );
}

/** What differs whenever a run changed the folder: its identity and times, and the change staged beside it. */
function markerOf(root: string, fs: WriteFs): string {
  const stat = lstatOrAbsent(fs, root);
  const staged = lstatOrAbsent(fs, stagingPathOf(root));
  const folder = stat ? `${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}` : "absent";
  return `${folder} ${staged ? `${staged.ino}:${staged.ctimeNs}` : "none"}`;
}
