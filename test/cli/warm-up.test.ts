// --watch compiles what a save runs before it starts watching (cli/warm-up.ts):
// saves of an edited summary, run in memory on the kept state, then a run of
// the spec as it is; and a write from each buffer a save writes from, which
// leaves nothing behind.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import * as pipeline from "../../generator/cli/run-pipeline.js";
import { edited, readByKernel, warmUp } from "../../generator/cli/warm-up.js";
import type { GeneratedFile } from "../../generator/index.js";
import { memoryMemo } from "../../generator/index.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { fixturesDir } from "../support/paths.js";

/**
 * The golden fixture's spec: every feature of the format in three operations, a third of the repository spec's
 * cost per run; what the warm-up edits and keeps does not depend on the spec's size.
 */
const specDir = path.join(fixturesDir, "golden", "spec");

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

// Read at once: a file made as bytes in a kept buffer shows what the buffer holds when it is read.
const contents = (files: readonly GeneratedFile[]) => files.map((f): [string, string] => [f.path, String(f.content)]);

async function generated(input: SpecInput, memo: Parameters<typeof pipeline.generateFromInput>[2] = null) {
  const result = await pipeline.generateFromInput(input, pipeline.emitters, memo, null);
  if (!result.ok) throw new Error(`the spec does not generate: ${JSON.stringify(result.diagnostics)}`);
  return result.files;
}

test("the edit is the first operation's summary, prefixed, and it reaches the shared files as a save's does", async () => {
  const input = await readSpecInput(specDir, goldenRoot);
  const edit = edited(input, "Edit 1");
  if (edit === undefined) throw new Error("no summary to edit");
  const first = input.files.findIndex((f) => f.kind === "operation");
  expect(edit.files.filter((f, i) => f !== input.files[i]).map((f) => f.relPath)).toEqual([
    input.files[first]?.relPath,
  ]);
  const changedLines = (a: string, b: string) => a.split("\n").filter((line, i) => line !== b.split("\n")[i]);
  expect(changedLines(edit.files[first]?.text ?? "", input.files[first]?.text ?? "")).toEqual([
    expect.stringMatching(/^summary: Edit 1 \S/),
  ]);
  // The spec as it is: the worker's generation of it, which the other tests of the golden fixture share.
  const unedited = await generateShared(specDir, goldenRoot);
  if (!unedited.ok) throw new Error("the spec does not generate");
  const [before, after] = [new Map(contents(unedited.files)), new Map(contents(await generated(edit)))];
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
  // Exactly the files that show the summary: the other files of the run are the unedited run's.
  const summary = /^summary: (.*)$/m.exec(input.files[first]?.text ?? "")?.[1] ?? "no summary";
  const showing = [...before].filter(([, text]) => text.includes(summary)).map(([file]) => file);
  expect(showing).toEqual(expect.arrayContaining(["openapi.json", "client.ts"]));
  expect(changed.sort()).toEqual(showing.sort());
});

test("a summary quoted is edited inside its quotes; a file without a summary line is not edited", async () => {
  const input = await readSpecInput(specDir);
  const first = input.files.findIndex((f) => f.kind === "operation");
  const withText = (text: string): SpecInput => ({
    ...input,
    files: input.files.map((f, i) => (i === first ? { ...f, text } : f)),
  });
  expect(edited(withText('operation: a\nsummary: "Quoted"\n'), "Edit 1")?.files[first]?.text).toBe(
    'operation: a\nsummary: "Edit 1 Quoted"\n',
  );
  expect(edited(withText("operation: a\nsummary: >\n  Folded\n"), "Edit 1")).toBeUndefined();
});

test("the warm-up changes nothing a run gives, and leaves no scratch file", async () => {
  const memo = keptInMemory(memoryMemo());
  const models = pipeline.keptModels();
  const input = await readSpecInput(specDir);
  const before = await pipeline.generateFromInput(input, pipeline.emitters, memo, models);
  if (!before.ok) throw new Error("the spec does not generate");
  const made = contents(before.files);
  // openapi.json, assembled into a buffer kept for the memo.
  expect(pipeline.keptBuffersOf(memo).length).toBeGreaterThan(0);
  const folders = scratchFolders();
  await warmUp(pipeline, input, memo, models);
  expect(scratchFolders()).toEqual(folders);
  const after = await pipeline.generateFromInput(input, pipeline.emitters, memo, models);
  if (!after.ok) throw new Error("the spec does not generate");
  expect(contents(after.files)).toEqual(made);
});

test("readByKernel takes buffers of any size, none at all included, and leaves nothing", () => {
  const folders = scratchFolders();
  readByKernel([]);
  readByKernel([new Uint8Array(0), Buffer.alloc(3 << 20, 1), new Uint8Array(5)]);
  expect(scratchFolders()).toEqual(folders);
});
