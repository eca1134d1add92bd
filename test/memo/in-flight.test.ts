// The limiter of the disk memo's writes: at most so many at once, the rest
// started in the order given as each ends. A task that fails, by throwing or
// by rejecting, is its caller's error and frees its place: a place kept would
// leave every write queued behind it waiting, and a first run would never end.
// A want of files lowers the bound until a batch of tasks runs without one.
import { expect, test } from "vitest";
import { inFlight } from "../../generator/memo/in-flight.js";

/** A task that records its start and ends when `end` is called. */
function task(started: number[], n: number) {
  let end = (_fail?: Error) => {};
  const run = () =>
    new Promise<number>((resolve, reject) => {
      started.push(n);
      end = (fail) => (fail ? reject(fail) : resolve(n));
    });
  return { run, end: (fail?: Error) => end(fail) };
}

/** A few turns of the event loop, for what was started to settle. */
const turns = async () => {
  for (let turn = 0; turn < 5; turn++) await new Promise(setImmediate);
};

test("at most so many tasks run at once, the others started in order as places free", async () => {
  const limit = inFlight(2);
  const started: number[] = [];
  const tasks = [0, 1, 2, 3, 4].map((n) => task(started, n));
  const results = tasks.map((t) => limit(t.run));
  await turns();
  expect(started).toEqual([0, 1]);
  tasks[1]?.end();
  await turns();
  expect(started).toEqual([0, 1, 2]);
  tasks[0]?.end();
  tasks[2]?.end();
  await turns();
  expect(started).toEqual([0, 1, 2, 3, 4]);
  tasks[3]?.end();
  tasks[4]?.end();
  expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
});

test("a task that throws or rejects is its caller's error, and its place goes to the next", async () => {
  const limit = inFlight(1);
  const started: number[] = [];
  const rejecting = task(started, 0);
  const rejected = limit(rejecting.run);
  const thrown = limit((): Promise<number> => {
    throw new Error("thrown");
  });
  const last = task(started, 2);
  const after = limit(last.run);
  // Handled now: each rejects while the test waits for the next task to start.
  const failures = Promise.allSettled([rejected, thrown]);
  rejecting.end(new Error("rejected"));
  await turns();
  expect(started).toEqual([0, 2]);
  const reasons = (await failures).map((r) => r.status === "rejected" && (r.reason as Error).message);
  expect(reasons).toEqual(["rejected", "thrown"]);
  last.end();
  expect(await after).toBe(2);
  // A task that throws with a place free is a rejection too, never an exception of the call.
  const free = inFlight(1);
  await expect(
    free((): Promise<number> => {
      throw new Error("at once");
    }),
  ).rejects.toThrow("at once");
  const next = task(started, 3);
  const nextDone = free(next.run);
  await turns();
  next.end();
  expect(await nextDone).toBe(3);
});

test("a task that fails for want of a file while others run starts again, first, when one ends; fewer run at once then", async () => {
  const tooMany = Object.assign(new Error("too many open files"), { code: "EMFILE" });
  const limit = inFlight(3, (error) => (error as { code?: string }).code === "EMFILE");
  const started: number[] = [];
  const tasks = [0, 1, 2, 3, 4].map((n) => task(started, n));
  let tries = 0;
  // Task 2 fails the first time it runs, as a write that could not open its file.
  const results = tasks.map((t, n) => limit(() => (n === 2 && tries++ === 0 ? Promise.reject(tooMany) : t.run())));
  await turns();
  expect(started).toEqual([0, 1]);
  // Two at once from now on: a task given now waits, though the limiter was made for three.
  const late = task(started, 5);
  results.push(limit(late.run));
  await turns();
  expect(started).toEqual([0, 1]);
  tasks[0]?.end();
  await turns();
  // Task 2 before 3 and 4: 1 and 2 run.
  expect(started).toEqual([0, 1, 2]);
  tasks[1]?.end();
  await turns();
  expect(started).toEqual([0, 1, 2, 3]);
  tasks[2]?.end();
  tasks[3]?.end();
  await turns();
  expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  tasks[4]?.end();
  late.end();
  expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
});

test("a task that fails for want of a file alone, with no other's end to wait for, is its caller's error", async () => {
  const tooMany = Object.assign(new Error("too many open files"), { code: "EMFILE" });
  const limit = inFlight(3, () => true);
  await expect(limit(() => Promise.reject(tooMany))).rejects.toBe(tooMany);
  const started: number[] = [];
  const next = task(started, 0);
  const done = limit(next.run);
  await turns();
  next.end();
  expect(await done).toBe(0);
});

test("the bound lowered by a want of files is back where it began once a batch of tasks has run without one", async () => {
  const tooMany = Object.assign(new Error("too many open files"), { code: "EMFILE" });
  const limit = inFlight(3, (error) => (error as { code?: string }).code === "EMFILE");
  const started: number[] = [];
  /** Gives `count` tasks at once (the one numbered `failing`, if any, fails once for want of a file); how many started at first. */
  const batch = async (from: number, count: number, failing?: number) => {
    let tries = 0;
    const tasks = Array.from({ length: count }, (_, i) => task(started, from + i));
    const results = tasks.map((t, i) =>
      limit(() => (from + i === failing && tries++ === 0 ? Promise.reject(tooMany) : t.run())),
    );
    await turns();
    const atFirst = started.filter((n) => n >= from).length;
    // Ended one by one, each in turn: whatever waits starts as places free.
    for (let i = 0; i < count; i++) {
      while (!started.includes(from + i)) await turns();
      tasks[i]?.end();
      await turns();
    }
    expect(await Promise.all(results)).toEqual(tasks.map((_, i) => from + i));
    return atFirst;
  };
  // The want: two run at once from then on, for the rest of that batch and all of the next.
  expect(await batch(0, 4, 2)).toBe(2);
  expect(await batch(10, 4)).toBe(2);
  // The next batch found its files: three at once again.
  expect(await batch(20, 4)).toBe(3);
});
