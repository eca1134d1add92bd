// A process that generates again and again (a memo kept in memory) keeps each unchanged operation's output of the
// run before, its contents read from the memo when asked for. The run again after a lost entry reads every content
// when looked up (readNow): it must take none of those kept outputs, whose contents would be read lazily, and so
// found lost again where the run can only fail.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generateFromInput, type GeneratedFile } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { forgetUnused, keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { keysOfKind, memoKeysMade } from "../support/memo-keys.js";
import { generateGoldenSpec, goldenRoot } from "../support/generate.js";

const specDir = path.join(goldenRoot, "spec");
const folders: string[] = [];

afterAll(async () => {
  for (const made of folders) await rm(made, { recursive: true, force: true });
});

const contentsOf = (files: readonly GeneratedFile[]): [string, string][] => files.map((f) => [f.path, f.content]);

test("a run that reads now, in a process that kept the last run's outputs, takes its contents from the memo's lookups", async () => {
  const reference = (await generateGoldenSpec()).files;
  const input = await readSpecInput(specDir, goldenRoot);
  // A first run in another folder: which keys hold contents read lazily.
  const scratch = await mkdtemp(path.join(tmpdir(), "sips-kept-read-now-"));
  folders.push(scratch);
  const { result: first, kinds } = await memoKeysMade(() => generateFromInput(input, undefined, diskMemo(scratch)));
  expect(first.ok).toBe(true);
  const lazyKeys = new Set(keysOfKind(kinds, "contents", "file"));
  expect(lazyKeys.size).toBeGreaterThan(0);

  const dir = await mkdtemp(path.join(tmpdir(), "sips-kept-read-now-"));
  folders.push(dir);
  cpSync(scratch, dir, { recursive: true });
  const memo = keptInMemory(diskMemo(dir));
  // A save with every operation unchanged: its outputs come from the store, and are kept; no content is read.
  expect((await generateFromInput(input, undefined, memo)).ok).toBe(true);
  forgetUnused(memo);
  for (const key of lazyKeys) {
    const file = path.join(dir, key.slice(0, 2), key);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
  }
  const again = await generateFromInput(input, undefined, memo, null, { readNow: true });
  if (!again.ok) throw new Error("the golden spec has errors");
  expect(contentsOf(again.files)).toEqual(contentsOf(reference));
});
