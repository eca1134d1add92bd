// A process that generates again and again (--watch) keeps in memory what it
// read or wrote of the memo, and what it parsed of it; after each run that
// made every file, what that run did not use is dropped, so that the
// process's memory follows the spec and not the number of saves. What is
// dropped is still in the memo: a later run that needs it reads it there.
import path from "node:path";
import { expect, test } from "vitest";
import { type GeneratedFile, generateFromInput } from "../../generator/index.js";
import { type Memo, memoryMemo } from "../../generator/memo/memo.js";
import { forgetUnused, keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { parsedOnce } from "../../generator/memo/parsed-once.js";
import { flushPutOff, writeWhenStopped } from "../../generator/memo/writes-put-off.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** A memo that counts what is read of it. */
function countingMemo() {
  const inner = memoryMemo();
  const reads: string[] = [];
  const memo: Memo = {
    ...inner,
    get: (key) => {
      reads.push(key);
      return inner.get(key);
    },
    getNow: (key) => {
      reads.push(key);
      return inner.getNow?.(key);
    },
  };
  return { memo, reads: () => reads.splice(0) };
}

test("an entry a run used stays in memory; one it did not use is read from the memo again", async () => {
  const { memo, reads } = countingMemo();
  const kept = keptInMemory(memo);
  await kept.set("a", "A");
  await kept.set("b", "B");
  kept.retain?.("c");
  forgetUnused(kept);
  // The next run uses only "a".
  expect(await kept.get("a")).toBe("A");
  expect(reads()).toEqual([]);
  forgetUnused(kept);
  expect(await kept.get("a")).toBe("A");
  expect(reads()).toEqual([]);
  expect(await kept.get("b")).toBe("B");
  expect(kept.getNow?.("b")).toBe("B");
  expect(reads()).toEqual(["b"]);
});

test("an entry a run retained without reading it stays in memory, its key given or worked out later", async () => {
  const { memo, reads } = countingMemo();
  const kept = keptInMemory(memo);
  await kept.set("a", "A");
  await kept.set("b", "B");
  await kept.set("c", "C");
  forgetUnused(kept);
  // The next run relies on "a" and "b" (an unchanged operation's list and contents) and reads neither.
  kept.retain?.("a");
  kept.retain?.(() => "b");
  forgetUnused(kept);
  expect(await kept.get("a")).toBe("A");
  expect(kept.getNow?.("b")).toBe("B");
  expect(reads()).toEqual([]);
  expect(await kept.get("c")).toBe("C");
  expect(reads()).toEqual(["c"]);
});

test("a parse a run did not use is made again after it", async () => {
  const { memo } = countingMemo();
  const kept = keptInMemory(memo);
  const parses: string[] = [];
  const parse = (text: string) => {
    parses.push(text);
    return { text };
  };
  const first = parsedOnce("one", parse);
  parsedOnce("two", parse);
  forgetUnused(kept);
  expect(parsedOnce("one", parse)).toBe(first);
  expect(parses.splice(0)).toEqual(["one", "two"]);
  forgetUnused(kept);
  expect(parsedOnce("one", parse)).toBe(first);
  parsedOnce("two", parse);
  expect(parses).toEqual(["two"]);
});

test("a memo not kept in memory has nothing to forget", async () => {
  const memo = memoryMemo();
  await memo.set("a", "A");
  forgetUnused(memo);
  expect(await memo.get("a")).toBe("A");
});

test("through saves that change nothing, an operation kept as the run before left it keeps what its files are read from, though the disk took none of it", async () => {
  const { spec } = await tempWorkspace();
  // A cache folder that takes no write (full, read-only): what the runs wrote is in memory only.
  const inner = memoryMemo();
  const memo = keptInMemory({ ...inner, set: async () => undefined, setBytes: async () => undefined });
  const edited = path.join(spec, "operations/in-app/orderInitialize.yaml");
  await editFile(edited, "summary: Initialize a payment", "summary: Initialize a payment (edited)");
  const runs: (readonly GeneratedFile[])[] = [];
  for (let run = 0; run < 4; run++) {
    // As --watch runs (cli/generate-run.ts): contents read when first asked for. The library's generate() reads
    // them when looked up, and so takes none of the outputs kept from the run before.
    const result = await generateFromInput(await readSpecInput(spec), undefined, memo);
    if (!result.ok) throw new Error("the spec does not generate");
    forgetUnused(memo);
    runs.push(result.files);
  }
  const [first = [], , before = [], last = []] = runs;
  // The last saves took operations as the run before left them: the very file objects, their contents not yet read.
  const previous = new Set(before);
  expect(last.filter((file) => previous.has(file)).length).toBeGreaterThan(0);
  // What a write needs of a file it must write again (one edited by hand): its text, read only then.
  const made = new Map(first.map((file) => [file.path, file.content]));
  for (const file of last) expect(file.content, file.path).toBe(made.get(file.path));
});

test("a write put off until the watch stops that fails leaves its entry unmade, and the others are made", async () => {
  const memo = keptInMemory(memoryMemo());
  const made: string[] = [];
  await writeWhenStopped(memo, "first", async () => {
    throw new Error("a text read lazily from the memo is gone");
  });
  await writeWhenStopped(memo, "second", async () => void made.push("second"));
  await expect(flushPutOff(memo)).resolves.toBeUndefined();
  expect(made).toEqual(["second"]);
});
