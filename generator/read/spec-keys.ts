// The key of the whole spec folder, for a remembered run (cli/run-memo.ts),
// from a record of its files' stats: a run with nothing changed reads none of
// the thousand files, and a run after an edit reads the edited one. The same
// rule as the output's stat record (write/stat-record.ts, whose record it
// uses): a file whose stat is exactly as recorded, recorded only once its
// change time was older by a margin than the moment before it was read,
// holds the bytes it held then.

import type { FileStat } from "../memo/lean-stat.js";
import { listFiles, pathsUnder } from "../list-files.js";
import { memoKey } from "../memo/memo-key.js";
import { decodeSpecText } from "./decode-text.js";
import { PAGE_FILE, type SpecInput, YAML_FILE } from "./spec-files.js";
import { textKey } from "./text-key.js";

/** What the key of the spec folder is made of: each YAML file's and page's path and text key, and the others' paths. */
export interface SpecKeys {
  /** [path, textKey] of each YAML file, sorted by path. */
  readonly yaml: readonly (readonly [string, string])[];
  /** [path, memoKey(text)] of each saved page, sorted by path. */
  readonly pages: readonly (readonly [string, string])[];
  /** Every file that is not YAML, pages included, sorted. */
  readonly others: readonly string[];
}

/** What the stat record (write/stat-record.ts) does for the spec folder's files: a key (not a hash) for each. */
export interface KeyRecord {
  hashIfUnchanged(rel: string, stat: FileStat): string | undefined;
  record(rel: string, stat: FileStat, key: string, lookedAt: number): void;
  keepOnly(rels: { has(rel: string): boolean }): void;
}

/** The file operations used: the write stage's (write/write-fs.ts), or a test's. */
export interface KeyFs {
  lstat(p: string): FileStat | undefined;
  readFile(p: string): Buffer;
}

/** The key of a spec folder: equal for equal files and texts, whichever way the keys were found. */
export function specFolderKey(keys: SpecKeys): string {
  return memoKey(
    `${keys.yaml.length} files, ${keys.pages.length} pages, ${keys.others.length} others`,
    ...keys.yaml.flat(),
    ...keys.pages.flat(),
    ...keys.others,
  );
}

/** The keys of a spec folder read whole (read/spec-files.ts). */
export function specKeysOf(input: SpecInput): SpecKeys {
  return {
    yaml: input.files.map((f) => [f.relPath, textKey(f)] as const),
    pages: [...(input.pages ?? [])].map(([rel, text]) => [rel, memoKey(text)] as const),
    others: [...input.otherPaths],
  };
}

/**
 * The keys of the spec folder `specDir`, reading only the files whose stat is
 * not as `record` holds it (and recording them, when settled); undefined when
 * a YAML file is not clean UTF-8 text, which only the read stage reports (a
 * leniently decoded text can be a clean file's). The caller saves the record.
 * `unchanged` is given the key of each YAML file the record vouches for, read
 * or not (readSpecInput's `known`).
 */
export function specKeysByStat(
  specDir: string,
  fs: KeyFs,
  record: KeyRecord,
  unchanged?: Map<string, string>,
): SpecKeys | undefined {
  const yaml: [string, string][] = [];
  const pages: [string, string][] = [];
  const others: string[] = [];
  const fileOf = pathsUnder(specDir);
  for (const rel of listFiles(specDir)) {
    const isYaml = YAML_FILE.test(rel);
    if (!isYaml) others.push(rel);
    if (!isYaml && !PAGE_FILE.test(rel)) continue;
    const file = fileOf(rel);
    const lookedAt = Date.now();
    const stat = fs.lstat(file);
    let key = stat?.isFile() ? record.hashIfUnchanged(rel, stat) : undefined;
    if (key !== undefined && isYaml) unchanged?.set(rel, key);
    if (key === undefined) {
      const bytes = fs.readFile(file);
      if (isYaml) {
        const { text, problem } = decodeSpecText(bytes);
        if (problem) return undefined;
        key = memoKey(text);
      } else key = memoKey(bytes.toString("utf8"));
      if (stat?.isFile()) record.record(rel, stat, key, lookedAt);
    }
    (isYaml ? yaml : pages).push([rel, key]);
  }
  record.keepOnly(new Set([...yaml, ...pages].map(([rel]) => rel)));
  return { yaml, pages, others };
}
