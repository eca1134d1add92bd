// A hash of a folder's files, for a check's pass kept under all the check
// reads (test/support/kept-output.ts): a file's bytes count, not its stat, as
// a fresh copy of the same files is new by every stat.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every file under `root` (links followed), each by its path and bytes, but the top-level entries `leftOut`; and
 * the files `added` (paths from `root`), which may lie within one of them.
 */
export function treeHash(root: string, leftOut: ReadonlySet<string>, added: readonly string[] = []): string {
  const hash = createHash("sha256");
  const visit = (relative: string): void => {
    const full = path.join(root, relative);
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(relative, entry));
      return;
    }
    hash.update(`${relative}\0`).update(createHash("sha256").update(readFileSync(full)).digest());
  };
  for (const entry of readdirSync(root).sort()) if (!leftOut.has(entry)) visit(entry);
  for (const file of added) visit(file);
  return hash.digest("hex");
}
