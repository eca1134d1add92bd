import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { errorCode } from "./write-fs.js";

/**
 * Who holds a lock: a process, told apart from a later one that got the same
 * pid by its start time (Linux: /proc/<pid>/stat, in clock ticks since boot)
 * and by the boot it ran in. Elsewhere the start time is unknown and the pid
 * alone decides.
 */
export interface RunIdentity {
  readonly pid: number;
  readonly start: string | null;
  readonly boot: string | null;
  readonly host: string;
  /** One per lock taken: a process may hold several locks, or take one again. */
  readonly token: string;
}

export function newIdentity(): RunIdentity {
  return { pid: process.pid, start: ownStart(), boot: bootId(), host: hostname(), token: randomUUID() };
}

export type Liveness = "alive" | "gone" | "unknown";

/**
 * Whether the process that wrote `who` still runs. "unknown" when it ran on
 * another host (a shared folder): such a lock is never taken over.
 * `heldHere` tells, for this very process, whether it still holds that lock.
 */
export function livenessOf(who: RunIdentity, heldHere: (token: string) => boolean): Liveness {
  if (who.host !== hostname()) return "unknown";
  const boot = bootId();
  if (who.boot !== null && boot !== null && who.boot !== boot) return "gone";
  if (who.pid === process.pid && who.start === ownStart()) return heldHere(who.token) ? "alive" : "gone";
  try {
    process.kill(who.pid, 0);
  } catch (error) {
    // EPERM: the process lives but belongs to someone else.
    return errorCode(error) === "EPERM" ? sameStart(who) : "gone";
  }
  return sameStart(who);
}

function sameStart(who: RunIdentity): Liveness {
  if (who.start === null) return "alive";
  const now = startTimeOf(who.pid);
  return now === null || now === who.start ? "alive" : "gone";
}

/** Field 22 of /proc/<pid>/stat, after the command name (which may hold spaces and parentheses). */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

// This process's start time never changes: read once, where each check of a
// lock this process holds (a waiting loop polls) read /proc again.
let own: string | null | undefined;
function ownStart(): string | null {
  if (own === undefined) own = startTimeOf(process.pid);
  return own;
}

let boot: string | null | undefined;
function bootId(): string | null {
  if (boot !== undefined) return boot;
  try {
    boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    boot = null;
  }
  return boot;
}

/** The identity in a lock's owner file, or undefined when the text is not one. */
export function parseIdentity(text: string): RunIdentity | undefined {
  try {
    const v = JSON.parse(text) as Partial<RunIdentity>;
    if (typeof v.pid !== "number" || typeof v.token !== "string" || typeof v.host !== "string") return undefined;
    const orNull = (x: unknown) => (typeof x === "string" ? x : null);
    return { pid: v.pid, start: orNull(v.start), boot: orNull(v.boot), host: v.host, token: v.token };
  } catch {
    return undefined;
  }
}
