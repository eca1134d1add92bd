// Every file written under a temporary name and renamed into place (the held
// table, the stat record, the hashes by stat, the compiled templates and
// schemas) is named by threads/temp-name.ts: the threads of one process share
// its id, and two threads writing one file under a name of the id alone
// truncated each other's bytes and renamed them.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, onTestFinished, test } from "vitest";
import { emptyTable, loadHeldTable, saveHeldTable } from "../../generator/write/held-table.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import type { WriteFs } from "../../generator/write/write-fs.js";
import { bundleForNode } from "../support/node-bundle.js";
import { repoRoot } from "../support/paths.js";

let child = "";
beforeAll(async () => {
  child = await bundleForNode({ file: path.join(repoRoot, "test", "support", "temp-names-child.ts") });
});
afterAll(() => rm(path.dirname(child), { recursive: true, force: true }));

test("two threads of one process, naming one file twice each, get four names, each with the process id", () => {
  const { pid, names } = JSON.parse(execFileSync(process.execPath, [child], { encoding: "utf8" })) as {
    pid: number;
    names: string[];
  };
  expect(new Set(names).size).toBe(4);
  for (const name of names) {
    expect(name.startsWith(`/shared/held-table.${pid}-`)).toBe(true);
    expect(name.endsWith(".tmp")).toBe(true);
  }
});

// A second writer of the held table between the first's write and its rename, as another thread of the process
// does: with a name of the process id alone, its write failed on the first's file (EEXIST), its clean-up removed
// that file, the first's rename failed, and neither table was kept.
test("a held table saved by a second writer while the first writes it: both kept in turn, the one renamed last stays", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "temp-names-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, "record.held");
  const [first, second] = [emptyTable(3), emptyTable(3)];
  second.fill(7n);
  let interleaved = false;
  const fs: WriteFs = {
    ...nodeFs,
    createFile(p, text) {
      nodeFs.createFile(p, text);
      if (interleaved) return;
      interleaved = true;
      saveHeldTable(file, nodeFs, dir, "manifest", second);
    },
  };
  saveHeldTable(file, fs, dir, "manifest", first);
  expect(interleaved).toBe(true);
  expect(loadHeldTable(file, nodeFs, dir, "manifest", 3)).toEqual(first);
  expect(readdirSync(dir)).toEqual(["record.held"]);
});
