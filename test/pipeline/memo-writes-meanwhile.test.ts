// A first run parses the next spec file, and emits the next operation, while
// the memo writes the entries of the ones before (read-documents.ts,
// emit-files.ts), and goes past the stage only once every entry is written:
// the memo then holds what it holds when each write is waited for.
import path from "node:path";
import { expect, test } from "vitest";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { emitters } from "../../generator/emit/registry.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { readDocuments, useParser } from "../../generator/read/read-documents.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { validateWithMemo } from "../../generator/validate/validate-with-memo.js";
import { goldenRoot } from "../support/generate.js";
import { sharedParse } from "../support/shared-parses.js";

test("spec files are parsed while the memo writes the data of those before, all written before the read ends", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const inner = memoryMemo();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let pending = 0;
  const memo: Memo = {
    ...inner,
    set: async (key, text) => {
      pending++;
      await released;
      await inner.set(key, text);
    },
  };
  let parsed = 0;
  useParser((file) => {
    parsed++;
    return sharedParse(file);
  });
  try {
    let done = false;
    const read = readDocuments(input, memo).then(() => {
      done = true;
    });
    for (let turn = 0; turn < 100; turn++) await new Promise(setImmediate);
    const [parsedBefore, pendingBefore, doneBefore] = [parsed, pending, done];
    release();
    await read;
    expect(parsed).toBeGreaterThan(1);
    expect([parsedBefore, pendingBefore, doneBefore]).toEqual([parsed, parsed, false]);
    expect(inner.size()).toBe(parsed);
  } finally {
    useParser(sharedParse);
  }
});

test("the facts of every file checked are written side by side, all before the check ends", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const inner = memoryMemo();
  const read = await readDocuments(input, inner);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // The facts are the entries written as JSON objects (a schema's pass is "passed", and goes through).
  let pending = 0;
  const memo: Memo = {
    ...inner,
    set: async (key, text) => {
      if (text.startsWith("{")) {
        pending++;
        await released;
      }
      await inner.set(key, text);
    },
  };
  let done = false;
  const checked = validateWithMemo(read, memo).then((outcome) => {
    done = true;
    return outcome;
  });
  for (let turn = 0; turn < 100; turn++) await new Promise(setImmediate);
  const [pendingBefore, doneBefore] = [pending, done];
  release();
  const outcome = await checked;
  const operations = outcome.spec?.operations.length ?? 0;
  expect(operations).toBeGreaterThan(1);
  // The dictionary's facts and each operation's.
  expect([pendingBefore, doneBefore]).toEqual([operations + 1, false]);
  expect(pending).toBe(operations + 1);
});

test("operations are emitted while the memo writes the files of those before, all written before the run goes on", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const inner = memoryMemo();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // The contents of an operation's files, the one entry written as bytes, are written once released.
  let pending = 0;
  const memo: Memo = {
    ...inner,
    setBytes: async (key, bytes) => {
      pending++;
      await released;
      await inner.setBytes?.(key, bytes);
    },
  };
  let emitted = 0;
  const counter = emitters.find((e) => e.operation !== undefined) as Emitter;
  const counted = emitters.map((e): Emitter => {
    const { operation } = e;
    if (e !== counter || operation === undefined) return e;
    return {
      ...e,
      operation: (scope) => {
        emitted++;
        return operation(scope);
      },
    };
  });
  let done = false;
  const run = generateFromInput(input, counted, memo).then((result) => {
    done = true;
    return result;
  });
  for (let turn = 0; turn < 100; turn++) await new Promise(setImmediate);
  const [emittedBefore, pendingBefore, doneBefore] = [emitted, pending, done];
  release();
  const result = await run;
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const operations = result.model.operations.length;
  expect(operations).toBeGreaterThan(1);
  expect([emittedBefore, pendingBefore, doneBefore]).toEqual([operations, operations, false]);

  const waited = memoryMemo();
  const again = await generateFromInput(input, emitters, waited);
  if (!again.ok) throw new Error("the golden spec has errors");
  expect(inner.size()).toBe(waited.size());
  expect(result.files.map((f) => [f.path, f.content])).toEqual(again.files.map((f) => [f.path, f.content]));
}, 60_000);
