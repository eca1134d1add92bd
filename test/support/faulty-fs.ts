import { nodeFs, type WriteFs } from "../../generator/write/write-fs.js";

const MUTATING = ["mkdir", "writeFile", "rename", "rm", "link", "utimes"] as const;

/**
 * The write stage's file operations, with the `failAt`-th call that changes
 * the disk (1-based) failing as a full disk or a permission error would.
 * `calls` counts them, so that a first run without failure tells how many
 * points of failure there are.
 */
export function faultyFs(failAt: number): { fs: WriteFs; calls: () => number } {
  let count = 0;
  const fs = { ...nodeFs } as Record<string, unknown>;
  for (const name of MUTATING) {
    const real = nodeFs[name] as (...args: unknown[]) => Promise<unknown>;
    fs[name] = (...args: unknown[]) => {
      count++;
      if (count === failAt)
        return Promise.reject(Object.assign(new Error(`injected failure of ${name} #${count}`), { code: "EIO" }));
      return real(...args);
    };
  }
  return { fs: fs as unknown as WriteFs, calls: () => count };
}
