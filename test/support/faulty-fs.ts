import { nodeFs } from "../../generator/write/node-fs.js";
import type { WriteFs } from "../../generator/write/write-fs.js";

/**
 * The write stage's file operations (the scan, the lock, the journal, the
 * renames and removals), with the `failAt`-th call (1-based) failing as a full
 * disk, a permission error or a bad sector would. `calls` counts them, and
 * `log` names them, so that a first run without failure tells how many points
 * of failure there are and what they are.
 */
export function faultyFs(failAt: number): { fs: WriteFs; calls: () => number; log: () => readonly string[] } {
  const log: string[] = [];
  const fs = {} as Record<keyof WriteFs, unknown>;
  for (const name of Object.keys(nodeFs) as (keyof WriteFs)[]) {
    const real = nodeFs[name] as (...args: unknown[]) => unknown;
    fs[name] = (...args: unknown[]) => {
      log.push(`${name} ${String(args[0])}`);
      if (log.length === failAt)
        throw Object.assign(new Error(`injected failure of ${name} #${log.length}`), { code: "EIO" });
      return real(...args);
    };
  }
  return { fs: fs as unknown as WriteFs, calls: () => log.length, log: () => log };
}

/** The write stage's file operations, with the first call that `fails` picks (by its name and path) failing. */
export function failingWhen(fails: (op: keyof WriteFs, target: string) => boolean): WriteFs {
  let failed = false;
  const fs = {} as Record<keyof WriteFs, unknown>;
  for (const name of Object.keys(nodeFs) as (keyof WriteFs)[]) {
    const real = nodeFs[name] as (...args: unknown[]) => unknown;
    fs[name] = (...args: unknown[]) => {
      if (!failed && fails(name, String(args[0]))) {
        failed = true;
        throw Object.assign(new Error(`injected failure of ${name} ${String(args[0])}`), { code: "EIO" });
      }
      return real(...args);
    };
  }
  return fs as unknown as WriteFs;
}
