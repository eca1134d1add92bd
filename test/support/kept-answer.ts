// An answer that is a function of its inputs alone, kept on disk under a hash
// of them (node_modules/.cache/sips-json-tests/<folder>/), so that a run whose
// inputs are those of an earlier one reads it rather than works it out again,
// as `prettier --cache` skips the files it has seen: any change to an input
// works it out anew. Removing the folder is always safe.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { repoRoot } from "./paths.js";

/**
 * The answer of `work` for the inputs `key` (every text it depends on, its own code's among them), read from
 * `folder` where an earlier run kept it; `keep`: whether a new answer is kept for the runs after this one.
 */
export async function keptAnswer<T>(
  folder: string,
  key: readonly string[],
  work: () => T | Promise<T>,
  keep = true,
): Promise<T> {
  const hash = createHash("sha256");
  for (const part of key) hash.update(`${part.length}:${part}`);
  const dir = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests", folder);
  const file = path.join(dir, hash.digest("hex"));
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const answer = await work();
  if (keep) {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed into place: another worker reading it never sees part of an answer.
    const partial = `${file}.${process.pid}-${threadId}`;
    writeFileSync(partial, JSON.stringify(answer));
    renameSync(partial, file);
  }
  return answer;
}
