// scripts/skip-unchanged.mjs, the memory of a check without a cache of its own
// (npm test's biome): in a copy of the script, a command that counts its runs
// and fails while a file says so. It runs again after any edit of the paths it
// is given, never after a failure, and not otherwise.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

const root = mkdtempSync(path.join(tmpdir(), "sips-skip-unchanged-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The command checked: counts its runs in runs.txt (not a path given), fails when src/verdict.txt says "fail".
 * A shell's line rather than a node script: the test starts it eight times, and a shell starts in a millisecond.
 */
const COMMAND = `printf x >> runs.txt; test "$(cat src/verdict.txt)" != fail`;
const ARGS = ["config.json", "*.ts", "src", "--", "/bin/sh", "-c", COMMAND];

type SkipUnchanged = (root: string, args: readonly string[], print: { log: () => void; error: () => void }) => number;
/** The script's work as a function of the root (scripts/unchanged-check.mjs), for the runs that need no script. */
const { skipUnchanged } = (await import(pathToFileURL(path.join(repoRoot, "scripts", "unchanged-check.mjs")).href)) as {
  skipUnchanged: SkipUnchanged;
};

/** The script's copy run as a thread of this process, as it would run in a node of its own: its exit status. */
async function runScript(): Promise<number> {
  // Its arguments in process.argv, its folder from its URL, process.exit its status.
  const worker = new Worker(path.join(root, "scripts", "skip-unchanged.mjs"), {
    argv: ARGS,
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<number>((resolve, reject) => {
    worker.on("error", reject);
    worker.on("exit", resolve);
  });
}

/**
 * The number of times the command has run so far, after one more run; and the exit status. `asScript`: a run of
 * the script itself, as npm starts it; else its function in this process (a thread of its own started node's
 * internals again, ~0.09 s of CPU a run), given the copy's folder as the script takes it from its URL.
 */
async function check(asScript = false): Promise<{ runs: number; status: number }> {
  const quiet = () => {};
  const status = asScript ? await runScript() : skipUnchanged(root, ARGS, { log: quiet, error: quiet });
  let runs = 0;
  try {
    runs = readFileSync(path.join(root, "runs.txt"), "utf8").length;
  } catch {
    // Not run yet.
  }
  return { runs, status };
}

test("a check runs again after an edit or a failure, and only then", async () => {
  mkdirSync(path.join(root, "scripts"));
  for (const script of ["skip-unchanged.mjs", "unchanged-check.mjs"])
    copyFileSync(path.join(repoRoot, "scripts", script), path.join(root, "scripts", script));
  mkdirSync(path.join(root, "src", "deep"), { recursive: true });
  writeFileSync(path.join(root, "src", "verdict.txt"), "pass");
  writeFileSync(path.join(root, "src", "deep", "a.ts"), "one");
  writeFileSync(path.join(root, "config.json"), "{}");

  // The script itself: it runs the check, and remembers it passed for the function, which sees nothing changed.
  expect(await check(true)).toEqual({ runs: 1, status: 0 });
  // Nothing changed since it passed.
  expect(await check()).toEqual({ runs: 1, status: 0 });
  // An edit deep in a folder given, of the same size.
  writeFileSync(path.join(root, "src", "deep", "a.ts"), "two");
  expect(await check()).toEqual({ runs: 2, status: 0 });
  // A file given, edited; a file of an extension given, added at the root; others are not read.
  writeFileSync(path.join(root, "config.json"), "[]");
  expect(await check()).toEqual({ runs: 3, status: 0 });
  writeFileSync(path.join(root, "new.ts"), "");
  expect(await check()).toEqual({ runs: 4, status: 0 });
  writeFileSync(path.join(root, "README.md"), "not read");
  expect(await check()).toEqual({ runs: 4, status: 0 });
  // A failure is not remembered: the next call runs the check again, and fails again.
  writeFileSync(path.join(root, "src", "verdict.txt"), "fail");
  expect(await check(true)).toEqual({ runs: 5, status: 1 });
  expect(await check()).toEqual({ runs: 6, status: 1 });
  // Fixed: it runs, passes, and is remembered.
  writeFileSync(path.join(root, "src", "verdict.txt"), "pass");
  expect(await check()).toEqual({ runs: 7, status: 0 });
  expect(await check()).toEqual({ runs: 7, status: 0 });
  // A file removed from a folder given.
  rmSync(path.join(root, "src", "deep", "a.ts"));
  expect(await check()).toEqual({ runs: 8, status: 0 });
  // A file in a hidden folder of a folder given: the checks read those too.
  mkdirSync(path.join(root, "src", ".helpers"));
  writeFileSync(path.join(root, "src", ".helpers", "b.ts"), "");
  expect(await check()).toEqual({ runs: 9, status: 0 });
});

test("in a git checkout, a folder stands for what git lists there: hidden folders in, ignored files out", async () => {
  execFileSync("git", ["init", "-q"], { cwd: root });
  writeFileSync(path.join(root, ".gitignore"), "src/scratch/\n");
  mkdirSync(path.join(root, "src", "scratch"));
  expect((await check()).status).toBe(0);
  const runs = (await check()).runs;
  // An ignored file is not read.
  writeFileSync(path.join(root, "src", "scratch", "c.ts"), "ignored");
  expect(await check()).toEqual({ runs, status: 0 });
  // A new file, hidden folder or not, is.
  writeFileSync(path.join(root, "src", ".helpers", "d.ts"), "");
  expect(await check()).toEqual({ runs: runs + 1, status: 0 });
  writeFileSync(path.join(root, "src", "deep", "e.ts"), "");
  expect(await check()).toEqual({ runs: runs + 2, status: 0 });
  // So is an edit of a file git tracks, and its removal.
  execFileSync("git", ["add", "src/deep/e.ts"], { cwd: root });
  writeFileSync(path.join(root, "src", "deep", "e.ts"), "edited");
  expect(await check()).toEqual({ runs: runs + 3, status: 0 });
  rmSync(path.join(root, "src", "deep", "e.ts"));
  expect(await check()).toEqual({ runs: runs + 4, status: 0 });
  expect(await check()).toEqual({ runs: runs + 4, status: 0 });
});
