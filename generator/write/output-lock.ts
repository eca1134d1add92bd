import { randomUUID } from "node:crypto";
import { readFileSync, rmSync, statSync } from "node:fs";
import { errorCode, WriteRefusal, type WriteFs } from "./write-fs.js";

/** Beside the output folder, not in it: the folder itself is replaced while the lock is held. */
export const lockPathOf = (outDir: string): string => `${outDir}.sips-json-lock`;

export interface LockOptions {
  /** How long to wait for another run to finish writing; a run writes for about a second. */
  readonly waitMs?: number;
}

/**
 * Runs `fn` while holding the output folder's lock: a file created with
 * O_EXCL that holds the pid of its owner. Two runs at once therefore write one
 * after the other, never interleaved; the second waits for the first. A lock
 * whose process no longer lives (a run killed with SIGKILL) is stale and taken over.
 */
export async function withOutputLock<T>(
  outDir: string,
  fs: WriteFs,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockPath = lockPathOf(outDir);
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  const token = randomUUID();
  const content = `${process.pid} ${token}\n`;
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    // Held from before the file exists: another run of this process may read the file before this one resumes.
    held.add(token);
    try {
      await fs.writeFile(lockPath, content, { flag: "wx" });
      break;
    } catch (error) {
      held.delete(token);
      if (errorCode(error) !== "EEXIST") throw error;
    }
    const holder = readHolder(lockPath);
    if (holder?.stale) {
      removeIfSame(lockPath, holder.ino);
      continue;
    }
    if (Date.now() > deadline) {
      throw new WriteRefusal(
        `another run (pid ${holder?.pid ?? "?"}) has been writing ${outDir} for too long; if no run is going on, remove ${lockPath}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  try {
    return await fn();
  } finally {
    held.delete(token);
    if (readHolder(lockPath)?.token === token) await fs.rm(lockPath, { force: true });
  }
}

/**
 * Waits until no live run holds the output folder's lock, without taking it:
 * for a reader such as `--check`, which writes nothing, not even a lock.
 * A stale lock counts as free (the next writer takes it over).
 */
export async function waitWhileLocked(outDir: string, options: LockOptions = {}): Promise<void> {
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    const holder = readHolder(lockPathOf(outDir));
    if (holder === undefined || holder.stale) return;
    if (Date.now() > deadline) {
      throw new WriteRefusal(
        `another run (pid ${holder.pid ?? "?"}) has been writing ${outDir} for too long; if no run is going on, remove ${lockPathOf(outDir)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Whether a live run holds the output folder's lock now. */
export function isLocked(outDir: string): boolean {
  const holder = readHolder(lockPathOf(outDir));
  return holder !== undefined && !holder.stale;
}

/** Tokens of the locks this process holds: a lock of this pid with another token is left over from a failed release. */
const held = new Set<string>();

/** Who holds the lock and whether that run is gone; undefined when the lock is gone. */
function readHolder(lockPath: string): { pid: number | null; token: string; ino: number; stale: boolean } | undefined {
  try {
    const { ino, mtimeMs } = statSync(lockPath);
    const [pidText = "", token = ""] = readFileSync(lockPath, "utf8").trim().split(" ");
    const parsed = Number.parseInt(pidText, 10);
    const pid = Number.isInteger(parsed) && parsed > 0 ? parsed : null;
    // Without a pid, the lock was just created and its owner is writing it, or was killed in between: stale after a while.
    const stale = pid === null ? Date.now() - mtimeMs > 5_000 : pid === process.pid ? !held.has(token) : !isAlive(pid);
    return { pid, token, ino, stale };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process lives but belongs to someone else.
    return errorCode(error) === "EPERM";
  }
}

/** Removes a stale lock, unless another run replaced it meanwhile (a new file, so another inode). */
function removeIfSame(lockPath: string, ino: number): void {
  try {
    if (statSync(lockPath).ino !== ino) return;
    // Synchronous, so that nothing of this process runs between the check and the removal.
    rmSync(lockPath);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
}
