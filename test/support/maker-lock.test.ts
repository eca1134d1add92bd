// A kept folder's lock (maker-lock.ts) is its maker's alone to let go, and only while it holds it is it touched:
// a lock taken over by another thread (its maker thought dead) is left to that thread when the first lets go, and
// a lock let go is touched no more, so that one made later at the same path by a thread that died goes stale. A
// waiter sleeps between its looks at a lock held, and takes over at once one whose maker's process has ended.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { letMakingGo, makerText, takeMaking, TOUCH_MS } from "./maker-lock.js";

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
  const module = pathToFileURL(path.join(import.meta.dirname, "maker-lock.ts")).href;
  const thread = new Worker(
    `const { parentPort } = require("node:worker_threads");
import("tsx/esm/api")
  .then((tsx) => tsx.tsImport(${JSON.stringify(module)}, ${JSON.stringify(import.meta.url)}))
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
  /** The lock's mtime some touches after it was set an hour back: whether it was touched meanwhile. */
  const touchedWithin = async (): Promise<boolean> => {
    utimesSync(lock, past, past);
    await new Promise((resolve) => setTimeout(resolve, 3 * TOUCH_MS));
    return statSync(lock).mtimeMs > past.getTime() + 1000;
  };
  expect(takeMaking(lock, () => false)).toBe(lock);
  expect(await touchedWithin()).toBe(true);
  letMakingGo(lock);
  // The same path locked again by a thread that died at once: nothing of this one's keeps it fresh.
  mkdirSync(lock);
  expect(await touchedWithin()).toBe(false);
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
