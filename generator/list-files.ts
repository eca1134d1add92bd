import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Every file under `dir`, as "/"-separated paths relative to it, sorted: the
 * same listing on every system. Synchronous: a directory of many small files
 * is listed faster without going through the thread pool. Throws ENOENT when
 * `dir` does not exist.
 */
export function listFiles(dir: string): string[] {
  // Each folder's relative path worked out once, not for each of its files: a spec of 1,000 operations has 2,000.
  const folders = new Map<string, string>();
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    let under = folders.get(entry.parentPath);
    if (under === undefined) {
      const rel = path.relative(dir, entry.parentPath).split(path.sep).join("/");
      under = rel === "" ? "" : `${rel}/`;
      folders.set(entry.parentPath, under);
    }
    files.push(`${under}${entry.name}`);
  }
  return files.sort();
}
