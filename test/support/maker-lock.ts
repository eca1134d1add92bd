// The lock under which one worker makes a kept folder (kept-output.ts) while
// the others wait: a folder `.making-<folder>` holding its maker's pid, the
// start of its process and its thread. A maker that died is told two ways:
// its process is gone (the pid), or its lock has gone untouched for longer
// than its staleness (LockTiming). The second is for a thread that died in a
// process that lives on (a worker terminated while it made the folder): its
// pid runs on, and a waiter had waited the full MAKER_WAIT_MS. The touching is done by a thread
// of the maker's own, which Node stops with the thread that started it, and
// which runs while the maker is held in its synchronous work (a pack and
// install of some seconds), where a timer of the maker's thread would not.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId, Worker } from "node:worker_threads";

/** How long a folder's maker is waited for before making it anyway (the packed package's pack and install: ~10 s). */
const MAKER_WAIT_MS = 600_000;

/**
 * How a lock tells its maker alive: touched every `touchMs` while it is held, and thought of a maker that died once
 * untouched for `staleMs`. A test of the lock itself takes shorter ones, the same rule at another scale.
 */
export interface LockTiming {
  readonly touchMs: number;
  readonly staleMs: number;
}

/** A touch a second; ten missed, the maker died. */
export const LOCK_TIMING: LockTiming = Object.freeze({ touchMs: 1000, staleMs: 10_000 });
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits while another worker (a thread of this run, or another run) makes the folder `lock` is the lock of, until
 * `made()` says it is there, then takes the making for this one: `lock`, or null where it took none. Only the work
 * is saved: a maker that died or takes too long is not waited for, and whichever renames first still wins with the
 * same content.
 */
export function takeMaking(lock: string, made: () => boolean, timing: LockTiming = LOCK_TIMING): string | null {
  const waitUntil = Date.now() + MAKER_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), makerText());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return null;
      if (made() || Date.now() > waitUntil) return null;
      // A maker that died left its making: taken over (were two to take it, both would make the same folder).
      if (!makerAlive(lock) || untouched(lock, timing.staleMs)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(sleeper, 0, 0, 50);
      continue;
    }
    toucher().postMessage({ lock, held: true, touchMs: timing.touchMs });
    return lock;
  }
}

/** Lets the making taken by takeMaking go: the lock removed, unless a waiter took it over meanwhile. */
export function letMakingGo(lock: string): void {
  toucher().postMessage({ lock, held: false });
  let text: string | undefined;
  try {
    text = readFileSync(path.join(lock, "pid"), "utf8");
  } catch {
    // Gone, or taken over and not yet written: not this maker's to remove.
  }
  if (text === makerText()) rmSync(lock, { recursive: true, force: true });
}

/**
 * When this process started, the same in each of its threads: a lock of this process's pid written by a process
 * that started at another time is of one that ended, its pid come round again (a run cut short in a container,
 * whose pids run alike each time), not of a worker of this run.
 */
const STARTED = Math.round(Date.now() - process.uptime() * 1000);

/** What a maker writes in its lock: its pid, when its process started, and its thread. */
export const makerText = (): string => `${process.pid} ${STARTED} ${threadId}`;

/** Whether the process that took `lock` still runs (a lock just taken, its pid not yet written, counts as alive). */
function makerAlive(lock: string): boolean {
  let pid: number;
  let started: number;
  try {
    [pid, started] = readFileSync(path.join(lock, "pid"), "utf8").split(" ").map(Number) as [number, number];
  } catch {
    return statSync(lock, { throwIfNoEntry: false }) !== undefined;
  }
  // A thread of this run: one that died is told by its lock going untouched.
  if (pid === process.pid) return Math.abs(started - STARTED) < 1000;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `lock` has gone untouched for `staleMs` (a lock gone meanwhile is not: the loop takes it again). */
function untouched(lock: string, staleMs: number): boolean {
  const touched = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  return touched !== undefined && Date.now() - touched > staleMs;
}

let thread: Worker | undefined;

/**
 * This thread's toucher of the locks it holds, each every its own `touchMs`, started with its first lock; it never
 * holds the thread open.
 */
function toucher(): Worker {
  if (thread !== undefined) return thread;
  const source = `const { utimesSync } = require("node:fs");
const { parentPort } = require("node:worker_threads");
const held = new Map();
const touch = (lock) => { const now = new Date(); try { utimesSync(lock, now, now); } catch {} };
parentPort.on("message", ({ lock, held: taken, touchMs }) => {
  clearInterval(held.get(lock));
  if (taken) held.set(lock, setInterval(touch, touchMs, lock));
  else held.delete(lock);
});`;
  // No loader or flag of the process: the source is plain CommonJS.
  const started = new Worker(source, { eval: true, execArgv: [] });
  started.unref();
  // A toucher that failed leaves its locks untouched, to be taken over: the next lock starts another.
  started.once("error", () => {
    if (thread === started) thread = undefined;
  });
  thread = started;
  return started;
}
