import { hostname } from "node:os";
import path from "node:path";
import { pidGone } from "../threads/pid-gone.js";
import { livenessOf, newIdentity, parseIdentity, type Liveness, type RunIdentity } from "./run-identity.js";
import { errorCode, tolerating, WriteRefusal, type WriteFs } from "./write-fs.js";

/**
 * One writer at a time per folder, and no check-then-delete race.
 *
 * The lock is a folder beside the one it protects (`generated.sips-json-lock`)
 * holding one file, `owner-<token>`, which says who holds it (pid, start time,
 * boot, host). It is free when that folder is absent or empty. A run prepares
 * its own folder with its owner file inside, then renames it onto the lock:
 * rename fails when a non-empty folder is there, so exactly one run gets it,
 * and a lock is never seen without its owner. An empty lock folder is removed
 * first (rmdir removes only an empty folder, so never a lock just taken).
 * Releasing removes the owner file (then the folder, if still empty).
 * A lock whose owner is gone (killed, even with SIGKILL) is taken over by
 * removing its owner file, by its own name: a name that belongs to that one
 * lock, so a run that judged an old lock stale can never remove a newer one.
 */
export const lockPathOf = (root: string): string => `${root}.sips-json-lock`;

const OWNER = "owner-";

export interface LockOptions {
  /** How long to wait for another run to let go; a run holds the lock for about a second. */
  readonly waitMs?: number;
}

/** Tokens of the locks this process holds: its own lock with another token is left over from a failed release. */
const held = new Set<string>();
const heldHere = (token: string) => held.has(token);

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

type LockState =
  | { readonly kind: "free" }
  | { readonly kind: "held"; readonly who: RunIdentity | null; readonly liveness: Liveness; readonly owner: string };

/** Who holds the lock on `root`, as the lock folder says now. */
function lockState(root: string, fs: WriteFs): LockState {
  const lock = lockPathOf(root);
  let names: string[];
  try {
    names = fs.list(lock);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { kind: "free" };
    // Not a folder (written by hand, or by another program): nobody to ask, so never taken over.
    if (errorCode(error) === "ENOTDIR") return { kind: "held", who: null, liveness: "unknown", owner: lock };
    throw error;
  }
  const owner = names.find((n) => n.startsWith(OWNER));
  if (owner === undefined) return { kind: "free" };
  let who: RunIdentity | undefined;
  try {
    who = parseIdentity(fs.readFile(path.join(lock, owner)).toString("utf8"));
  } catch (error) {
    // Released (or taken over) between the listing and the read.
    if (errorCode(error) === "ENOENT") return { kind: "free" };
    throw error;
  }
  const ownerPath = path.join(lock, owner);
  if (!who) return { kind: "held", who: null, liveness: "unknown", owner: ownerPath };
  return { kind: "held", who, liveness: livenessOf(who, heldHere), owner: ownerPath };
}

/** Whether a live run holds the lock on `root` now (a lock whose owner is gone counts as free). */
export function isLocked(root: string, fs: WriteFs): boolean {
  const state = lockState(root, fs);
  return state.kind === "held" && state.liveness !== "gone";
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
  held.add(me.token);
  const unprepare = () => {
    held.delete(me.token);
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
    held.delete(me.token);
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

/**
 * Prepared lock folders (`<lock>-<pid>-<token>`) of runs killed before they
 * renamed theirs onto the lock. Each belongs to one run, which is gone: removing
 * it races with no one.
 */
function removeGonePrepared(root: string, fs: WriteFs): void {
  const dir = path.dirname(root);
  const prefix = `${path.basename(lockPathOf(root))}-`;
  let names: string[];
  try {
    names = fs.list(dir);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const rest = name.slice(prefix.length);
    const pid = Number(rest.slice(0, rest.indexOf("-")));
    let who: RunIdentity | undefined;
    try {
      who = parseIdentity(
        fs.readFile(path.join(dir, name, `${OWNER}${rest.slice(rest.indexOf("-") + 1)}`)).toString("utf8"),
      );
    } catch (error) {
      if (errorCode(error) !== "ENOENT" && errorCode(error) !== "ENOTDIR") throw error;
    }
    // Without its owner file (killed between the two), the pid alone tells.
    const gone = who ? livenessOf(who, heldHere) === "gone" : Number.isInteger(pid) && pid > 0 && pidGone(pid);
    if (gone) fs.rmTree(path.join(dir, name));
  }
}
