// Who holds the lock on a folder (folder-lock.ts), as its lock folder says:
// free, or held by a run that is alive, gone or unknown; and the prepared
// lock folders of runs killed before they took the lock, which no one else
// will remove.

import path from "node:path";
import { pidGone } from "../threads/pid-gone.js";
import { livenessOf, parseIdentity, type Liveness, type RunIdentity } from "./run-identity.js";
import { errorCode, type WriteFs } from "./write-fs.js";

/** The lock folder beside `root` (`generated.sips-json-lock`); its one file `owner-<token>` says who holds it. */
export const lockPathOf = (root: string): string => `${root}.sips-json-lock`;

/** How an owner file's name starts, before its run's token. */
export const OWNER = "owner-";

/**
 * Tokens of the locks this process holds (folder-lock.ts adds and removes them): its own lock with another token
 * is left over from a failed release.
 */
export const heldHereTokens = new Set<string>();
const heldHere = (token: string) => heldHereTokens.has(token);

export type LockState =
  | { readonly kind: "free" }
  | { readonly kind: "held"; readonly who: RunIdentity | null; readonly liveness: Liveness; readonly owner: string };

/** Who holds the lock on `root`, as the lock folder says now. */
export function lockState(root: string, fs: WriteFs): LockState {
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

/**
 * Prepared lock folders (`<lock>-<pid>-<token>`) of runs killed before they
 * renamed theirs onto the lock. Each belongs to one run, which is gone: removing
 * it races with no one.
 */
export function removeGonePrepared(root: string, fs: WriteFs): void {
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
