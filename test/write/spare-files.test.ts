// A process that writes the output again and again (--watch) keeps the large
// files a save replaces as spares beside the folder, and writes the next
// save's copy over them (spare-files.ts): the folder is still all old or all
// new at any failure, a spare that is a name of a file of the folder too is
// never written over, and no spare outlives the process nor a run that keeps none.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { sha256 } from "../../generator/memo/content-hash.js";
import { commitChanges } from "../../generator/write/file-set.js";
import { recoverFolder } from "../../generator/write/unfinished-change.js";
import { keptBetweenRuns } from "../../generator/write/kept-between-runs.js";
import { SPARE_BYTES, sparesPathOf } from "../../generator/write/spare-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import { failingWhen, faultyFs } from "../support/faulty-fs.js";

/** A large file's text, told apart by `version` at its start (and its length, by `extra`). */
const large = (version: string, extra = 0): string => `${version}\n${"x".repeat(SPARE_BYTES + extra)}\n`;

async function folderWith(text: string): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), "sips-spare-")), "generated");
  mkdirSync(root);
  writeFileSync(path.join(root, "big.json"), text);
  writeFileSync(path.join(root, "small.ts"), "small 1\n");
  return root;
}

const read = (root: string, rel = "big.json") => readFileSync(path.join(root, rel), "utf8");
const inode = (file: string) => statSync(file).ino;

/** Writes `text` as big.json over what it holds now, with spares, through `fs`. */
function commitBig(root: string, text: string, fs = nodeFs): void {
  const before = sha256(readFileSync(path.join(root, "big.json")));
  commitChanges(root, [{ path: "big.json", content: text, before }], fs, true);
}

test("with spares, a replaced large file is kept beside the folder, and the next write goes over it", async () => {
  const root = await folderWith(large("v1"));
  const first = inode(path.join(root, "big.json"));
  commitBig(root, large("v2", 7));
  expect(read(root)).toBe(large("v2", 7));
  expect(readdirSync(sparesPathOf(root))).toEqual(["big.json"]);
  commitBig(root, large("v3"));
  // The copy of v1 holds v3 now: the same file, written over and cut to its new length.
  expect(read(root)).toBe(large("v3"));
  expect(inode(path.join(root, "big.json"))).toBe(first);
  // Small files are written as before, and have no spare.
  const small = { path: "small.ts", content: "small 2\n", before: sha256("small 1\n") };
  commitChanges(root, [small], nodeFs, true);
  expect(read(root, "small.ts")).toBe("small 2\n");
  expect(readdirSync(sparesPathOf(root))).toEqual(["big.json"]);
});

test("a spare that is a name of the folder's file too is not written over: a failure before the commit leaves the old file", async () => {
  const root = await folderWith(large("v1"));
  // As a process killed between the second name and the rename over it leaves it.
  mkdirSync(sparesPathOf(root));
  linkSync(path.join(root, "big.json"), path.join(sparesPathOf(root), "big.json"));
  const failing = failingWhen((op, target) => op === "rename" && target.endsWith("journal.json.tmp"));
  expect(() => commitBig(root, large("v2"), failing)).toThrow(/injected/);
  expect(read(root)).toBe(large("v1"));
  commitBig(root, large("v2"));
  expect(read(root)).toBe(large("v2"));
});

test("a write with spares fails at any operation: the old file or the new one, and the next write completes", async () => {
  const fresh = async () => {
    const root = await folderWith(large("v1"));
    commitBig(root, large("v2", 3));
    return root;
  };
  const counting = faultyFs(0);
  commitBig(await fresh(), large("v3"), counting.fs);
  const failed = new Set<string>();
  for (let failAt = 1; failAt <= counting.calls(); failAt++) {
    const root = await fresh();
    const faulty = faultyFs(failAt);
    const ok = (() => {
      try {
        commitBig(root, large("v3"), faulty.fs);
        return true;
      } catch {
        return false;
      }
    })();
    failed.add(faulty.log()[failAt - 1]?.split(" ")[0] ?? "?");
    recoverFolder(root, nodeFs);
    const now = read(root);
    expect([large("v2", 3), large("v3")], `failure at ${faulty.log()[failAt - 1]}`).toContain(now);
    if (ok) expect(now).toBe(large("v3"));
    commitBig(root, large("v4"));
    expect(read(root)).toBe(large("v4"));
  }
  expect(failed).toContain("overwriteFile");
  expect(failed).toContain("link");
});

const tree = (version: string): GeneratedFile[] => [
  { path: "big.json", language: "json", content: large(version) },
  { path: "small.ts", language: "typescript", content: `// ${version}\n` },
];

test("spares are the watching process's own: removed at its end, and by a run that keeps none", async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sips-spare-out-")), "generated");
  const kept = keptBetweenRuns();
  try {
    for (const version of ["a", "b", "c"]) await writeOutput(out, tree(version), { kept });
    expect(existsSync(sparesPathOf(out))).toBe(true);
    await kept.release();
    expect(readdirSync(path.dirname(out))).toEqual(["generated"]);
    // Left by a watching process that was killed: the next run without spares removes them.
    for (const version of ["d", "e"]) await writeOutput(out, tree(version), { kept });
    expect(existsSync(sparesPathOf(out))).toBe(true);
    await writeOutput(out, tree("f"));
    expect(readdirSync(path.dirname(out))).toEqual(["generated"]);
    expect(read(out)).toBe(large("f"));
  } finally {
    kept.close();
  }
});
