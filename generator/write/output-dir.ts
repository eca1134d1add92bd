import { readFileSync } from "node:fs";
import path from "node:path";
import { GENERATED_MARK } from "../emit/header.js";
import { listFiles } from "../list-files.js";
import { MANIFEST_FILE } from "./manifest.js";

/**
 * Whether a text starts as a generated file does (its first lines; a JSON
 * file's first keys). Used only to adopt, once, an output folder written before
 * the manifest existed: the manifest says which files are generated.
 */
export const isGeneratedText = (text: string): boolean => text.slice(0, 200).includes(GENERATED_MARK);

/** Every file under `dir` as relative "/" paths with their text; empty when `dir` does not exist. */
export async function readOutputDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let paths: string[];
  try {
    paths = listFiles(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return files;
    throw error;
  }
  // Thousands of small files: synchronous reads are several times faster than
  // going through libuv's thread pool for each.
  // The manifest is the write stage's record of its files, not one of them.
  for (const rel of paths) if (rel !== MANIFEST_FILE) files.set(rel, readFileSync(path.join(dir, rel), "utf8"));
  return files;
}

/** A generated path must name a file inside the output directory: no absolute path, no ".", ".." or empty segment. */
export function assertSafePath(rel: string): void {
  const segments = rel.split("/");
  if (path.posix.isAbsolute(rel) || rel.includes("\\") || segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new Error(`refusing to write outside the output directory: ${rel}`);
  }
}
