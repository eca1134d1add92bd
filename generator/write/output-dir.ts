import path from "node:path";
import { MANIFEST_FILE } from "./manifest.js";
import { scanFolder } from "./scan-folder.js";
import { nodeFs } from "./node-fs.js";
import type { WriteFs } from "./write-fs.js";

/**
 * Every file of an output folder but the manifest, with its text; empty when
 * the folder does not exist. Read through the write stage's one folder reader,
 * so with its policy: a symbolic link in the folder is refused.
 */
export function readOutputDir(dir: string, fs: WriteFs = nodeFs): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of scanFolder(dir, fs) ?? []) {
    if (rel !== MANIFEST_FILE) files.set(rel, fs.readFile(path.join(dir, rel)).toString("utf8"));
  }
  return files;
}
