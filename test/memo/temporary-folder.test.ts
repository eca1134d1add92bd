// The memo writes each entry under a temporary name in a folder of its
// thread's own (tmp/<pid>-<threadId>), then renames it into place: a run ended by a
// signal removes that folder (the handler of cli/interrupted.ts), and a run
// killed mid-write leaves it to the next memo opened on the folder, which
// removes it once that process is gone.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { expect, onTestFinished, test } from "vitest";
import { exitOnSignal } from "../../generator/cli/interrupted.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { removeOwnTemporaryFiles, temporaryFolder } from "../../generator/memo/temporary-folder.js";

async function memoFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "temporary-folder-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A process id no process has now: a child's, once it has ended. */
const endedPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid as number;

test("a memo opened removes the temporary files of a process that has ended, and keeps a running one's", async () => {
  const dir = await memoFolder();
  const ended = path.join(dir, "tmp", `${endedPid()}-0`);
  const own = path.join(dir, "tmp", `${process.pid}-${threadId + 1}`);
  const other = path.join(dir, "tmp", "not-a-process");
  for (const folder of [ended, own, other]) {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${memoKey("half", "written")}.1.1.tmp`), "half an ent");
  }
  const memo = diskMemo(dir);
  expect([existsSync(ended), existsSync(own), existsSync(other)]).toEqual([false, true, true]);
  // Entries are written through the thread's folder, and nothing is left in it.
  const key = memoKey("entry", "whole");
  expect(await memo.set(key, "whole")).toBe(true);
  expect(memo.setNow(memoKey("entry", "now"), "now")).toBe(true);
  expect(memo.getNow(key)).toBe("whole");
  expect(await readdir(temporaryFolder(dir))).toEqual([]);
});

test("a signal removes the temporary files of the process's memos, and keeps their entries", async () => {
  const dir = await memoFolder();
  const memo = diskMemo(dir);
  const key = memoKey("entry", "kept");
  expect(await memo.set(key, "kept")).toBe(true);
  // A write in flight when the signal comes: its temporary file written in part.
  const half = path.join(temporaryFolder(dir), `${memoKey("entry", "cut")}.0.9.tmp`);
  await writeFile(half, "half an ent");
  const codes: number[] = [];
  const stop = exitOnSignal((code) => codes.push(code));
  onTestFinished(stop);
  process.emit("SIGTERM");
  expect(codes).toEqual([143]);
  expect(existsSync(half)).toBe(false);
  expect(memo.getNow(key)).toBe("kept");
});

test("a signal's removal leaves no file of the writes the thread pool has queued: none is made in the folder once it is moved aside", async () => {
  // A cold run has hundreds of writes in flight, each opening its file on the thread pool while the main thread
  // removes the folder: a file made between the folder's listing and its removal kept it, and the files after it.
  // Writes not yet settled as the removal begins, in each trial: with none, the removal raced nothing.
  const inFlight: number[] = [];
  for (let trial = 0; trial < 10; trial++) {
    const dir = await memoFolder();
    const folder = temporaryFolder(dir);
    await mkdir(folder, { recursive: true });
    let settled = 0;
    const writes = Array.from({ length: 200 }, (_, i) =>
      writeFile(path.join(folder, `${memoKey("entry", String(i))}.${i}.tmp`), "an entry")
        .catch(() => undefined)
        .finally(() => settled++),
    );
    await new Promise((resolve) => setImmediate(resolve));
    inFlight.push(writes.length - settled);
    removeOwnTemporaryFiles();
    await Promise.all(writes);
    const left = readdirSync(path.join(dir, "tmp"), { recursive: true }).map(String);
    expect(left, `trial ${trial}`).toEqual([]);
  }
  expect(Math.min(...inFlight), `writes in flight at each removal: ${inFlight.join(", ")}`).toBeGreaterThan(0);
});

test("a folder moved aside for removal and left (a kill during the removal) goes with its process", async () => {
  const dir = await memoFolder();
  const aside = path.join(dir, "tmp", `${endedPid()}-0-removed`);
  await mkdir(aside, { recursive: true });
  await writeFile(path.join(aside, `${memoKey("half", "written")}.1.1.tmp`), "half an ent");
  diskMemo(dir);
  expect(existsSync(aside)).toBe(false);
});
