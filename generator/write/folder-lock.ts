// One writer at a time per folder, and no check-then-delete race.
//
// The lock is a folder beside the one it protects (`generated.sips-json-lock`)
// holding one file, `owner-<token>`, which says who holds it (pid, start time,
// boot, host). It is free when that folder is absent or empty. A run prepares
// its own folder with its owner file inside, then renames it onto the lock:
// rename fails when a non-empty folder is there, so exactly one run gets it,
// and a lock is never seen without its owner. An empty lock folder is removed
// first (rmdir removes only an empty folder, so never a lock just taken).
// Releasing removes the owner file (then the folder, if still empty).
// A lock whose owner is gone (killed, even with SIGKILL) is taken over by
// removing its owner file, by its own name: a name that belongs to that one
// lock, so a run that judged an old lock stale can never remove a newer one.

import { hostname } from "node:os";
import path from "node:path";
import { newIdentity } from "./run-identity.js";
import { heldHereTokens, lockPathOf, lockState, OWNER, removeGonePrepared, type LockState } from "./lock-holder.js";
import { errorCode, tolerating, WriteRefusal, type WriteFs } from "./write-fs.js";

export interface LockOptions {
  /** How long to wait for another run to let go; a run holds the lock for about a second. */
  readonly waitMs?: number;
}

/**
 * How to let go of each lock this thread has prepared or holds, by token, in the order they were taken: what
 * a command ended by a signal runs before it exits (releaseHeldLocks).
 */
const lettingGo = new Map<string, () => void>();

/**
 * Lets go of every lock this thread holds or prepared, the last taken first, at once: for a command that a
 * signal ends between two steps of its run (cli/interrupted.ts). A lock it cannot release is left as a killed
 * run's, stale once the process is gone.
 */
export function releaseHeldLocks(): void {
  for (const letGo of [...lettingGo.values()].reverse()) {
    try {
      letGo();
    } catch {}
  }
  lettingGo.clear();
}

type Step<T> = { readonly done: T } | { readonly wait: LockState };

/**
 * The one backoff loop: `step` until it is done, waiting 10 ms, then twice as
 * long each time (at most 200 ms) while another run holds the lock; past the
 * deadline, a refusal that says who holds it.
 */
async function untilFree<T>(root: string, options: LockOptions, step: () => Step<T>): Promise<T> {
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    const result = step();
    if ("done" in result) return result.done;
    if (Date.now() > deadline) {
      const who = result.wait.kind === "held" ? result.wait.who : null;
      const holder = who ? `pid ${who.pid}${who.host === hostname() ? "" : ` on ${who.host}`}` : "unknown";
      throw new WriteRefusal(
        `another run (${holder}) has held ${root} for too long; if no run is going on, remove ${lockPathOf(root)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Waits until no live run holds the lock on `root`, without taking it: for readers, which write nothing. */
export function waitWhileLocked(root: string, fs: WriteFs, options: LockOptions = {}): Promise<void> {
  return untilFree(root, options, () => {
    const state = lockState(root, fs);
    return state.kind === "free" || state.liveness === "gone" ? { done: undefined } : { wait: state };
  });
}

/** Runs `fn` while holding the lock on `root`; a second run waits for the first (see above). */
export async function withFolderLock<T>(
  root: string,
  fs: WriteFs,
  fn: () => T | Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const me = newIdentity();
  const lock = lockPathOf(root);
  const prepared = `${lock}-${me.pid}-${me.token}`;
  const owner = path.join(lock, `${OWNER}${me.token}`);
  heldHereTokens.add(me.token);
  const unprepare = () => {
    heldHereTokens.delete(me.token);
    lettingGo.delete(me.token);
    tolerating(["ENOENT"], () => fs.rmTree(prepared));
  };
  lettingGo.set(me.token, unprepare);
  try {
    removeGonePrepared(root, fs);
    fs.mkdir(prepared);
    fs.createFile(path.join(prepared, `${OWNER}${me.token}`), `${JSON.stringify(me)}\n`);
    await untilFree(root, options, () => tryToTake(root, prepared, fs));
  } catch (error) {
    unprepare();
    throw error;
  }
  const release = () => {
    heldHereTokens.delete(me.token);
    lettingGo.delete(me.token);
    fs.unlink(owner);
    tolerating(["ENOENT", "ENOTEMPTY", "EEXIST"], () => fs.rmdir(lock));
  };
  lettingGo.set(me.token, release);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    // The run's own failure is the one to report; a lock left behind is stale once this process is gone.
    try {
      release();
    } catch {}
    throw error;
  }
  release();
  return result;
}

/** One attempt: the prepared folder onto the lock; a lock found free, or whose owner is gone, is tried again at once. */
function tryToTake(root: string, prepared: string, fs: WriteFs): Step<undefined> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      fs.rename(prepared, lockPathOf(root));
      return { done: undefined };
    } catch (error) {
      if (!["ENOTEMPTY", "EEXIST", "ENOTDIR", "EISDIR"].includes(errorCode(error) ?? "")) throw error;
    }
    const state = lockState(root, fs);
    if (state.kind === "held" && state.liveness !== "gone") return { wait: state };
    // Gone: its owner file goes, by its own name; if another run took the lock over meanwhile, nothing is removed.
    if (state.kind === "held") tolerating(["ENOENT"], () => fs.unlink(state.owner));
    // A free lock folder goes too (where a rename cannot replace an empty folder); if another run took it meanwhile, it is not empty and stays.
    tolerating(["ENOENT", "ENOTEMPTY", "EEXIST"], () => fs.rmdir(lockPathOf(root)));
  }
  return { wait: lockState(root, fs) };
}
