import path from "node:path";
import { sha256, type Bytes } from "../memo/content-hash.js";
import {
  commitJournal,
  removeStaging,
  stagedFileOf,
  stagedTreeOf,
  stagingPathOf,
  type Journal,
  type JournalEntry,
} from "./journal.js";
import { keepAsSpare, stageOverSpare, worthSparing } from "./spare-files.js";
import { createStamped, stampStaged, type WrittenStamp } from "./written-stamp.js";
import { lstatOrAbsent, lstatThere, tolerating, type WriteFs } from "./write-fs.js";

/**
 * Changes a set of files in a folder all at once, or not at all, even when the
 * run is killed (SIGKILL) between two of its operations: the new files are
 * written beside the folder, the journal that lists them is committed by a
 * rename, then each is renamed into place (see journal.ts). A run that stops
 * before the commit leaves the folder as it was; after it, the next run
 * finishes the change (recoverFolder, unfinished-change.ts). Used for
 * generated/ and for sync's edits of spec/. Every function here expects the
 * folder's lock to be held.
 */
export interface FileChange {
  /** Relative to the folder, "/" separated, already checked to stay inside it. */
  readonly path: string;
  /** The new text (or its UTF-8 bytes, whole or in parts); null removes the file. */
  readonly content: string | Bytes | null;
  /** SHA-256 of what the file holds now; null when it is absent. */
  readonly before: string | null;
  /** SHA-256 of `content`, when the caller has it already. */
  readonly after?: string;
}

/**
 * Applies `changes` to `root`, all or none; on failure after the commit, tries
 * once more to finish, then throws. With `spares` (a process that writes
 * again and again), large files are written over the spares of their paths
 * and the copies they replace kept as the next ones (spare-files.ts). With
 * `stamps`, each new file is stamped before the commit (written-stamp.ts),
 * and its stamp set there by path. True when the folder was made by renaming
 * the staged tree whole: its files were not moved one by one.
 */
export function commitChanges(
  root: string,
  changes: readonly FileChange[],
  fs: WriteFs,
  spares = false,
  stamps?: Map<string, WrittenStamp>,
): boolean {
  if (changes.length === 0) return false;
  const staging = stagingPathOf(root);
  const entries: JournalEntry[] = [];
  const spared = new Set<string>();
  /** Files long enough that what they replace is freed apart from the rename (WriteFs.rename). */
  const large = new Set<string>();
  let journal: Journal;
  try {
    const tree = stagedTreeOf(root);
    fs.mkdir(tree);
    const made = new Set<string>([tree]);
    for (const change of changes) {
      if (change.content === null) {
        entries.push({ path: change.path, before: change.before, after: null });
        continue;
      }
      const staged = path.join(tree, change.path);
      mkdirOnce(fs, made, path.dirname(staged));
      if (worthSparing(change.content)) (spares ? spared : large).add(change.path);
      if (spared.has(change.path) && stageOverSpare(fs, root, change.path, staged, change.content)) {
        if (stamps) stamps.set(change.path, stampStaged(fs, staged));
      } else if (stamps) stamps.set(change.path, createStamped(fs, staged, change.content));
      else fs.createFile(staged, change.content);
      entries.push({ path: change.path, before: change.before, after: change.after ?? sha256(change.content) });
    }
    journal = { whole: lstatOrAbsent(fs, root) === undefined, entries };
    commitJournal(root, journal, fs);
  } catch (error) {
    // Not committed: the folder is untouched; what was staged goes (or the next run removes it).
    try {
      fs.rmTree(staging);
    } catch {}
    throw error;
  }
  try {
    return rollForward(root, journal, fs, spared, large);
  } catch (error) {
    try {
      rollForward(root, journal, fs, spared, large);
    } catch {
      // The journal stays: the next run finishes the change.
    }
    throw error;
  }
}

/** Makes `dir` unless this run made it already (`made`). */
function mkdirOnce(fs: WriteFs, made: Set<string>, dir: string): void {
  if (made.has(dir)) return;
  fs.mkdir(dir);
  made.add(dir);
}

/**
 * Does what the journal says that is not done yet; each step can be done again
 * after a kill. The files replaced at the paths of `spared` are kept as spares,
 * and those at the paths of `large` freed apart from their renames.
 * True when this call renamed the staged tree into place whole.
 */
export function rollForward(
  root: string,
  journal: Journal,
  fs: WriteFs,
  spared?: ReadonlySet<string>,
  large?: ReadonlySet<string>,
): boolean {
  // The folder did not exist: the staged tree takes its place at once (unless that rename is done already).
  const whole = journal.whole && !lstatOrAbsent(fs, root) && lstatOrAbsent(fs, stagedTreeOf(root)) !== undefined;
  if (whole) fs.rename(stagedTreeOf(root), root);
  fs.mkdir(root);
  const made = new Set<string>([root]);
  // Once the staged tree is gone (renamed whole, or emptied and removed), no new file is left to move.
  const staging = lstatOrAbsent(fs, stagedTreeOf(root)) !== undefined;
  for (const entry of journal.entries) {
    const target = path.join(root, entry.path);
    if (entry.after === null) {
      tolerating(["ENOENT"], () => fs.unlink(target));
      continue;
    }
    if (!staging) continue;
    const staged = stagedFileOf(root, entry, fs);
    if (staged === undefined) continue;
    mkdirOnce(fs, made, path.dirname(target));
    if (spared?.has(entry.path)) keepAsSpare(fs, root, entry.path, target);
    fs.rename(staged, target, large?.has(entry.path));
  }
  removeEmptiedFolders(root, journal, fs);
  markChanged(root, fs);
  removeStaging(root, journal, fs);
  return whole;
}

/**
 * Moves the folder's modification time forward, to now or at least a
 * millisecond past its last value: readers that take no lock compare it
 * before and after their read (read-output.ts), so every change must move it,
 * even two changes in the same tick of the clock.
 */
function markChanged(root: string, fs: WriteFs): void {
  const last = Number(lstatThere(fs, root).mtimeNs / 1_000_000n) / 1000;
  fs.touch(root, Math.max(Date.now() / 1000, last + 0.001));
}

/** Folders left empty by removals, from the deepest up; a folder that still holds anything stays. */
function removeEmptiedFolders(root: string, journal: Journal, fs: WriteFs): void {
  const folders = new Set<string>();
  for (const entry of journal.entries) {
    if (entry.after !== null) continue;
    for (let dir = path.posix.dirname(entry.path); dir !== "."; dir = path.posix.dirname(dir)) folders.add(dir);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split("/").length - a.split("/").length);
  for (const dir of deepestFirst) tolerating(["ENOENT", "ENOTEMPTY", "EEXIST"], () => fs.rmdir(path.join(root, dir)));
}
