// Work shared with a second thread (generator/threads/share-work.ts) that
// fails on an item the second thread made, while it still holds others: the
// work's error, and nothing made or recorded after the failure, neither those
// items (made again here once the thread is ended) nor what they would write
// to the memo, which would land after the command reported the error.
import { Worker } from "node:worker_threads";
import { expect, test } from "vitest";
import { shareWork } from "../../generator/threads/share-work.js";

/** As claims.ts marks an item the second thread claimed. */
const BY_SECOND = 2;
const COUNT = 4;

/** Resolves once `done` holds; bounded only so that a thread that never starts fails the test rather than hangs it. */
async function until(done: () => boolean): Promise<void> {
  for (const end = Date.now() + 60_000; !done() && Date.now() < end;) await new Promise((r) => setTimeout(r, 5));
}

test("an item of the second thread's that fails: the work's error, and nothing made or recorded after it", async () => {
  let claims: Int32Array | undefined;
  const claimed = () =>
    claims !== undefined && [1, 2, 3].every((i) => Atomics.load(claims as Int32Array, i) === BY_SECOND);
  let failed = false;
  const recorded: number[] = [];
  const late: string[] = [];
  // The main thread makes the first item once the second thread has claimed the others.
  const here = async (index: number) => {
    if (failed) late.push(`made ${index}`);
    if (index === 0) await until(claimed);
    return `made here: ${index}`;
  };
  const each = (index: number, made: string) => {
    if (failed) late.push(`recorded ${index}`);
    if (made.startsWith("made by the second thread")) {
      failed = true;
      throw new Error("the disk is full");
    }
    recorded.push(index);
  };
  const second = {
    source: new URL("../support/held-thread.ts", import.meta.url),
    data: (first: number, shared: Int32Array) => {
      claims = shared;
      return { first, count: COUNT - first, claims: shared };
    },
    share: 3 / 4,
  };
  // Every end of a thread, to wait for it: what a thread's end sets off happens before the end resolves.
  const ended: Promise<number>[] = [];
  const terminate = Worker.prototype.terminate;
  Worker.prototype.terminate = function (this: Worker) {
    const end = terminate.call(this);
    ended.push(end);
    return end;
  };
  try {
    await expect(shareWork(COUNT, here, second, each)).rejects.toThrow("the disk is full");
    await Promise.all(ended);
    for (let turn = 0; turn < 20; turn++) await new Promise(setImmediate);
  } finally {
    Worker.prototype.terminate = terminate;
  }
  expect({ claimed: claimed(), threads: ended.length > 0, recorded, late }).toEqual({
    claimed: true,
    threads: true,
    recorded: [0],
    late: [],
  });
});
