// --watch compiles what a save runs before it starts watching (cli/warm-up.ts):
// a run over the platform file, the dictionary and one operation, which keeps
// nothing, and a write from each buffer a save writes from, which leaves
// nothing behind.
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import * as pipeline from "../../generator/cli/run-pipeline.js";
import { readByKernel, sampleOf, warmUp } from "../../generator/cli/warm-up.js";
import { generate, memoryMemo } from "../../generator/index.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";

const scratchFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith("sips-json-warm-"));

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
  const contents = (files: typeof before.files) => files.map((f) => [f.path, f.content]);
  expect(contents(after.files)).toEqual(contents(before.files));
});

test("readByKernel takes buffers of any size, none at all included, and leaves nothing", () => {
  const folders = scratchFolders();
  readByKernel([]);
  readByKernel([new Uint8Array(0), Buffer.alloc(3 << 20, 1), new Uint8Array(5)]);
  expect(scratchFolders()).toEqual(folders);
});
