import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Marks every generated file; only files that carry it may be replaced or removed. */
export const GENERATED_MARK = "by `npm run generate`. Do not edit.";

export const isGeneratedText = (text: string): boolean => text.slice(0, 1000).includes(GENERATED_MARK);

/** Every file under `dir` as relative "/" paths with their text; empty when `dir` does not exist. */
export async function readOutputDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return files;
    throw error;
  }
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  // Thousands of small files: synchronous reads are several times faster than
  // going through libuv's thread pool for each.
  for (const rel of paths) files.set(rel, readFileSync(path.join(dir, rel), "utf8"));
  return files;
}

/** A generated path must name a file inside the output directory: no absolute path, no ".", ".." or empty segment. */
export function assertSafePath(rel: string): void {
  const segments = rel.split("/");
  if (path.posix.isAbsolute(rel) || rel.includes("\\") || segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new Error(`refusing to write outside the output directory: ${rel}`);
  }
}
