// The whole of `npm test`, once, as a developer runs it: its wall time, the CPU
// of every process it started, and the machine's load around it (the target is
// for an idle machine, and the load says how far this run was from one); and
// the section of RESULTS.md that shows it. Where its time goes: bench/notes/test-suite.md.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mark, ms } from "./report-cells.js";
import { recordLine } from "./report-notes.js";

export interface TestSuiteRun {
  readonly ok: boolean;
  readonly wallMs: number;
  /** User and system CPU of the processes the run started, waited for; null where /proc does not say. */
  readonly cpuMs: number | null;
  /** The one-minute load average before and after. */
  readonly load: readonly [number, number];
}

const root = fileURLToPath(new URL("..", import.meta.url));

/** This process's waited-for children's user and system time (fields 16 and 17 of /proc/self/stat), in ms. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // The command name may hold spaces: the fields counted from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    // Linux counts them in USER_HZ, 100 a second on every architecture it supports.
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** Where the last run's output is kept, from the repository's root: the report's row names it when the run fails. */
export const TEST_SUITE_LOG = "bench/.work/npm-test.log";

/** One run of `command` (npm test) in `at`, its output kept in TEST_SUITE_LOG there, that of an earlier run replaced. */
export function benchTestSuite(command: readonly [string, ...string[]] = ["npm", "test"], at = root): TestSuiteRun {
  const before = childrenCpuMs();
  const load0 = loadavg()[0] ?? 0;
  const started = performance.now();
  // Its output kept beside the bench's other work, so that a run that fails says what failed.
  const file = path.join(at, TEST_SUITE_LOG);
  mkdirSync(path.dirname(file), { recursive: true });
  const log = openSync(file, "w");
  const [program, ...args] = command;
  const run = spawnSync(program, args, { cwd: at, stdio: ["ignore", log, log] });
  closeSync(log);
  const wallMs = performance.now() - started;
  const after = childrenCpuMs();
  return {
    ok: run.status === 0,
    wallMs,
    cpuMs: before === null || after === null ? null : after - before,
    load: [load0, loadavg()[0] ?? 0],
  };
}

/** The row of the targets' table: its wall time and load, and where its output is when it failed. */
export function testSuiteTargetRow({ ok, wallMs, cpuMs, load }: TestSuiteRun): string {
  const cpu = cpuMs === null ? "" : `, CPU ${ms(cpuMs)}`;
  const failed = ok ? "" : `failed (its output in ${TEST_SUITE_LOG}), `;
  return `| \`npm test\` under 45 s (idle machine) | ${failed}${ms(wallMs)}${cpu}, load ${load[0].toFixed(1)} → ${load[1].toFixed(1)} | ${mark(ok && wallMs < 45_000)} |`;
}

/** The section of bench/RESULTS.md: how the run is measured, its numbers, and where its record is. */
export function testSuiteSection({ wallMs, cpuMs, load }: TestSuiteRun): string[] {
  return [
    "## `npm test`",
    "",
    "One whole `npm test` as a developer runs it (the checks beside vitest, then vitest's two workers), timed by the wall clock, with the CPU of every process it started and waited for (from /proc) and the one-minute load average before and after: the target is for an idle machine, and the load says how far the run was from one.",
    "",
    "| wall | CPU | load before → after |",
    "| --- | --- | --- |",
    `| ${ms(wallMs)} | ${cpuMs === null ? "—" : ms(cpuMs)} | ${load[0].toFixed(1)} → ${load[1].toFixed(1)} |`,
    "",
    recordLine("test-suite"),
  ];
}
