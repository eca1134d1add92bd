// --watch compiles what a save runs before it starts watching (cli/warm-up.ts):
// a run over the platform file, the dictionary and one operation, which keeps
// nothing, and a write from each buffer a save writes from, which leaves
// nothing behind.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import * as pipeline from "../../generator/cli/run-pipeline.js";
import { readByKernel, sampleOf, warmUp } from "../../generator/cli/warm-up.js";
import { generate, memoryMemo } from "../../generator/index.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";

const scratchFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith("sips-json-warm-"));

// A temporary folder of this file's own: a --watch another test file runs meanwhile makes its scratch folder too.
let sharedTmp: string | undefined;
beforeEach(() => {
  sharedTmp = process.env["TMPDIR"];
  process.env["TMPDIR"] = mkdtempSync(path.join(tmpdir(), "warm-up-test-"));
});
afterEach(() => {
  rmSync(tmpdir(), { recursive: true, force: true });
  if (sharedTmp === undefined) delete process.env["TMPDIR"];
  else process.env["TMPDIR"] = sharedTmp;
});

test("the sample is the spec's platform file, dictionary and first operation, with every page and other path", async () => {
  const input = await readSpecInput(specDir);
  const sample = sampleOf(input);
  const operations = input.files.filter((f) => f.kind === "operation");
  expect(operations.length).toBeGreaterThan(1);
  expect(sample.files).toEqual(input.files.filter((f) => f.kind !== "operation" || f === operations[0]));
  expect(sample.pages).toBe(input.pages);
  expect(sample.otherPaths).toBe(input.otherPaths);
  // The sample generates on its own: a warm-up that stopped at a diagnostic would compile less than a save runs.
  const result = await pipeline.generateFromInput(sample, pipeline.emitters, null, null);
  expect(result.ok ? [] : result.diagnostics).toEqual([]);
});

test("the warm-up changes nothing a run gives, and leaves no scratch file", async () => {
  const memo = keptInMemory(memoryMemo());
  const before = await generate({ specDir, memo });
  if (!before.ok) throw new Error("the spec does not generate");
  // Read now: a file made as bytes in a kept buffer shows what the buffer holds when it is read.
  const contents = (files: typeof before.files) => files.map((f) => [f.path, f.content]);
  const made = contents(before.files);
  const buffers = pipeline.keptBuffersOf(memo);
  // openapi.json, assembled into a buffer kept for the memo.
  expect(buffers.length).toBeGreaterThan(0);
  const copies = buffers.map((b) => Buffer.from(b));
  const folders = scratchFolders();
  await warmUp(pipeline, await readSpecInput(specDir), memo);
  expect(scratchFolders()).toEqual(folders);
  // The buffers were read, not written: the files of the run before still hold.
  expect(pipeline.keptBuffersOf(memo).map((b) => Buffer.from(b))).toEqual(copies);
  const after = await generate({ specDir, memo });
  if (!after.ok) throw new Error("the spec does not generate");
  expect(contents(after.files)).toEqual(made);
});

test("readByKernel takes buffers of any size, none at all included, and leaves nothing", () => {
  const folders = scratchFolders();
  readByKernel([]);
  readByKernel([new Uint8Array(0), Buffer.alloc(3 << 20, 1), new Uint8Array(5)]);
  expect(scratchFolders()).toEqual(folders);
});
