// A write of the memo that fails while a first run still parses the next spec
// files, checks the next against their schema, or emits the next operations
// (read-documents.ts, check-schema-once.ts, emit-files.ts), is the run's
// error, thrown once the stage has made the rest: never an unhandled
// rejection meanwhile, which node reports (and, by default, ends the process
// on) as soon as the run waits for something: with a second thread, the main
// one looks at what it handed over every 16 files or operations.
import { expect, test } from "vitest";
import { emitters } from "../../generator/emit/registry.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { validateWithMemo } from "../../generator/validate/validate-with-memo.js";
import { goldenInput, OP, textOf } from "../support/golden-changes.js";
import { threadsFromBundles } from "../support/bundled-threads.js";
import { parsedAnew } from "../support/shared-parses.js";
import { withFiles } from "../support/sync-memory.js";

// The threads from their bundles, as the command starts them: fresh, and without tsx in each.
threadsFromBundles();

/** A memo whose writes through `method` fail at once. */
const failing = (method: "set" | "setBytes"): Memo => ({
  ...memoryMemo(),
  [method]: async () => {
    throw new Error("the disk is full");
  },
});

/** How `run` ends, and the rejections node found unhandled meanwhile (and a few turns after). */
async function unhandledDuring(run: () => Promise<unknown>) {
  const unhandled: unknown[] = [];
  const seen = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", seen);
  try {
    const [outcome] = await Promise.allSettled([run()]);
    for (let turn = 0; turn < 10; turn++) await new Promise(setImmediate);
    return { outcome, unhandled };
  } finally {
    process.off("unhandledRejection", seen);
  }
}

/** The golden spec with `count` copies of cardCheck more, each its own operation at its own addresses. */
function withCopies(count: number) {
  const text = textOf(goldenInput, OP);
  const copies = Array.from({ length: count }, (_, i) => {
    const name = `cardCheck${i}`;
    const copy = text.replace("operation: cardCheck\n", `operation: ${name}\n`).replaceAll("/cardCheck", `/${name}`);
    return [`operations/office/${name}.yaml`, copy] as const;
  });
  return withFiles(goldenInput, [], new Map(copies));
}

/** Enough for the main thread to look at the second one's work at least once (share-work.ts: every 16). */
const input = withCopies(20);

const failed = { status: "rejected", reason: expect.objectContaining({ message: "the disk is full" }) };

test("a failed write of a parsed file's data: the read's error, no unhandled rejection while the next are parsed", async () => {
  // Parsed anew: the read starts its second thread only with the parser it gives the thread.
  const ended = await parsedAnew(() => unhandledDuring(() => readDocuments(input, failing("set"), { atLeast: 1 })));
  expect(ended).toEqual({ outcome: failed, unhandled: [] });
}, 120_000);

test("a failed write of an emitted operation's files: the run's error, no unhandled rejection while the next are emitted", async () => {
  const threads = { parse: { atLeast: Number.POSITIVE_INFINITY }, emit: { atLeast: 1 } };
  // One emitter is enough: the operations' files are written as they are made, whatever makes them.
  const types = emitters.filter((e) => e.name === "types");
  const ended = await unhandledDuring(() => generateFromInput(input, types, failing("setBytes"), null, { threads }));
  expect(ended).toEqual({ outcome: failed, unhandled: [] });
}, 120_000);

test("a failed write of a file's schema pass: the check's error, no unhandled rejection while the next are checked", async () => {
  const read = await readDocuments(input, null);
  // Reads that wait for the event loop, as a memo on disk or over the network may: node looks for unhandled rejections then.
  const memo: Memo = {
    ...failing("set"),
    get: async () => {
      await new Promise(setImmediate);
      return undefined;
    },
  };
  const ended = await unhandledDuring(() => validateWithMemo(read, memo));
  expect(ended).toEqual({ outcome: failed, unhandled: [] });
}, 120_000);
