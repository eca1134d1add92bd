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
  const fs = intercepted((name, target) => {
    log.push(`${name} ${target}`);
    if (log.length === failAt) throw injectedFailure(`${name} #${log.length}`);
  });
  return { fs, calls: () => log.length, log: () => log };
}

/** The write stage's file operations, with the first call that `fails` picks (by its name and path) failing. */
export function failingWhen(fails: (op: keyof WriteFs, target: string) => boolean): WriteFs {
  let failed = false;
  return intercepted((name, target) => {
    if (!failed && fails(name, target)) {
      failed = true;
      throw injectedFailure(`${name} ${target}`);
    }
  });
}

/** The real file operations, each call first shown to `before` (by its name and first argument), which fails it by throwing. */
function intercepted(before: (op: keyof WriteFs, target: string) => void): WriteFs {
  const fs = {} as Record<keyof WriteFs, unknown>;
  for (const name of Object.keys(nodeFs) as (keyof WriteFs)[]) {
    const real = nodeFs[name] as (...args: unknown[]) => unknown;
    fs[name] = (...args: unknown[]) => {
      before(name, String(args[0]));
      return real(...args);
    };
  }
  return fs as unknown as WriteFs;
}

/** An I/O error, as a full disk, a permission error or a bad sector gives one. */
const injectedFailure = (what: string): Error =>
  Object.assign(new Error(`injected failure of ${what}`), { code: "EIO" });
