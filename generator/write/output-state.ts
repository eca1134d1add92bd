import path from "node:path";
import { pendingChanges } from "./unfinished-change.js";
import { MANIFEST_FILE, parseManifest } from "./manifest.js";
import { pathsIn, scanKnownFolder } from "./scan-folder.js";
import type { StatRecord } from "./stat-record.js";
import { lstatThere, WriteRefusal, type WriteFs } from "./write-fs.js";

/** A file of the output folder: the SHA-256 of its content, and its text when it is needed (for a diff). */
export interface OutputFile {
  readonly hash: string;
  readonly text: () => string;
}

/**
 * An OutputFile's `text`: reads `file` when asked. Made here, apart from the
 * loops that make the files: a closure made there would hold what the loop
 * holds (a change, its texts, the file it replaced), and the state a
 * --watch run keeps would then hold every run's before it.
 */
export const textAt =
  (fs: WriteFs, file: string): (() => string) =>
  () =>
    fs.readFile(file).toString("utf8");

/** The output folder as the generator sees it. */
export interface OutputState {
  /** Every file but the manifest. */
  readonly files: ReadonlyMap<string, OutputFile>;
  /** What the manifest lists (path -> SHA-256 when written); undefined when there is no manifest. */
  readonly manifest: ReadonlyMap<string, string> | undefined;
  readonly manifestText: string | undefined;
  /** Every folder of the output folder, itself ("") included; none when it does not exist. */
  readonly folders: readonly string[];
}

/**
 * Every file of the output folder with the hash of its content, without
 * reading the files whose stat the record vouches for (stat-record.ts): on a
 * second run, only the files changed since are read. A reader that takes no
 * lock passes `pending`: the files of a change that a killed run committed
 * count as the next run's recovery will leave them.
 */
export function outputState(root: string, fs: WriteFs, record: StatRecord, pending = false): OutputState {
  const scan = scanKnownFolder(root, fs, record);
  const onDisk = scan?.files ?? [];
  const staged = pending ? pendingChanges(root, fs) : new Map<string, { staged: string; hash: string } | null>();
  const files = new Map<string, OutputFile>();
  let manifestText: string | undefined;
  const pathOf = pathsIn(root);
  for (const rel of withStaged(onDisk, staged)) {
    const change = staged.get(rel);
    const file = change ? change.staged : pathOf(rel);
    // Read again when needed rather than kept: a first run hashes every file, and keeping them all costs memory.
    const text = textAt(fs, file);
    if (rel === MANIFEST_FILE) {
      manifestText = text();
      continue;
    }
    if (change) {
      files.set(rel, { hash: change.hash, text });
      continue;
    }
    // Looked at by the scan already when its folder was listed.
    const scanned = scan?.stats.get(rel);
    const lookedAt = scanned?.lookedAt ?? Date.now();
    const stat = scanned?.stat ?? lstatThere(fs, file);
    if (!stat.isFile()) throw new WriteRefusal(`${file} is no longer a file; look at ${root}, then run again`);
    const known = record.hashIfUnchanged(rel, stat);
    if (known !== undefined) {
      files.set(rel, { hash: known, text });
      continue;
    }
    const hash = fs.hashFile(file);
    record.record(rel, stat, hash, lookedAt);
    files.set(rel, { hash, text });
  }
  record.keepOnly(new Set(files.keys()));
  const manifest = manifestText === undefined ? undefined : parseManifest(manifestText);
  if (manifestText !== undefined && manifest === undefined) {
    throw new WriteRefusal(
      `${path.join(root, MANIFEST_FILE)} is damaged: it no longer says which files the generator wrote; ` +
        `restore it (git checkout), or remove ${root} to generate it anew`,
    );
  }
  return { files, manifest, manifestText, folders: scan?.folders ?? [] };
}

/**
 * The scan's paths (sorted) with the staged changes applied, sorted: with
 * nothing staged, the scan's own array, not a copy of some 12,000 paths sorted
 * again.
 */
function withStaged(onDisk: string[], staged: ReadonlyMap<string, unknown>): readonly string[] {
  if (staged.size === 0) return onDisk;
  const paths = new Set(onDisk);
  for (const [rel, change] of staged) {
    if (change === null) paths.delete(rel);
    else paths.add(rel);
  }
  return [...paths].sort();
}
