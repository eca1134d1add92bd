// The bench's folders set aside (bench/set-aside.ts): a bench cut short leaves
// them until the next one ends, whose pid may be the one it had; a bench that
// ends leaves those of another still running; two that end together each
// find gone what the other removed first, and go on.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { setAsideUnder } from "../../bench/set-aside.js";

/** A folder holding one file, as a run's output or memo is. */
function folderWith(dir: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "file.txt"), text);
  return dir;
}

test("a run whose pid an earlier run cut short had sets its folders aside beside that run's, then removes both", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "sips-set-aside-"));
  const root = path.join(work, "set-aside");
  // What a bench of this same pid left when it was cut short, under each name it would have given.
  for (let n = 1; n <= 3; n++) folderWith(path.join(root, `${process.pid}-${n}`), `stale ${n}`);
  // And under a folder of the pid's own, as one run's folder named by its pid alone would hold them.
  folderWith(path.join(root, String(process.pid), "1"), "stale run");
  const { setAside, removeEnded } = setAsideUnder(root);
  setAside(folderWith(path.join(work, "out"), "out"));
  setAside(folderWith(path.join(work, "cache"), "cache"));
  setAside(path.join(work, "never-made"));
  expect(existsSync(path.join(work, "out"))).toBe(false);
  expect(existsSync(path.join(work, "cache"))).toBe(false);
  // The stale folders are as they were, and this run's two are beside them, each with its file.
  const texts = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith("file.txt"))
    .map((name) => readFileSync(path.join(root, name), "utf8"))
    .sort();
  expect(texts).toEqual(["cache", "out", "stale 1", "stale 2", "stale 3", "stale run"]);
  removeEnded();
  expect(existsSync(root)).toBe(false);
  // After the removal, the next folder set aside finds its place again.
  setAside(folderWith(path.join(work, "again"), "again"));
  expect(readdirSync(root, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith("file.txt"))).toHaveLength(
    1,
  );
});

test("a run that ends removes the folders of runs that ended, and leaves those of a run still going", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "sips-set-aside-"));
  const root = path.join(work, "set-aside");
  // A process that ran and ended: its pid, as a bench cut short leaves it.
  const ended = spawnSync(process.execPath, ["-e", ""]).pid;
  expect(ended).toBeGreaterThan(0);
  folderWith(path.join(root, `${ended}-ended`, "1"), "ended");
  // Another bench still going (this test's parent process stands for it), with a folder it set aside.
  const going = path.join(root, `${process.ppid}-going`);
  folderWith(path.join(going, "1"), "going");
  const { setAside, removeEnded } = setAsideUnder(root);
  setAside(folderWith(path.join(work, "out"), "out"));
  removeEnded();
  expect(readdirSync(root)).toEqual([`${process.ppid}-going`]);
  expect(readFileSync(path.join(going, "1", "file.txt"), "utf8")).toBe("going");
  rmSync(work, { recursive: true, force: true });
});

test("what another bench ending at the same time removed first is gone, not an error: a folder listed, or the root", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "sips-set-aside-"));
  const root = path.join(work, "set-aside");
  const ended = spawnSync(process.execPath, ["-e", ""]).pid;
  const endedRun = (n: number) => folderWith(path.join(root, `${ended}-${n}`, "1"), "ended");
  /** node:fs, where the other bench removes `what` just as this one reads the root's names (after, or before). */
  const racing = (when: "after" | "before", what: () => string): typeof fs => {
    let raced = false;
    return {
      ...fs,
      readdirSync: ((dir: fs.PathLike, ...rest: []) => {
        const race = () => {
          if (raced || dir !== root) return;
          raced = true;
          rmSync(what(), { recursive: true, force: true });
        };
        if (when === "before") race();
        const names = fs.readdirSync(dir, ...rest);
        if (when === "after") race();
        return names;
      }) as typeof fs.readdirSync,
    };
  };
  // A folder listed, removed by the other bench before this one gets to it; and its own set aside, removed too.
  endedRun(1);
  const listed = setAsideUnder(
    root,
    racing("after", () => path.join(root, `${ended}-1`)),
  );
  listed.setAside(folderWith(path.join(work, "out"), "out"));
  listed.removeEnded();
  expect(existsSync(root)).toBe(false);
  // The root itself, emptied and removed by the other bench before this one reads it.
  endedRun(2);
  const rooted = setAsideUnder(
    root,
    racing("before", () => root),
  );
  rooted.removeEnded();
  expect(existsSync(root)).toBe(false);
  // The root removed by the other bench (it found it empty) between its making and this run's folder's.
  let made = false;
  const aside = setAsideUnder(root, {
    ...fs,
    mkdirSync: ((dir: fs.PathLike, options: fs.MakeDirectoryOptions) => {
      const out = fs.mkdirSync(dir, options);
      if (!made && dir === root) rmdirSync(root);
      made = true;
      return out;
    }) as typeof fs.mkdirSync,
  });
  aside.setAside(folderWith(path.join(work, "again"), "again"));
  expect(readdirSync(root, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith("file.txt"))).toEqual([
    expect.stringMatching(new RegExp(`^${process.pid}-\\w+/1/file\\.txt$`)),
  ]);
  aside.removeEnded();
  expect(existsSync(root)).toBe(false);
  rmSync(work, { recursive: true, force: true });
});
