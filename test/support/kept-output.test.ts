// A kept folder is made once when two workers ask for it together: the second
// waits for the first's rather than make it too (the packed package's pack and
// install, ~7 s of CPU), and does not wait for a maker that has died: a process
// that ended, or a thread that did in a process that lives on.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { keptDir, keptFolder, keptPath } from "./kept-output.js";
import { LOCK_TIMING, type LockTiming, makerText } from "./maker-lock.js";
import { moduleForThreads } from "./thread-module.js";

const NAME = "kept-output-test";
const key = (which: string) => JSON.stringify([which, process.pid, Date.now()]);
const lockOf = (target: string) => path.join(keptDir, `.making-${path.basename(target)}`);
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(lockOf(dir), { recursive: true, force: true });
  }
});

// A lock just taken has no pid in it yet: its maker is waited for as one that wrote it. One written by another
// thread of this process names the same start, though that thread loaded maker-lock.ts over a second later.
test.each([
  { lock: "its pid written", pid: "this thread" },
  { lock: "its pid written by that thread, started later", pid: "that thread" },
  { lock: "just taken", pid: "none" },
  // pid 1 runs as long as the system or container does; its user is root, where a run not as root may not signal it.
  { lock: "of a process this one may not signal (pid 1)", pid: "1" },
])("a folder another worker is making ($lock) is waited for and taken, not made again", async ({ pid }) => {
  const k = key(`waited ${pid}`);
  const target = keptPath(NAME, k);
  made.push(target);
  mkdirSync(keptDir, { recursive: true });
  mkdirSync(lockOf(target));
  if (pid === "this thread") writeFileSync(path.join(lockOf(target), "pid"), makerText());
  if (pid === "1") writeFileSync(path.join(lockOf(target), "pid"), "1 0");
  // The other worker: a thread that makes the folder a little later, then lets its making go.
  const other = new Worker(
    `const { mkdirSync, writeFileSync, rmSync } = require("node:fs");
const { workerData: { target, lock, pid, module } } = require("node:worker_threads");
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  if (pid === "that thread") {
    await wait(1200);
    // A lock that names no maker, were the import to fail: taken over, and the test fails, rather than wait.
    const text = await import(module).then((kept) => kept.makerText(), (error) => "failed " + error);
    writeFileSync(lock + "/pid", text);
  }
  await wait(300);
  mkdirSync(target);
  writeFileSync(target + "/by", "the other worker");
  rmSync(lock, { recursive: true, force: true });
})();`,
    {
      eval: true,
      workerData: {
        target,
        lock: lockOf(target),
        pid,
        module: pid === "that thread" ? await moduleForThreads(path.join(import.meta.dirname, "maker-lock.ts")) : null,
      },
    },
  );
  const writes: string[] = [];
  const dir = keptFolder(NAME, k, (into) => {
    writes.push(into);
    writeFileSync(path.join(into, "by"), "this worker");
  });
  await other.terminate();
  expect(dir).toBe(target);
  expect(writes).toEqual([]);
});

test("a maker whose process has ended is not waited for: the folder is made, and its making let go", () => {
  const k = key("dead");
  const target = keptPath(NAME, k);
  made.push(target);
  // The pid of a process that has exited.
  const ended = Number(execFileSync(process.execPath, ["-p", "process.pid"], { encoding: "utf8" }));
  mkdirSync(keptDir, { recursive: true });
  mkdirSync(lockOf(target));
  writeFileSync(path.join(lockOf(target), "pid"), String(ended));
  const writes: string[] = [];
  // While it makes the folder, the lock names this process as its maker.
  const held = () => readFileSync(path.join(lockOf(target), "pid"), "utf8");
  expect(keptFolder(NAME, k, (into) => void writes.push(`${into} ${held()}`))).toBe(target);
  expect(writes).toEqual([expect.stringMatching(new RegExp(` ${makerText()}$`))]);
  expect(() => mkdirSync(lockOf(target))).not.toThrow();
});

test("a lock of this process's pid left by a process that started at another time is taken over, not waited for", async () => {
  // A run cut short while it made a folder leaves its lock; a later run may have its pid (a container's pids run
  // alike each time). The later run is a process of its own here, killed were it to wait for the lock.
  const k = key("pid again");
  const script = `
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { keptDir, keptFolder, keptPath } from ${JSON.stringify(await moduleForThreads(path.join(import.meta.dirname, "kept-output.ts")))};
const [name, key, left] = process.argv.slice(-3);
const lock = path.join(keptDir, ".making-" + path.basename(keptPath(name, key)));
mkdirSync(keptDir, { recursive: true });
mkdirSync(lock);
writeFileSync(path.join(lock, "pid"), left.replace("PID", String(process.pid)));
// Touched an hour on: the lock is never stale, so that only its pid and start tell its maker gone.
const later = new Date(Date.now() + 3_600_000);
utimesSync(lock, later, later);
let writes = 0;
keptFolder(name, key, () => void writes++);
console.log(writes);
`;
  // The lock as this version writes it, of a process that started an hour before; as the one before wrote it, the pid alone.
  for (const [i, left] of [`PID ${Date.now() - 3_600_000}`, "PID"].entries()) {
    const k2 = `${k}-${i}`;
    made.push(keptPath(NAME, k2));
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, NAME, k2, left], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(out.trim()).toBe("1");
    expect(() => mkdirSync(lockOf(keptPath(NAME, k2)))).not.toThrow();
  }
});

/** What a thread's keptFolder(NAME, key) gave: the folder, and whether that thread's write made it. */
interface Kept {
  readonly dir: string;
  readonly wrote: boolean;
}

/**
 * How the threads' locks tell a maker that died: the rule of maker-lock.ts at a smaller scale (twenty touches
 * missed), so that a maker is taken over or waited for within a moment rather than ten seconds.
 */
const TIMING: LockTiming = { touchMs: 20, staleMs: 400 };

/** Longer than any wait of a thread's keptFolder but one for a lock it never takes over. */
const GAVE_WITHIN_MS = 15_000;

/** A flag another thread waits on until it is set. */
function flag(): { shared: Int32Array; set: () => void } {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  return {
    shared,
    set: () => {
      Atomics.store(shared, 0, 1);
      Atomics.notify(shared, 0);
    },
  };
}

/**
 * A thread of this process that loads kept-output.ts (`source`, its bundle: thread-module.ts), waits for `start`
 * (at once where `started`), then calls keptFolder(NAME, `k`, …, TIMING) (`calling`, once it is about to) with a
 * write that says so (`making`), is then held, as a pack and install holds its thread, until `release` (at once
 * where `held` is false), and then writes its folder: `kept`. A thread started later is loaded meanwhile, as one of
 * another worker would be.
 */
function keptInThread(
  source: string,
  k: string,
  { held = true, started = true } = {},
): {
  thread: Worker;
  start: () => void;
  calling: Promise<void>;
  making: Promise<void>;
  release: () => void;
  kept: Promise<Kept>;
} {
  const [go, hold] = [flag(), flag()];
  if (started) go.set();
  if (!held) hold.set();
  const thread = new Worker(
    `const { writeFileSync } = require("node:fs");
const { parentPort, workerData: { name, key, go, hold, timing } } = require("node:worker_threads");
import(${JSON.stringify(source)})
  .then(({ keptFolder }) => {
    let wrote = false;
    Atomics.wait(go, 0, 0);
    parentPort.postMessage("calling");
    const dir = keptFolder(name, key, (into) => {
      wrote = true;
      parentPort.postMessage("making");
      Atomics.wait(hold, 0, 0);
      writeFileSync(into + "/by", "a thread");
    }, timing);
    parentPort.postMessage({ dir, wrote });
  });`,
    { eval: true, workerData: { name: NAME, key: k, go: go.shared, hold: hold.shared, timing: TIMING } },
  );
  let calling: () => void = () => undefined;
  const isCalling = new Promise<void>((resolve) => (calling = resolve));
  let making: () => void = () => undefined;
  const isMaking = new Promise<void>((resolve) => (making = resolve));
  const kept = new Promise<Kept>((resolve, reject) => {
    thread.on("message", (message: "calling" | "making" | Kept) =>
      message === "calling" ? calling() : message === "making" ? making() : resolve(message),
    );
    thread.once("error", reject);
    thread.once("exit", (code) => reject(new Error(`the thread exited (${code}) before keptFolder gave anything`)));
  });
  // A thread terminated while it makes gives nothing, and nothing waits for it.
  kept.catch(() => undefined);
  return { thread, start: go.set, calling: isCalling, making: isMaking, release: hold.set, kept };
}

/** What `thread` kept, or an error (the thread terminated) once `ms` went by: a wait of MAKER_WAIT_MS is a failure. */
async function keptWithin(ms: number, { thread, kept }: ReturnType<typeof keptInThread>): Promise<Kept> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`keptFolder gave nothing within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([kept, late]);
  } catch (error) {
    await thread.terminate();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once `lock` is touched, its mtime moved on from what it is now. */
async function touched(lock: string): Promise<void> {
  const taken = statSync(lock).mtimeMs;
  for (const until = Date.now() + GAVE_WITHIN_MS; statSync(lock).mtimeMs === taken;) {
    if (Date.now() > until) throw new Error(`${lock} was not touched within ${GAVE_WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A key of its own, and the folder keptFolder(NAME, key) makes, which `run` is given; removed, with its lock, after. */
async function withTarget(which: string, run: (k: string, target: string) => Promise<void>): Promise<void> {
  const k = key(which);
  const target = keptPath(NAME, k);
  try {
    await run(k, target);
  } finally {
    rmSync(target, { recursive: true, force: true });
    rmSync(lockOf(target), { recursive: true, force: true });
  }
}

test.concurrent("a maker thread terminated while it makes a folder is waited for until its lock goes untouched", () =>
  withTarget("terminated", async (k, target) => {
    const source = await moduleForThreads(path.join(import.meta.dirname, "kept-output.ts"));
    const [maker, next] = [keptInThread(source, k), keptInThread(source, k, { held: false, started: false })];
    await maker.making;
    await maker.thread.terminate();
    // Its pid lives on, as when a test runner ends one of its threads: the next maker makes the folder, once the
    // lock has gone untouched for TIMING's staleness, well before the default's.
    next.start();
    await next.calling;
    expect(await keptWithin(LOCK_TIMING.staleMs / 2, next)).toEqual({ dir: target, wrote: true });
  }),
);

test.concurrent("a maker thread held in its write past a lock's staleness is waited for: its lock is touched", () =>
  withTarget("held", async (k, target) => {
    const source = await moduleForThreads(path.join(import.meta.dirname, "kept-output.ts"));
    const [maker, waiter] = [keptInThread(source, k), keptInThread(source, k, { held: false, started: false })];
    await maker.making;
    // Once the maker's toucher runs (its thread starts with the first lock, which may take a while on a busy machine).
    await touched(lockOf(target));
    waiter.start();
    await waiter.calling;
    // The waiter waits a lock held for half as long again as its staleness: touched all along, it is not taken over.
    await new Promise((resolve) => setTimeout(resolve, 1.5 * TIMING.staleMs));
    maker.release();
    expect(await keptWithin(GAVE_WITHIN_MS, waiter)).toEqual({ dir: target, wrote: false });
    expect(await keptWithin(GAVE_WITHIN_MS, maker)).toEqual({ dir: target, wrote: true });
  }),
);
