// The parsed documents (every node of every spec file, with its place) are
// dropped once the model is made: on a spec of a thousand operations they
// are some 70 MB, which the emit stage would otherwise carry to its end.
// The runs are made in a process of their own (test/support/documents-dropped-child.ts):
// each walks the heap, which in a test worker holds what the files before it left.
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import type { DocumentsAlive } from "../support/documents-dropped-child.js";
import { goldenRoot } from "../support/generate.js";
import { launcher, repoRoot } from "../support/paths.js";

const run = promisify(execFile);

/** Both runs, one child: the golden fixture (every feature of the format in three operations), since what a run holds does not depend on its size. */
const runs = (async () => {
  const memoDir = await mkdtemp(path.join(tmpdir(), "documents-dropped-"));
  const { stdout } = await run(
    process.execPath,
    [
      launcher,
      path.join(repoRoot, "test", "support", "documents-dropped-child.ts"),
      path.join(goldenRoot, "spec"),
      memoDir,
    ],
    { cwd: repoRoot },
  );
  return JSON.parse(stdout) as [DocumentsAlive, DocumentsAlive];
})();

test.each([
  ["without a memo", 0],
  ["with a memo on disk", 1],
] as const)("no parsed document is reachable while the files are emitted, %s", async (_, at) => {
  const { ok, parsed, files, held, heldToTheEnd, inEmit } = (await runs)[at];
  expect(ok).toBe(true);
  expect(heldToTheEnd).toBe(true);
  // Every file of the run was parsed here, and its document marked...
  expect(parsed).toBe(files);
  // ...and the walk sees the one held, and none of the run's once the model is made (by file, should one stay).
  expect(inEmit).toEqual([held]);
});
