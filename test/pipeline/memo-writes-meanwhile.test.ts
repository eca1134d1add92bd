// A first run parses the next spec file, and emits the next operation, while
// the memo writes the entries of the ones before (read-documents.ts,
// emit-files.ts), makes the files that span operations meanwhile too, and
// goes past the stage only once every entry is written:
// the memo then holds what it holds when each write is waited for.
import { textIfWhole } from "../../generator/memo/checked-text.js";
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

/**
 * `inner` with its writes through `method` held until `release()`, those that
 * `holds` picks (every one by default) counted in `pending()`.
 */
function gatedMemo(inner: Memo, method: "set" | "setBytes", holds: (text: string) => boolean = () => true) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let pending = 0;
  const hold = async (held: boolean) => {
    if (!held) return;
    pending++;
    await released;
  };
  const set: Memo["set"] = async (key, text) => {
    await hold(holds(text));
    return inner.set(key, text);
  };
  const setBytes: NonNullable<Memo["setBytes"]> = async (key, bytes) => {
    await hold(true);
    return inner.setBytes?.(key, bytes);
  };
  const memo: Memo = method === "set" ? { ...inner, set } : { ...inner, setBytes };
  return { memo, release: () => release(), pending: () => pending };
}

/** Whether `stage` ends within a hundred turns of the event loop, which is what it is given to run meanwhile. */
async function endsWithinTurns(stage: Promise<unknown>): Promise<boolean> {
  let done = false;
  stage.then(
    () => (done = true),
    () => undefined,
  );
  for (let turn = 0; turn < 100; turn++) await new Promise(setImmediate);
  return done;
}

test("spec files are parsed while the memo writes the data of those before, all written before the read ends", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const inner = memoryMemo();
  const { memo, release, pending } = gatedMemo(inner, "set");
  let parsed = 0;
  useParser((file) => {
    parsed++;
    return sharedParse(file);
  });
  try {
    const read = readDocuments(input, memo);
    const doneBefore = await endsWithinTurns(read);
    const [parsedBefore, pendingBefore] = [parsed, pending()];
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
  // The facts are the entries written as JSON objects, after the line of their hash (a schema's pass is "passed").
  const { memo, release, pending } = gatedMemo(inner, "set", (text) => textIfWhole(text)?.startsWith("{") === true);
  const checked = validateWithMemo(read, memo);
  const doneBefore = await endsWithinTurns(checked);
  const pendingBefore = pending();
  release();
  const outcome = await checked;
  const operations = outcome.spec?.operations.length ?? 0;
  expect(operations).toBeGreaterThan(1);
  // The dictionary's facts and each operation's.
  expect([pendingBefore, doneBefore]).toEqual([operations + 1, false]);
  expect(pending()).toBe(operations + 1);
});

test("each file's schema pass is written while the next files are checked, all before the check ends", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const inner = memoryMemo();
  const read = await readDocuments(input, inner);
  const { memo, release, pending } = gatedMemo(inner, "set", (text) => text === "passed");
  const checked = validateWithMemo(read, memo);
  const doneBefore = await endsWithinTurns(checked);
  const pendingBefore = pending();
  release();
  expect((await checked).spec).toBeDefined();
  // Every file of the spec passed its schema: one pass each, all begun before the first was written.
  expect([pendingBefore, doneBefore]).toEqual([read.documents.length, false]);
  expect(pending()).toBe(read.documents.length);
});

test("operations are emitted, and then the files that span them made, while the memo writes the operations' files; all written before the run goes on", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  const inner = memoryMemo();
  // The contents of an operation's files, and those of the files made from inputs (emit/remembered-inputs.ts): the
  // entries written as bytes, written once released.
  const { memo, release, pending } = gatedMemo(inner, "setBytes");
  let emitted = 0;
  let sharedMade = 0;
  const counter = emitters.find((e) => e.operation !== undefined) as Emitter;
  // A file that spans operations, assembled from their pieces.
  const sharedCounter = emitters.find((e) => e.operation === undefined && e.pieces !== undefined) as Emitter;
  const counted = emitters.map((e): Emitter => {
    const { operation, pieces } = e;
    if (e === sharedCounter && pieces !== undefined)
      return {
        ...e,
        pieces: {
          ...pieces,
          assemble: (model, operationPieces) => {
            sharedMade++;
            return pieces.assemble(model, operationPieces);
          },
        },
      };
    if (e !== counter || operation === undefined) return e;
    return {
      ...e,
      operation: (scope) => {
        emitted++;
        return operation(scope);
      },
    };
  });
  const run = generateFromInput(input, counted, memo);
  const doneBefore = await endsWithinTurns(run);
  const [emittedBefore, pendingBefore, sharedBefore] = [emitted, pending(), sharedMade];
  release();
  const result = await run;
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const operations = result.model.operations.length;
  expect(operations).toBeGreaterThan(1);

  // Each operation's contents, and those of each emitter's files made from inputs, begun before the first is written.
  const fromInputs = emitters.filter((e) => e.inputs !== undefined).length;
  expect(fromInputs).toBeGreaterThan(0);
  expect([emittedBefore, pendingBefore, doneBefore, sharedBefore]).toEqual([
    operations,
    operations + fromInputs,
    false,
    1,
  ]);

  const waited = memoryMemo();
  const again = await generateFromInput(input, emitters, waited);
  if (!again.ok) throw new Error("the golden spec has errors");
  expect(inner.size()).toBe(waited.size());
  expect(result.files.map((f) => [f.path, f.content])).toEqual(again.files.map((f) => [f.path, f.content]));
}, 60_000);

test("operations emitted again while the files that span them come from the memo: their files all written before the run goes on", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  // No file spans operations: the memo's entry of the shared files is the empty list.
  const own = emitters.filter((e) => e.operation && !e.pieces && !e.inputs && !e.shared);
  const inner = memoryMemo();
  const first = await generateFromInput(input, own, inner);
  if (!first.ok) throw new Error("the golden spec has errors");
  // The memo as one that lost every entry but that list (each write of a first run refused, say): the spec's
  // files are as they were, so the shared files come from it, and every operation is emitted again.
  const found = (text: string | undefined) => (text === "[]" ? text : undefined);
  const losing: Memo = {
    ...inner,
    get: async (key) => found(await inner.get(key)),
    getNow: (key) => found(inner.getNow?.(key)),
    getBytes: () => undefined,
    readBytes: async () => undefined,
  };
  const { memo, release, pending } = gatedMemo(losing, "setBytes");
  const run = generateFromInput(input, own, memo);
  const doneBefore = await endsWithinTurns(run);
  const pendingBefore = pending();
  release();
  const result = await run;
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  expect([pendingBefore, doneBefore]).toEqual([result.model.operations.length, false]);
  expect(result.files.map((f) => [f.path, f.content])).toEqual(first.files.map((f) => [f.path, f.content]));
}, 60_000);
