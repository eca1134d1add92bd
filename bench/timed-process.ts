// A command timed as maintainers run it, a cold process: its wall time, the
// CPU time of all its processes and their peak memory (told by
// rss-preload.mjs), and a summary of several runs. The generation benches
// (generation.ts, one-edit.ts) time `npm run generate` through it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./stats.js";

/** The repository, where each command runs. */
export const root = fileURLToPath(new URL("../", import.meta.url));
/** Where the benches keep their specs, outputs and memos. */
export const work = path.join(root, "bench", ".work");
const preload = path.join(root, "bench", "rss-preload.mjs");

/** Wall time, CPU time (user + system, all its processes) and peak memory of one cold process. */
export interface Run {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
}

/** Several runs of one command: median and spread. */
export interface Timing {
  readonly label: string;
  readonly runs: readonly Run[];
  readonly medianMs: number;
  readonly lowMs: number;
  readonly highMs: number;
  /** Median CPU time: the work done, which the machine's load does not change as much as the wall time. */
  readonly cpuMs: number;
  readonly rssMiB: number;
}

/** Runs `command` as a cold process and measures it; `allowFailure` resolves even when it exits with an error. */
export function once(command: string, args: readonly string[], allowFailure = false): Promise<Run> {
  const rssFile = path.join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_OPTIONS: `--import=${preload}`, BENCH_RSS_FILE: rssFile },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      const usage = existsSync(rssFile)
        ? readFileSync(rssFile, "utf8")
            .trim()
            .split("\n")
            .map((line) => line.split(" ").map(Number))
        : [];
      const rss = Math.max(0, ...usage.map(([kib = 0]) => kib));
      const cpuMs = usage.reduce((sum, [, us = 0]) => sum + us / 1000, 0);
      rmSync(rssFile, { force: true });
      if (code !== 0 && !allowFailure)
        reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ ms, cpuMs, rssMiB: rss / 1024 });
    });
  });
}

/** `repeats` runs of `run`, one after the other, summed up. */
export async function timing(label: string, repeats: number, run: () => Promise<Run>): Promise<Timing> {
  const runs: Run[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await run());
  return summary(label, runs);
}

/** The median, spread, CPU time and peak memory of some runs. */
export function summary(label: string, runs: readonly Run[]): Timing {
  const ms = runs.map((r) => r.ms);
  return {
    label,
    runs,
    medianMs: median(ms),
    lowMs: Math.min(...ms),
    highMs: Math.max(...ms),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMiB: Math.max(...runs.map((r) => r.rssMiB)),
  };
}

/** `npm run generate` on a spec into an output, with its memo in `cache`, timed. */
export const generate = (spec: string, out: string, cache: string, ...extra: string[]) =>
  once("npm", ["run", "-s", "generate", "--", "--quiet", "--spec", spec, "--out", out, "--cache-dir", cache, ...extra]);
