// A memo write that fails while the others of its stage are still being
// written (read-documents.ts, emit-files.ts): the stage's error, thrown once
// every write it began has ended, so that none goes on after the command
// reports the error (memo/collected-writes.ts: writesEnded).
import { expect, test } from "vitest";
import { emitters } from "../../generator/emit/registry.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { goldenInput } from "../support/golden-changes.js";

/** A memo whose first write through `method` fails at once, and whose other writes take a few turns, counted. */
function firstFails(method: "set" | "setBytes"): Memo & { readonly running: () => number } {
  const inner = memoryMemo();
  let calls = 0;
  let running = 0;
  const write = async (...args: [string, never]) => {
    if (calls++ === 0) throw new Error("the disk is full");
    running++;
    try {
      for (let turn = 0; turn < 20; turn++) await new Promise(setImmediate);
      return await (inner[method] as (...a: [string, never]) => Promise<unknown>)(...args);
    } finally {
      running--;
    }
  };
  return { ...inner, [method]: write, running: () => running };
}

const failed = { status: "rejected", reason: expect.objectContaining({ message: "the disk is full" }) };

/** How `run` ends, and how many of the memo's writes were still running then. */
async function endOf(memo: ReturnType<typeof firstFails>, run: () => Promise<unknown>) {
  let running = -1;
  const [outcome] = await Promise.allSettled([run().finally(() => (running = memo.running()))]);
  return { outcome, running };
}

test("a parsed file's entry that fails: the read's error, once the other files' entries are written", async () => {
  const memo = firstFails("set");
  expect(await endOf(memo, () => readDocuments(goldenInput, memo))).toEqual({ outcome: failed, running: 0 });
});

test("an emitted operation's entry that fails: the run's error, once the other operations' entries are written", async () => {
  const memo = firstFails("setBytes");
  const types = emitters.filter((e) => e.name === "types");
  expect(await endOf(memo, () => generateFromInput(goldenInput, types, memo))).toEqual({
    outcome: failed,
    running: 0,
  });
});
