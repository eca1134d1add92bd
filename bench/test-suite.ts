// The whole of `npm test`, once, as a developer runs it: its wall time, the CPU
// of every process it started, and the machine's load around it (the target is
// for an idle machine, and the load says how far this run was from one).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

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

export function benchTestSuite(): TestSuiteRun {
  const before = childrenCpuMs();
  const load0 = loadavg()[0] ?? 0;
  const started = performance.now();
  const run = spawnSync("npm", ["test"], { cwd: root, stdio: "ignore" });
  const wallMs = performance.now() - started;
  const after = childrenCpuMs();
  return {
    ok: run.status === 0,
    wallMs,
    cpuMs: before === null || after === null ? null : after - before,
    load: [load0, loadavg()[0] ?? 0],
  };
}
