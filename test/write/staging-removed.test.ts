// The staging folder of a change that is done (journal.ts, removeStaging):
// its journal and the folders the renames emptied are removed one by one, and
// anything else found there goes with the whole tree, so that a committed
// change never leaves a staging folder that the next run would take for one
// in progress.
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { removeStaging, stagedTreeOf, stagingPathOf, type Journal } from "../../generator/write/journal.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import type { WriteFs } from "../../generator/write/write-fs.js";

const HASH = "a".repeat(64);
const journal: Journal = {
  whole: false,
  entries: [
    { path: "top.ts", before: HASH, after: HASH },
    { path: "docs/a.md", before: HASH, after: HASH },
    { path: "operations/op1/types.ts", before: null, after: HASH },
    { path: "operations/op1-b/types.ts", before: null, after: HASH },
    { path: "gone/x.ts", before: HASH, after: null },
  ],
};

/** A staging folder as a finished roll forward leaves it: the journal, and the folders its files were staged in. */
async function doneStaging(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), "sips-staging-")), "generated");
  for (const dir of ["docs", "operations/op1", "operations/op1-b"])
    await mkdir(path.join(stagedTreeOf(root), dir), { recursive: true });
  await writeFile(path.join(stagingPathOf(root), "journal.json"), "{}\n");
  return root;
}

/** The file operations, with the names of those called. */
function noting(): { fs: WriteFs; calls: string[] } {
  const calls: string[] = [];
  const fs = { ...nodeFs };
  for (const name of Object.keys(nodeFs) as (keyof WriteFs)[]) {
    const real = nodeFs[name] as (...args: unknown[]) => unknown;
    (fs as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(name);
      return real(...args);
    };
  }
  return { fs, calls };
}

test("a finished change's staging folder goes by its journal and its emptied folders, without a recursive removal", async () => {
  const root = await doneStaging();
  const seam = noting();
  removeStaging(root, journal, seam.fs);
  expect(await readdir(path.dirname(root))).toEqual([]);
  expect(seam.calls).not.toContain("rmTree");
  // Done again (a retry after a failure part way): nothing left to remove is no failure.
  removeStaging(root, journal, nodeFs);
});

test("a staging folder that holds more than the change staged goes whole", async () => {
  const root = await doneStaging();
  await writeFile(path.join(stagedTreeOf(root), "operations", "op1", "left.ts"), "x\n");
  await writeFile(path.join(stagingPathOf(root), "notes.txt"), "x\n");
  removeStaging(root, journal, nodeFs);
  expect(await readdir(path.dirname(root))).toEqual([]);
});
