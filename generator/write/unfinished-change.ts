// A change of a set of files (file-set.ts) that a killed or failed run left
// unfinished: the next run finishes it, or removes it if it was never
// committed; readers that take no lock see meanwhile what it will still do.
import path from "node:path";
import { sha256 } from "../memo/content-hash.js";
import { rollForward } from "./file-set.js";
import { readJournal, stagedFileOf, stagingPathOf } from "./journal.js";
import { lstatOrAbsent, readIfThere, WriteRefusal, type WriteFs } from "./write-fs.js";

/**
 * Finishes a change that a killed or failed run committed, or removes one it
 * never committed, so that `root` is whole again. Refuses when a file the
 * change concerns now holds neither its old nor its new content: someone
 * edited it since, and finishing would lose that edit. Whether it changed
 * anything in `root`.
 */
export function recoverFolder(root: string, fs: WriteFs): boolean {
  const staging = stagingPathOf(root);
  if (!lstatOrAbsent(fs, staging)) return false;
  const journal = readJournal(root, fs);
  if (!journal) {
    fs.rmTree(staging);
    return false;
  }
  const edited = journal.entries.filter((entry) => {
    const pending =
      entry.after === null ? lstatOrAbsent(fs, path.join(root, entry.path)) : stagedFileOf(root, entry, fs);
    if (!pending) return false;
    const now = hashOf(path.join(root, entry.path), fs);
    return now !== entry.before && now !== entry.after;
  });
  if (edited.length > 0) {
    throw new WriteRefusal(
      `a run that was changing ${root} stopped half-way, and since then ${edited.map((e) => e.path).join(", ")} ` +
        `changed too, so its change can be neither finished nor undone without losing that edit; ` +
        `save the edit elsewhere and restore the file, or remove ${staging} to keep ${root} as it is`,
    );
  }
  rollForward(root, journal, fs);
  return true;
}

/** The SHA-256 of a file's bytes, or null when there is no file. */
function hashOf(file: string, fs: WriteFs): string | null {
  const bytes = readIfThere(fs, file);
  return bytes && sha256(bytes);
}

/**
 * For readers that take no lock: the files that a committed but unfinished
 * change will still replace or remove, which the next run's recovery will
 * do. `staged` is where the new content is now; null means the file goes.
 */
export function pendingChanges(root: string, fs: WriteFs): Map<string, { staged: string; hash: string } | null> {
  const pending = new Map<string, { staged: string; hash: string } | null>();
  const journal = readJournal(root, fs);
  for (const entry of journal?.entries ?? []) {
    const staged = stagedFileOf(root, entry, fs);
    if (entry.after === null) pending.set(entry.path, null);
    else if (staged !== undefined) pending.set(entry.path, { staged, hash: entry.after });
  }
  return pending;
}
