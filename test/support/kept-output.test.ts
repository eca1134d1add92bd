// A kept folder is made once when two workers ask for it together: the second
// waits for the first's rather than make it too (the packed package's pack and
// install, ~7 s of CPU), and does not wait for a maker that has died.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { keptDir, keptFolder, keptPath } from "./kept-output.js";

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

test("a folder another worker is making is waited for and taken, not made again", async () => {
  const k = key("waited");
  const target = keptPath(NAME, k);
  made.push(target);
  mkdirSync(keptDir, { recursive: true });
  mkdirSync(lockOf(target));
  writeFileSync(path.join(lockOf(target), "pid"), String(process.pid));
  // The other worker: a thread that makes the folder a little later, then lets its making go.
  const other = new Worker(
    `const { mkdirSync, writeFileSync, rmSync } = require("node:fs");
const { workerData: { target, lock } } = require("node:worker_threads");
setTimeout(() => {
  mkdirSync(target);
  writeFileSync(target + "/by", "the other worker");
  rmSync(lock, { recursive: true, force: true });
}, 300);`,
    { eval: true, workerData: { target, lock: lockOf(target) } },
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
  expect(keptFolder(NAME, k, (into) => void writes.push(into))).toBe(target);
  expect(writes).toHaveLength(1);
  expect(() => mkdirSync(lockOf(target))).not.toThrow();
});
