import path from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { fileBytes, sha256 } from "../memo/content-hash.js";
import { planOutput, type OutputChange, type OutputPlan } from "./compare-output.js";
import { commitChanges, type FileChange } from "./file-set.js";
import { recoverFolder } from "./unfinished-change.js";
import { planKept, type PlanBasis } from "./kept-plan.js";
import { seedHeldTable } from "./held-seed.js";
import { writeHeld } from "./held-write.js";
import { withFolderLock, type LockOptions } from "./folder-lock.js";
import { MANIFEST_FILE } from "./manifest.js";
import { outputState, textAt, type OutputFile, type OutputState } from "./output-state.js";
import type { KeptState, OutputWatch } from "./output-watch.js";
import { assertSafePath } from "./safe-path.js";
import { listed } from "./scan-folder.js";
import { dropSpares } from "./spare-files.js";
import type { StatRecord } from "./stat-record.js";
import { nothingKept, type KeptBetweenRuns } from "./kept-between-runs.js";
import { nodeFs } from "./node-fs.js";
import { WriteRefusal, type WriteFs } from "./write-fs.js";
import { stampedStats, type WrittenStamp } from "./written-stamp.js";

export interface WriteReport {
  readonly changes: readonly OutputChange[];
  readonly unchanged: number;
  /** The SHA-256 of the manifest's text as written, when the write knew it without hashing the text again. */
  readonly manifestHash?: string | undefined;
}

export interface WriteOptions extends LockOptions {
  /** The file operations to use; tests pass one that fails on purpose. */
  readonly fs?: WriteFs;
  /**
   * Where to keep what is known of the output's files between runs (stat-record.ts),
   * so that the next run reads only the files changed since; without it, every file is read.
   */
  readonly statRecord?: string;
  /** For a process that runs again and again: what it keeps in memory between runs (kept-between-runs.ts). */
  readonly kept?: KeptBetweenRuns;
}

/**
 * Brings `outDir` to exactly `files`, all at once, changing only what
 * differs: under the folder's lock (folder-lock.ts), after finishing or
 * undoing what a killed run left, the changed files are staged beside the
 * folder and renamed into place through a journal (file-set.ts). A run that
 * fails or is killed at any point leaves the folder entirely old or, once the
 * next run starts, entirely new. Files the manifest does not list are never
 * removed nor replaced: their presence is refused, and so is a symbolic link
 * anywhere in the folder. Unchanged files are not touched; when nothing
 * changed, nothing is written.
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
  fs.mkdir(path.dirname(outDir));
  return withFolderLock(outDir, fs, () => replaceChanged(outDir, files, fs, options), options);
}

async function replaceChanged(
  outDir: string,
  files: readonly GeneratedFile[],
  fs: WriteFs,
  options: WriteOptions,
): Promise<WriteReport> {
  const recovered = recoverFolder(outDir, fs);
  // Spares are a watching process's own (spare-files.ts): one that was killed leaves them to the next run that keeps none.
  if (!options.kept) dropSpares(fs, outDir);
  // The common case, told from the manifest and the held table alone; watched, the kept state does better.
  if (!options.kept) {
    const held = writeHeld(outDir, files, fs, options.statRecord);
    if (held) return held;
  }
  const keeping = options.kept ?? nothingKept;
  const record = keeping.record(options.statRecord, outDir, fs);
  const watch = keeping.output(outDir, fs);
  if (watch) await watch.settle();
  const kept = (!recovered && watch?.keptState(record)) || undefined;
  const state = kept ?? scanned(outDir, fs, record, watch);
  // Watched, the plan of the write before is patched: a save changes a few of some 12,000 files.
  const { plan, basis } = watch
    ? planKept(state, files, kept?.basis)
    : { plan: planOutput(state, files), basis: undefined };
  if (plan.foreign.length > 0) {
    await watch?.committed(undefined, false);
    const why =
      state.manifest === undefined
        ? `${outDir} holds files but no ${MANIFEST_FILE}, the generator's record of the files it wrote, so none of them is its own; ` +
          `remove the folder to generate it anew, or move these out first`
        : `${outDir} holds files the generator did not write; move them out first`;
    throw new WriteRefusal(`${why}: ${listed(plan.foreign)}`);
  }
  const report = {
    changes: plan.changes,
    unchanged: files.length - plan.changes.filter((c) => c.kind !== "removed").length,
  };
  // The changed files only, by path: a --watch save changes a handful of some 12,000.
  const changed = new Set(plan.changes.map((c) => c.path));
  const byPath = new Map<string, GeneratedFile>();
  for (const file of files) if (changed.has(file.path)) byPath.set(file.path, file);
  const changes: FileChange[] = plan.changes.map((c) => {
    const before = state.files.get(c.path)?.hash ?? null;
    const file = c.kind === "removed" ? undefined : byPath.get(c.path);
    if (file === undefined) return { path: c.path, content: null, before };
    // Bytes as they were made, when they were: never decoded only to be encoded again.
    const content = fileBytes(file) ?? file.content;
    const after = plan.hashes.get(c.path);
    return after === undefined ? { path: c.path, content, before } : { path: c.path, content, before, after };
  });
  if (plan.manifestChanged) {
    const before = state.manifestText === undefined ? null : sha256(state.manifestText);
    changes.push({ path: MANIFEST_FILE, content: plan.manifestText, before });
  }
  // Each file written stamped (written-stamp.ts), for the held table the next run reads: a first run writes them all.
  const stamps = options.kept || options.statRecord === undefined ? undefined : new Map<string, WrittenStamp>();
  let renamedWhole = false;
  if (watch && basis) {
    keeping.spares(outDir, fs);
    await commitWatched(outDir, changes, fs, watch, state, plan, basis);
  } else renamedWhole = commitChanges(outDir, changes, fs, false, stamps);
  for (const change of changes) record.forget(change.path);
  record.save();
  if (!options.kept) {
    const written = stamps && stampedStats(fs, outDir, stamps, renamedWhole);
    seedHeldTable(outDir, fs, options.statRecord, plan.manifestText, record, written);
  }
  return report;
}

/** The whole folder looked at, each file's stat against the record; watched meanwhile when a watch is kept. */
function scanned(outDir: string, fs: WriteFs, record: StatRecord, watch: OutputWatch | undefined): OutputState {
  watch?.beginScan(record.folders());
  const state = outputState(outDir, fs, record);
  watch?.endScan(state.folders);
  return state;
}

/** The commit, and what the folder holds after it kept for the next run. */
async function commitWatched(
  outDir: string,
  changes: readonly FileChange[],
  fs: WriteFs,
  watch: OutputWatch,
  state: OutputState,
  plan: OutputPlan,
  basis: PlanBasis,
): Promise<void> {
  if (changes.length > 0) watch.committing(changes.map((c) => c.path));
  try {
    commitChanges(outDir, changes, fs, true);
  } catch (error) {
    await watch.committed(undefined, false);
    throw error;
  }
  // The state is this run's own (scanned by it, or handed over by the watch, which keeps none meanwhile): updated
  // in place, not copied entry by entry for some 12,000 files.
  const files = state.files instanceof Map ? (state.files as Map<string, OutputFile>) : new Map(state.files);
  for (const change of plan.changes) {
    const hash = plan.hashes.get(change.path);
    if (hash === undefined) files.delete(change.path);
    else files.set(change.path, { hash, text: textAt(fs, path.join(outDir, change.path)) });
  }
  const after: KeptState = {
    files,
    manifest: plan.hashes,
    manifestText: plan.manifestText,
    folders: state.folders,
    basis,
  };
  await watch.committed(
    after,
    plan.changes.some((c) => c.kind !== "changed"),
  );
}
