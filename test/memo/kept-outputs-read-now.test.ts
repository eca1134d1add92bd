// A process that generates again and again (a memo kept in memory) keeps each unchanged operation's output of the
// run before, its contents read from the memo when asked for. The run again after a lost entry reads every content
// when looked up (readNow): it must take none of those kept outputs, whose contents would be read lazily, and so
// found lost again where the run can only fail; nor keep its own, whose contents it read whole; and the entries
// it made again are written at once, so that the next save finds them whole.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generateFromInput, type GeneratedFile } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { lastOutputs } from "../../generator/emit/kept-outputs.js";
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

/**
 * A process that kept the outputs of a save with every operation unchanged (its contents read lazily), whose memo
 * then had the entries `damaged` picks of those holding contents (each cut to half its bytes); and the files a run
 * without memo makes.
 */
async function keptThenDamaged(damaged: (kinds: ReadonlyMap<string, string>) => readonly string[]) {
  const reference = (await generateGoldenSpec()).files;
  const input = await readSpecInput(specDir, goldenRoot);
  // A first run in another folder: which keys hold contents read lazily.
  const scratch = await mkdtemp(path.join(tmpdir(), "sips-kept-read-now-"));
  folders.push(scratch);
  const { result: first, kinds } = await memoKeysMade(() => generateFromInput(input, undefined, diskMemo(scratch)));
  expect(first.ok).toBe(true);
  const lazyKeys = damaged(kinds);
  expect(lazyKeys.length).toBeGreaterThan(0);

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
  return { reference, input, memo };
}

test("a run that reads now, in a process that kept the last run's outputs, takes its contents from the memo's lookups", async () => {
  const { reference, input, memo } = await keptThenDamaged((kinds) => keysOfKind(kinds, "contents", "file"));
  const again = await generateFromInput(input, undefined, memo, null, { readNow: true });
  if (!again.ok) throw new Error("the golden spec has errors");
  expect(contentsOf(again.files)).toEqual(contentsOf(reference));
  // The shared files it made again are remembered at once, not when watching stops: a save of the same spec reads
  // their entry lazily, and found it damaged still (each such save run again, reading now).
  forgetUnused(memo);
  const next = await generateFromInput(input, undefined, memo);
  if (!next.ok) throw new Error("the golden spec has errors");
  expect(contentsOf(next.files)).toEqual(contentsOf(reference));
});

test("a run that reads now keeps none of its outputs, whose contents it read whole: the next save reads them lazily", async () => {
  // One operation's contents damaged: the others' outputs come from the store, their contents read at once.
  const { reference, input, memo } = await keptThenDamaged((kinds) => keysOfKind(kinds, "contents").slice(0, 1));
  const operations = input.files.filter((file) => file.kind === "operation").length;
  expect(lastOutputs(memo)?.size).toBe(operations);
  const again = await generateFromInput(input, undefined, memo, null, { readNow: true });
  if (!again.ok) throw new Error("the golden spec has errors");
  expect(contentsOf(again.files)).toEqual(contentsOf(reference));
  // Kept, they would hold every operation's files in memory until each changed.
  expect(lastOutputs(memo)?.size).toBe(0);
  forgetUnused(memo);
  const next = await generateFromInput(input, undefined, memo);
  if (!next.ok) throw new Error("the golden spec has errors");
  expect(lastOutputs(memo)?.size).toBe(operations);
  expect(contentsOf(next.files)).toEqual(contentsOf(reference));
});
