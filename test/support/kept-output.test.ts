// A kept folder is made once when two workers ask for it together: the second
// waits for the first's rather than make it too (the packed package's pack and
// install, ~7 s of CPU), and does not wait for a maker that has died.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterEach, expect, test } from "vitest";
import { keptDir, keptFolder, keptPath, makerText } from "./kept-output.js";

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
// thread of this process names the same start, though that thread loaded kept-output.ts over a second later.
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
    const text = await import("tsx/esm/api")
      .then((tsx) => tsx.register())
      .then(() => import(module))
      .then((kept) => kept.makerText(), (error) => "failed " + error);
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
        module: pathToFileURL(path.join(import.meta.dirname, "kept-output.ts")).href,
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

test("a lock of this process's pid left by a process that started at another time is taken over, not waited for", () => {
  // A run cut short while it made a folder leaves its lock; a later run may have its pid (a container's pids run
  // alike each time). The later run is a process of its own here, killed were it to wait for the lock.
  const k = key("pid again");
  const script = `
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { keptDir, keptFolder, keptPath } from ${JSON.stringify(pathToFileURL(path.join(import.meta.dirname, "kept-output.ts")).href)};
const [name, key, left] = process.argv.slice(-3);
const lock = path.join(keptDir, ".making-" + path.basename(keptPath(name, key)));
mkdirSync(keptDir, { recursive: true });
mkdirSync(lock);
writeFileSync(path.join(lock, "pid"), left.replace("PID", String(process.pid)));
let writes = 0;
keptFolder(name, key, () => void writes++);
console.log(writes);
`;
  // The lock as this version writes it, of a process that started an hour before; as the one before wrote it, the pid alone.
  for (const [i, left] of [`PID ${Date.now() - 3_600_000}`, "PID"].entries()) {
    const k2 = `${k}-${i}`;
    made.push(keptPath(NAME, k2));
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script, NAME, k2, left],
      {
        encoding: "utf8",
        timeout: 20_000,
      },
    );
    expect(out.trim()).toBe("1");
    expect(() => mkdirSync(lockOf(keptPath(NAME, k2)))).not.toThrow();
  }
});
