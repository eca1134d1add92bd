// scripts/skip-unchanged.mjs, the memory of a check without a cache of its own
// (npm test's biome): in a copy of the script, a command that counts its runs
// and fails while a file says so. It runs again after any edit of the paths it
// is given, never after a failure, and not otherwise.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

const root = mkdtempSync(path.join(tmpdir(), "sips-skip-unchanged-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The command checked: counts its runs in runs.txt (not a path given), fails when src/verdict.txt says "fail".
 * A shell's line rather than a node script: the test starts it eight times, and a shell starts in a millisecond.
 */
const COMMAND = `printf x >> runs.txt; test "$(cat src/verdict.txt)" != fail`;

/** The number of times the command has run so far, after one more call of the script; and the script's exit status. */
function check(): { runs: number; status: number } {
  let status = 0;
  try {
    execFileSync(
      process.execPath,
      [path.join(root, "scripts", "skip-unchanged.mjs"), "config.json", "*.ts", "src", "--", "/bin/sh", "-c", COMMAND],
      { cwd: root, stdio: "pipe" },
    );
  } catch (error) {
    status = (error as { status: number }).status;
  }
  let runs = 0;
  try {
    runs = readFileSync(path.join(root, "runs.txt"), "utf8").length;
  } catch {
    // Not run yet.
  }
  return { runs, status };
}

test("a check runs again after an edit or a failure, and only then", () => {
  mkdirSync(path.join(root, "scripts"));
  copyFileSync(path.join(repoRoot, "scripts", "skip-unchanged.mjs"), path.join(root, "scripts", "skip-unchanged.mjs"));
  mkdirSync(path.join(root, "src", "deep"), { recursive: true });
  writeFileSync(path.join(root, "src", "verdict.txt"), "pass");
  writeFileSync(path.join(root, "src", "deep", "a.ts"), "one");
  writeFileSync(path.join(root, "config.json"), "{}");

  expect(check()).toEqual({ runs: 1, status: 0 });
  // Nothing changed since it passed.
  expect(check()).toEqual({ runs: 1, status: 0 });
  // An edit deep in a folder given, of the same size.
  writeFileSync(path.join(root, "src", "deep", "a.ts"), "two");
  expect(check()).toEqual({ runs: 2, status: 0 });
  // A file given, edited; a file of an extension given, added at the root; others are not read.
  writeFileSync(path.join(root, "config.json"), "[]");
  expect(check()).toEqual({ runs: 3, status: 0 });
  writeFileSync(path.join(root, "new.ts"), "");
  expect(check()).toEqual({ runs: 4, status: 0 });
  writeFileSync(path.join(root, "README.md"), "not read");
  expect(check()).toEqual({ runs: 4, status: 0 });
  // A failure is not remembered: the next call runs the check again, and fails again.
  writeFileSync(path.join(root, "src", "verdict.txt"), "fail");
  expect(check()).toEqual({ runs: 5, status: 1 });
  expect(check()).toEqual({ runs: 6, status: 1 });
  // Fixed: it runs, passes, and is remembered.
  writeFileSync(path.join(root, "src", "verdict.txt"), "pass");
  expect(check()).toEqual({ runs: 7, status: 0 });
  expect(check()).toEqual({ runs: 7, status: 0 });
  // A file removed from a folder given.
  rmSync(path.join(root, "src", "deep", "a.ts"));
  expect(check()).toEqual({ runs: 8, status: 0 });
  // A file in a hidden folder of a folder given: the checks read those too.
  mkdirSync(path.join(root, "src", ".helpers"));
  writeFileSync(path.join(root, "src", ".helpers", "b.ts"), "");
  expect(check()).toEqual({ runs: 9, status: 0 });
});

test("in a git checkout, a folder stands for what git lists there: hidden folders in, ignored files out", () => {
  execFileSync("git", ["init", "-q"], { cwd: root });
  writeFileSync(path.join(root, ".gitignore"), "src/scratch/\n");
  mkdirSync(path.join(root, "src", "scratch"));
  expect(check().status).toBe(0);
  const runs = check().runs;
  // An ignored file is not read.
  writeFileSync(path.join(root, "src", "scratch", "c.ts"), "ignored");
  expect(check()).toEqual({ runs, status: 0 });
  // A new file, hidden folder or not, is.
  writeFileSync(path.join(root, "src", ".helpers", "d.ts"), "");
  expect(check()).toEqual({ runs: runs + 1, status: 0 });
  writeFileSync(path.join(root, "src", "deep", "e.ts"), "");
  expect(check()).toEqual({ runs: runs + 2, status: 0 });
  // So is an edit of a file git tracks, and its removal.
  execFileSync("git", ["add", "src/deep/e.ts"], { cwd: root });
  writeFileSync(path.join(root, "src", "deep", "e.ts"), "edited");
  expect(check()).toEqual({ runs: runs + 3, status: 0 });
  rmSync(path.join(root, "src", "deep", "e.ts"));
  expect(check()).toEqual({ runs: runs + 4, status: 0 });
  expect(check()).toEqual({ runs: runs + 4, status: 0 });
});
