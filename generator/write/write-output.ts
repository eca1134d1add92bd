import { type Dirent, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { compareOutput, type OutputChange } from "./compare-output.js";
import { MANIFEST_FILE, manifestText, ownership, parseManifest } from "./manifest.js";
import { assertSafePath, isGeneratedText } from "./output-dir.js";
import { withOutputLock, type LockOptions } from "./output-lock.js";
import { recover, stage, swapIn } from "./output-swap.js";
import { errorCode, nodeFs, WriteRefusal, type WriteFs } from "./write-fs.js";

export interface WriteReport {
  readonly changes: readonly OutputChange[];
  readonly unchanged: number;
}

export interface WriteOptions extends LockOptions {
  /** The file operations to use; tests pass one that fails on purpose. */
  readonly fs?: WriteFs;
}

/**
 * Brings `outDir` to exactly `files`, all at once: the new tree is built
 * beside the old one and swapped in by renames (output-swap.ts), under a lock
 * (output-lock.ts), after finishing or undoing whatever a killed run left. A
 * run that fails or is killed at any point leaves the folder entirely old or
 * entirely new. Files the manifest does not list are never removed nor
 * replaced: their presence is refused, and so is a symbolic link anywhere in
 * the folder. When nothing changed, nothing is written.
 */
export async function writeOutput(
  outDir: string,
  files: readonly GeneratedFile[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  for (const file of files) assertSafePath(file.path);
  if (files.some((f) => f.path === MANIFEST_FILE))
    throw new Error(`${MANIFEST_FILE} is the write stage's own record, not an output`);
  const fs = options.fs ?? nodeFs;
  await fs.mkdir(path.dirname(outDir), { recursive: true });
  return withOutputLock(outDir, fs, () => replaceTree(outDir, files, fs), options);
}

async function replaceTree(outDir: string, files: readonly GeneratedFile[], fs: WriteFs): Promise<WriteReport> {
  await recover(outDir, fs);
  const { onDisk, manifestText: recorded } = scanOutput(outDir);
  const owner = ownership(onDisk, parseManifest(recorded), new Set(files.map((f) => f.path)), isGeneratedText);
  if (owner.foreign.length > 0) {
    throw new WriteRefusal(
      `${outDir} holds files the generator did not write; move them out first: ${owner.foreign.join(", ")}`,
    );
  }
  const changes = compareOutput(owner.owned, files);
  const manifest = manifestText(files);
  const report = { changes, unchanged: files.length - changes.filter((c) => c.after !== null).length };
  if (changes.length === 0 && owner.leftovers.length === 0 && recorded === manifest) return report;
  const staged = files.map((f) => ({
    path: f.path,
    content: f.content,
    unchanged: owner.owned.get(f.path) === f.content,
  }));
  await stage(outDir, [...staged, { path: MANIFEST_FILE, content: manifest, unchanged: recorded === manifest }], fs);
  await swapIn(outDir, fs);
  return report;
}

/** Only finishes or undoes what a killed run left beside `outDir` (writeOutput does it first thing too). */
export async function recoverOutput(outDir: string, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  await withOutputLock(outDir, fs, () => recover(outDir, fs), options);
}

/**
 * Every file of the output folder with its text, and the manifest's text.
 * Refuses a symbolic link anywhere in it (and the folder being one): a link
 * would let a write or a removal reach outside the folder.
 */
function scanOutput(outDir: string): { onDisk: Map<string, string>; manifestText: string | undefined } {
  const onDisk = new Map<string, string>();
  let entries: Dirent[];
  try {
    if (lstatSync(outDir).isSymbolicLink())
      throw new WriteRefusal(`${outDir} is a symbolic link; the generator writes only into a real folder`);
    entries = readdirSync(outDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { onDisk, manifestText: undefined };
    if (errorCode(error) === "ENOTDIR") throw new WriteRefusal(`${outDir} is not a folder; move it away first`);
    throw error;
  }
  const relative = (e: { parentPath: string; name: string }) =>
    path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
  const links = entries.filter((e) => e.isSymbolicLink()).map(relative);
  if (links.length > 0)
    throw new WriteRefusal(
      `${outDir} holds symbolic links, which the generator never writes through; remove them: ${links.sort().join(", ")}`,
    );
  const odd = entries.filter((e) => !e.isFile() && !e.isDirectory()).map(relative);
  if (odd.length > 0)
    throw new WriteRefusal(
      `${outDir} holds entries that are neither files nor folders; move them out first: ${odd.sort().join(", ")}`,
    );
  for (const rel of entries
    .filter((e) => e.isFile())
    .map(relative)
    .sort())
    onDisk.set(rel, readFileSync(path.join(outDir, rel), "utf8"));
  const manifest = onDisk.get(MANIFEST_FILE);
  onDisk.delete(MANIFEST_FILE);
  return { onDisk, manifestText: manifest };
}
