import path from "node:path";
import { sha256 } from "../memo/content-hash.js";
import { recoverFolder } from "./unfinished-change.js";
import { withFolderLock } from "./folder-lock.js";
import { nothingKept } from "./kept-between-runs.js";
import type { OutputState } from "./output-state.js";
import { outputState } from "./output-state.js";
import { heldByRecord } from "./output-held.js";
import { readWithoutLock, type ReadOutputOptions } from "./read-output.js";
import { nodeFs } from "./node-fs.js";
import { readIfThere, type WriteFs } from "./write-fs.js";
import { heldManifest, readHeld } from "./held-output.js";
import { seedHeldTable } from "./held-seed.js";
import { heldTableOf, saveHeldTable } from "./held-table.js";
import { MANIFEST_FILE } from "./manifest.js";
import type { StatRecord } from "./stat-record.js";
import { textOfBytes } from "./text-of-bytes.js";
import type { WriteOptions } from "./write-output.js";

// Whether an output folder holds exactly the files a manifest lists, read as
// checkOutput and writeOutput read it: when it does, writing the files that
// manifest was made of would change nothing, so they need not be made.

/**
 * Whether the folder's manifest is the one whose text has SHA-256
 * `manifestHash`, and every other file is one it lists, with its hash: what
 * planOutput would find no change in.
 */
export function holdsExactly(state: OutputState, manifestHash: string): boolean {
  if (state.manifestText === undefined || state.manifest === undefined) return false;
  if (sha256(state.manifestText) !== manifestHash) return false;
  if (state.files.size !== state.manifest.size) return false;
  for (const [rel, file] of state.files) if (state.manifest.get(rel) !== file.hash) return false;
  return true;
}

/** As checkOutput finding no change, without the files: the folder read the same way, without its lock. */
export async function outputHolds(
  outDir: string,
  manifestHash: string,
  options: ReadOutputOptions = {},
): Promise<boolean> {
  const fs = options.fs ?? nodeFs;
  if (!options.kept) {
    const told = await readWithoutLock(outDir, () => heldByTable(outDir, fs, manifestHash, options), options);
    if (told !== undefined) return told;
  }
  const record = (options.kept ?? nothingKept).record(options.statRecord, outDir, fs);
  const holds = await readWithoutLock(
    outDir,
    () =>
      heldByRecord(outDir, fs, record, manifestHash) ??
      holdsExactly(outputState(outDir, fs, record, true), manifestHash),
    options,
  );
  record.save();
  if (holds && !options.kept) seedFrom(outDir, fs, options.statRecord, record);
  return holds;
}

/**
 * As writeOutput finding nothing to write, without the files: under the
 * folder's lock, after what a killed run left is finished or undone. Writes
 * nothing but the stat record. Not for a process that keeps a watch of the
 * folder (options.kept): its runs go through writeOutput.
 */
export async function outputKept(outDir: string, manifestHash: string, options: WriteOptions = {}): Promise<boolean> {
  if (options.kept) return false;
  const fs = options.fs ?? nodeFs;
  fs.mkdir(path.dirname(outDir));
  return withFolderLock(
    outDir,
    fs,
    () => {
      recoverFolder(outDir, fs);
      const told = heldByTable(outDir, fs, manifestHash, options);
      if (told !== undefined) return told;
      const record = nothingKept.record(options.statRecord, outDir, fs);
      const holds =
        heldByRecord(outDir, fs, record, manifestHash) ?? holdsExactly(outputState(outDir, fs, record), manifestHash);
      record.save();
      if (holds) seedFrom(outDir, fs, options.statRecord, record);
      return holds;
    },
    options,
  );
}

/**
 * True when the held table answers at once that the folder holds the
 * manifest of SHA-256 `manifestHash`, every file as it lists (held-output.ts);
 * false, from the manifest alone, when the folder's is another: a spec made
 * again (an edit undone) is remembered, and its output no longer held, so its
 * files are made and the write or the check reads the folder, refusing what
 * the full read here would have refused. Undefined when it cannot tell, which
 * the stat record then does.
 */
function heldByTable(
  outDir: string,
  fs: WriteFs,
  manifestHash: string,
  options: ReadOutputOptions,
): boolean | undefined {
  const manifest = heldManifest(outDir, fs);
  if (manifest === undefined) return undefined;
  if (manifest.manifestHash !== manifestHash) return false;
  if (options.statRecord === undefined) return undefined;
  const tableFile = heldTableOf(options.statRecord);
  const held = readHeld(outDir, fs, tableFile, manifest);
  if (held === undefined || held.edited.size > 0) return undefined;
  if (held.learned) saveHeldTable(tableFile, fs, outDir, manifestHash, held.table);
  return true;
}

/** The held table made for the next run, from what the record knows of the manifest's files (held-seed.ts). */
function seedFrom(outDir: string, fs: WriteFs, statRecord: string | undefined, record: StatRecord): void {
  const manifest = readIfThere(fs, path.join(outDir, MANIFEST_FILE));
  if (manifest !== null) seedHeldTable(outDir, fs, statRecord, textOfBytes(manifest), record);
}
