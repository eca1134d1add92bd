// The runs of lines that differ between two texts, as git's diff finds them
// (`git diff --no-index -U0` of the two, written to a temporary folder): the
// hunks a reviewer's own `git diff` shows, by the same algorithm and the
// user's own choice of it, at git's speed on a file of tens of thousands of
// lines that differ in thousands.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A hunk as git's header gives it: where its lines start on each side (1 for the first) and how many there are. */
export interface LineHunk {
  readonly oldStart: number;
  readonly oldCount: number;
  /** Where no line is added, the line after which the lines removed were. */
  readonly newStart: number;
  readonly newCount: number;
}

/** The hunks of a unified diff, from their headers ("@@ -3,2 +3 @@": a count left out is 1). */
export function hunksOf(diff: string): LineHunk[] {
  const count = (text: string | undefined): number => (text === undefined ? 1 : Number(text));
  return [...diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)].map((m) => ({
    oldStart: Number(m[1]),
    oldCount: count(m[2]),
    newStart: Number(m[3]),
    newCount: count(m[4]),
  }));
}

/** The hunks from `before` to `after`; null where git could not diff them (its message in `failed`). */
export function lineHunks(before: string, after: string): { hunks: LineHunk[] } | { failed: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-json-changes-"));
  try {
    const [a, b] = [path.join(dir, "before"), path.join(dir, "after")];
    writeFileSync(a, before);
    writeFileSync(b, after);
    // No color, no external diff driver: git's own hunks, whatever the user's configuration pipes them through.
    const run = spawnSync("git", ["diff", "--no-index", "--no-color", "--no-ext-diff", "-U0", "--", a, b], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    // Exit 1: the files differ.
    if (run.error !== undefined || (run.status !== 0 && run.status !== 1))
      return { failed: run.error?.message ?? (run.stderr.trim() || `git diff exited with ${run.status}`) };
    return { hunks: hunksOf(run.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
