import { do_not_optimize, measure as measureOne } from "mitata";
import { ownSite } from "./own-site.js";

/** One measured task: a name and a function run many times. */
export interface Task {
  readonly name: string;
  readonly run: () => unknown;
}

/** Per task: the median time of one call over several rounds, and the spread of the rounds. */
export interface Measured {
  readonly name: string;
  /** Median over the rounds of each round's median, in nanoseconds. */
  readonly median: number;
  /** Lowest and highest round medians, in nanoseconds. */
  readonly low: number;
  readonly high: number;
  /** Each round's median, in nanoseconds, in round order: ratios are taken round by round. */
  readonly rounds: readonly number[];
}

/**
 * The ratio of two tasks: the median of their round-by-round ratios, each
 * round measuring both within a short time, so that drift in the machine's
 * speed between rounds cancels out.
 */
export function ratioOf(a: Measured, b: Measured): number {
  return median(a.rounds.map((value, i) => value / (b.rounds[i] ?? value)));
}

/** The measured task of that name, if it was measured. */
export const byName = (results: readonly Measured[], name: string): Measured | undefined =>
  results.find((r) => r.name === name);

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Runs the tasks side by side in `rounds` rounds, in this process, so that
 * ratios between them hold even when the machine's speed drifts. Each round
 * measures each task with mitata, which times batches of calls: a single call
 * of a few hundred nanoseconds is below what a clock can time.
 */
export async function measure(tasks: readonly Task[], rounds: number, timeMs: number): Promise<Measured[]> {
  const perTask = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  // Each task called from a site of its own, the same for all its rounds.
  const timed = tasks.map((t) => ({
    name: t.name,
    call: ownSite((run, keep) => () => keep(run()), t.run, do_not_optimize),
  }));
  for (let round = 0; round < rounds; round++) {
    // A different order each round, so that no task always runs first (or last) on a warm CPU.
    const order = round % 2 === 0 ? timed : [...timed].reverse();
    for (const task of order) {
      // Batches of 256 calls, at least 8 of them: enough for sub-microsecond calls without spending seconds on slow ones.
      const stats = await measureOne(task.call, {
        min_cpu_time: timeMs * 1e6,
        batch_samples: 256,
        min_samples: 8,
      });
      perTask.get(task.name)?.push(stats.p50);
    }
  }
  return summarize(tasks, perTask);
}

/** Each task's rounds as a measurement: the median of the rounds and their spread. */
export function summarize(
  tasks: readonly { readonly name: string }[],
  perTask: ReadonlyMap<string, number[]>,
): Measured[] {
  return tasks.map((task) => {
    const values = perTask.get(task.name) ?? [];
    return {
      name: task.name,
      median: median(values),
      low: Math.min(...values),
      high: Math.max(...values),
      rounds: values,
    };
  });
}

/** "1.23 µs", "456 ns", "7.8 ms", "1.2 s" */
export function duration(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(1)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}
