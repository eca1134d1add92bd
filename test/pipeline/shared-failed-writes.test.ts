// An error while the shared files are made, with the operations' entries of
// the memo still being written (emit-files.ts makes the shared files
// meanwhile): the run ends once those writes have, so that none goes on
// after the command reports the failure (and is cut when it exits), none is
// an unhandled rejection, and the memo left behind gives a later run the
// files a run without memo makes.
import { expect, test } from "vitest";
import { emitters } from "../../generator/emit/registry.js";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { goldenInput } from "../support/golden-changes.js";

const named = (name: string): Emitter[] => emitters.filter((e) => e.name === name);
const broken: Emitter = {
  name: "broken",
  shared: () => {
    throw new Error("a shared file failed");
  },
};

/** A memo whose writes each take a few turns of the event loop, counted while they run. */
function slowMemo(): Memo & { readonly running: () => number } {
  const inner = memoryMemo();
  let running = 0;
  const slow =
    <A extends unknown[]>(write: (...args: A) => Promise<unknown>) =>
    async (...args: A) => {
      running++;
      try {
        for (let turn = 0; turn < 20; turn++) await new Promise(setImmediate);
        return await write(...args);
      } finally {
        running--;
      }
    };
  return {
    ...inner,
    set: slow(inner.set.bind(inner)),
    ...(inner.setBytes ? { setBytes: slow(inner.setBytes.bind(inner)) } : {}),
    running: () => running,
  };
}

// The schemas' emitter makes operations' files only; the types' emitter makes shared files from inputs too, whose
// entries (emit/remembered-inputs.ts) are written while the emitters after it make theirs.
test.each(["json-schema", "types"])(
  "a shared file that fails after %s: the run's error, thrown once every entry begun is written",
  async (name) => {
    const selected = named(name);
    const memo = slowMemo();
    const unhandled: unknown[] = [];
    const seen = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", seen);
    let runningAtEnd = -1;
    try {
      const run = generateFromInput(goldenInput, [...selected, broken], memo);
      const [outcome] = await Promise.allSettled([run.finally(() => (runningAtEnd = memo.running()))]);
      expect(outcome).toEqual({
        status: "rejected",
        reason: expect.objectContaining({ message: "a shared file failed" }),
      });
      for (let turn = 0; turn < 40; turn++) await new Promise(setImmediate);
    } finally {
      process.off("unhandledRejection", seen);
    }
    expect(runningAtEnd).toBe(0);
    expect(unhandled).toEqual([]);
    // What the failed run left in the memo is whole: a later run takes the operations from it.
    const again = await generateFromInput(goldenInput, selected, memo);
    const fresh = await generateFromInput(goldenInput, selected, null);
    const texts = (r: typeof fresh) => (r.ok ? r.files.map((f) => [f.path, f.content]) : r.diagnostics);
    expect(texts(again)).toEqual(texts(fresh));
  },
);
