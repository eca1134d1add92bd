// A kept folder's lock (maker-lock.ts) is its maker's alone to let go, and only while it holds it is it touched:
// a lock taken over by another thread (its maker thought dead) is left to that thread when the first lets go, and
// a lock let go is touched no more, so that one made later at the same path by a thread that died goes stale. A
// waiter sleeps between its looks at a lock held, and takes over at once one whose maker's process has ended.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { letMakingGo, LOCK_TIMING, type LockTiming, makerText, takeMaking } from "./maker-lock.js";
import { moduleForThreads } from "./thread-module.js";

/** The rule of maker-lock.ts at a tenth of its scale: a touch every 30 ms. */
const TIMING: LockTiming = { touchMs: 30, staleMs: 300 };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A lock's path in a folder of its own, not yet taken. */
function lockPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "maker-lock-"));
  dirs.push(dir);
  return path.join(dir, ".making-folder");
}

/** What another thread of this process writes in a lock it takes. */
async function anotherThreadsText(): Promise<string> {
  const module = await moduleForThreads(path.join(import.meta.dirname, "maker-lock.ts"));
  const thread = new Worker(
    `const { parentPort } = require("node:worker_threads");
import(${JSON.stringify(module)})
  .then(({ makerText }) => parentPort.postMessage(makerText()), (error) => parentPort.postMessage("failed " + error));`,
    { eval: true },
  );
  try {
    return await new Promise<string>((resolve, reject) => {
      thread.once("message", resolve);
      thread.once("error", reject);
    });
  } finally {
    await thread.terminate();
  }
}

test("a maker lets go of its own lock, not of one another thread of its process took over meanwhile", async () => {
  const other = await anotherThreadsText();
  expect(other).not.toBe(makerText());
  const lock = lockPath();
  expect(takeMaking(lock, () => false)).toBe(lock);
  // Taken over: a waiter thought this maker dead, removed its lock and took it, as takeMaking does.
  rmSync(lock, { recursive: true });
  mkdirSync(lock);
  writeFileSync(path.join(lock, "pid"), other);
  letMakingGo(lock);
  expect(readFileSync(path.join(lock, "pid"), "utf8")).toBe(other);
  rmSync(lock, { recursive: true });
  // Its own, it lets go.
  expect(takeMaking(lock, () => false)).toBe(lock);
  letMakingGo(lock);
  expect(statSync(lock, { throwIfNoEntry: false })).toBeUndefined();
});

test("a lock is touched while it is held, and no more once let go", async () => {
  const lock = lockPath();
  const past = new Date(Date.now() - 3_600_000);
  /**
   * Whether the lock, its mtime set an hour back, is touched within `ms` (looked at every touch): the toucher's
   * thread, started with the first lock, may take a while on a busy machine.
   */
  const touchedWithin = async (ms: number): Promise<boolean> => {
    utimesSync(lock, past, past);
    for (const until = Date.now() + ms; Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, TIMING.touchMs));
      if (statSync(lock).mtimeMs > past.getTime() + 1000) return true;
    }
    return false;
  };
  expect(takeMaking(lock, () => false, TIMING)).toBe(lock);
  expect(await touchedWithin(10_000)).toBe(true);
  letMakingGo(lock);
  // The same path locked again by a thread that died at once: nothing of this one's keeps it fresh, ten touches on.
  mkdirSync(lock);
  expect(await touchedWithin(10 * TIMING.touchMs)).toBe(false);
});

test("a waiter looks at a lock held by a live maker every 50 ms or so, sleeping between, not spinning", () => {
  const lock = lockPath();
  // Held by this thread's process, just touched: a live maker, waited for.
  mkdirSync(lock);
  writeFileSync(path.join(lock, "pid"), makerText());
  const until = Date.now() + 300;
  let looks = 0;
  expect(
    takeMaking(lock, () => {
      looks++;
      return Date.now() >= until;
    }),
  ).toBeNull();
  // Some six looks in 300 ms; a loop without its sleep looks thousands of times, a core's worth of CPU.
  expect(looks).toBeLessThanOrEqual(20);
});

test("a lock whose maker's process has ended is taken over at once, not once it has gone untouched", () => {
  const lock = lockPath();
  mkdirSync(lock);
  // The pid of a process that has exited, and the lock just made: fresh, as a maker that died a moment ago leaves it.
  const ended = execFileSync(process.execPath, ["-p", "process.pid"], { encoding: "utf8" }).trim();
  writeFileSync(path.join(lock, "pid"), `${ended} 0 0`);
  let looks = 0;
  // A waiter that took the maker for alive looks again, and gives up here, where it would wait ten seconds.
  expect(takeMaking(lock, () => ++looks > 3)).toBe(lock);
  letMakingGo(lock);
  expect(looks).toBe(1);
});

test("a lock of a live process left untouched past the staleness it is given is taken over, whatever the default", () => {
  const lock = lockPath();
  mkdirSync(lock);
  // Another thread of this process, alive by its pid, whose lock went untouched for twice the staleness given here
  // and far less than LOCK_TIMING's: only the timing given tells it dead.
  writeFileSync(path.join(lock, "pid"), makerText());
  const past = new Date(Date.now() - 2 * TIMING.staleMs);
  utimesSync(lock, past, past);
  expect(LOCK_TIMING.staleMs).toBeGreaterThan(4 * TIMING.staleMs);
  // Waited for a few seconds at most (the default staleness would hold it ten): a wait that ends takes none.
  const until = Date.now() + 3000;
  expect(takeMaking(lock, () => Date.now() > until, TIMING)).toBe(lock);
  letMakingGo(lock);
});
