// The second clock, for a shared, loaded machine: short batches of calls, the
// tasks' batches interleaved so that each cycle times every task within a
// fraction of a millisecond. Ratios are the median of the cycles' ratios (the
// load of the moment cancels out); times are each task's fastest batch, what a
// call costs when the core is ours. The first clock is stats.ts's `measure`
// (mitata, round by round); the report shows both.
import { ownSite } from "./own-site.js";
import { median, type Task } from "./stats.js";

/** Where the batches keep each call's result, so that no call is left out as unused. */
const sink: { value: unknown } = { value: undefined };

type Batch = (size: number) => number;

/** Times `size` calls of `run`, in nanoseconds per call, from a loop of the task's own (own-site.ts). */
const batchOf = (run: () => unknown): Batch =>
  ownSite(
    (call, keep, now) => (size: number) => {
      const start = now();
      for (let i = 0; i < size; i++) keep.value = call();
      return Number(now() - start) / size;
    },
    run,
    sink,
    process.hrtime.bigint,
  );

export interface Interleaved {
  /** Each task's fastest batch, in nanoseconds per call. */
  readonly fastest: Readonly<Record<string, number>>;
  /** Per task, the median over the cycles of the first task's time over this one's. */
  readonly firstOver: Readonly<Record<string, number>>;
}

/**
 * Times the tasks in `cycles` cycles of one batch each (batches of about 50 µs
 * after a warm-up), in the opposite order every other cycle.
 */
export function interleaved(tasks: readonly Task[], cycles = 400): Interleaved {
  const timed: { name: string; batch: Batch; size: number }[] = [];
  for (const task of tasks) {
    const batch = batchOf(task.run);
    // Warm-up (the optimizing compiler's turn): 20,000 calls in batches of 250, or 200 ms for a slow task.
    const until = performance.now() + 200;
    for (let i = 0; i < 80 && performance.now() < until; i++) batch(250);
    timed.push({ name: task.name, batch, size: Math.max(10, Math.round(50_000 / Math.max(1, batch(1000)))) });
  }
  const times = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let cycle = 0; cycle < cycles; cycle++) {
    const order = cycle % 2 === 0 ? timed : [...timed].reverse();
    for (const task of order) times.get(task.name)?.push(task.batch(task.size));
  }
  const of = (name: string) => times.get(name) ?? [];
  const first = of(tasks[0]?.name ?? "");
  return {
    fastest: Object.fromEntries(tasks.map((t) => [t.name, Math.min(...of(t.name))])),
    firstOver: Object.fromEntries(tasks.map((t) => [t.name, median(first.map((a, i) => a / (of(t.name)[i] ?? a)))])),
  };
}

/** `a` over `b` on the second clock, whose ratios are to its first task (exact when `a` or `b` is that task). */
export const cyclesRatio = (cycles: Interleaved, a: string, b: string): number | undefined => {
  const [overA, overB] = [cycles.firstOver[a], cycles.firstOver[b]];
  return overA === undefined || overB === undefined ? undefined : overB / overA;
};
