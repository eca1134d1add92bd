// The second clock, for a shared, loaded machine: short batches of calls, the
// tasks' batches interleaved so that each cycle times every task within a
// fraction of a millisecond. Ratios are the median of the cycles' ratios (the
// load of the moment cancels out); times are each task's fastest batch, what a
// call costs when the core is ours. The first clock is stats.ts's `measure`
// (mitata, round by round); the report shows both.
import { median, type Task } from "./stats.js";

let sink: unknown;

function batch(run: () => unknown, size: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < size; i++) sink = run();
  return Number(process.hrtime.bigint() - start) / size;
}

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
  const sizes = new Map<string, number>();
  for (const task of tasks) {
    // Warm-up (the optimizing compiler's turn): 20,000 calls, or 200 ms for a slow task.
    const until = performance.now() + 200;
    for (let i = 0; i < 20_000 && (i % 256 !== 0 || performance.now() < until); i++) sink = task.run();
    sizes.set(task.name, Math.max(10, Math.round(50_000 / Math.max(1, batch(task.run, 1000)))));
  }
  const times = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let cycle = 0; cycle < cycles; cycle++) {
    const order = cycle % 2 === 0 ? tasks : [...tasks].reverse();
    for (const task of order) times.get(task.name)?.push(batch(task.run, sizes.get(task.name) ?? 100));
  }
  const of = (name: string) => times.get(name) ?? [];
  const first = of(tasks[0]?.name ?? "");
  return {
    fastest: Object.fromEntries(tasks.map((t) => [t.name, Math.min(...of(t.name))])),
    firstOver: Object.fromEntries(tasks.map((t) => [t.name, median(first.map((a, i) => a / (of(t.name)[i] ?? a)))])),
  };
}

export const keepAlive = (): unknown => sink;
