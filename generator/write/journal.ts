import path from "node:path";
import { isSafePath } from "./safe-path.js";
import { errorCode, lstatOrAbsent, readIfThere, tolerating, WriteRefusal, type WriteFs } from "./write-fs.js";

/**
 * The journal of a change to a folder: beside it, in `<folder>.sips-json-staging/`,
 * the new files under `files/` at their paths and, once they are all written,
 * `journal.json`, which lists every change:
 *
 *   { "journal": "sips-json file set 2", "whole": false,
 *     "entries": [ { "path": "a/b.ts", "before": "<sha256>" | null, "after": "<sha256>" },
 *                  { "path": "old.ts", "before": "<sha256>", "after": null } ] }
 *
 * `before` is what the file held when the change was decided (null: absent),
 * `after` what it will hold (null: removed). `whole` says the folder did not
 * exist: `files/` then becomes the folder by one rename. `journal.json`
 * appears by a rename, whole: it is the commit. Without it the staging folder
 * is a change that never began; with it, a change that the next run finishes.
 */
export const stagingPathOf = (root: string): string => `${root}.sips-json-staging`;

/** Where the new files are staged, at their paths. */
export const stagedTreeOf = (root: string): string => path.join(stagingPathOf(root), "files");

const JOURNAL = "journal.json";
const FORMAT = "sips-json file set 2";

export interface JournalEntry {
  /** Relative to the folder, "/" separated. */
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface Journal {
  /** The folder did not exist: the staged tree is renamed into its place at once. */
  readonly whole: boolean;
  readonly entries: readonly JournalEntry[];
}

const journalPathOf = (root: string): string => path.join(stagingPathOf(root), JOURNAL);

/** Writes the journal under a temporary name, then renames it into place: the commit. */
export function commitJournal(root: string, journal: Journal, fs: WriteFs): void {
  const temp = `${journalPathOf(root)}.tmp`;
  const record = { journal: FORMAT, whole: journal.whole, entries: journal.entries };
  fs.createFile(temp, `${JSON.stringify(record, null, 1)}\n`);
  fs.rename(temp, journalPathOf(root));
}

/** The committed journal of a change to `root`, or undefined when there is none (nothing, or a change never committed). */
export function readJournal(root: string, fs: WriteFs): Journal | undefined {
  const bytes = readIfThere(fs, journalPathOf(root));
  if (bytes === null) return undefined;
  const journal = parseJournal(bytes.toString("utf8"));
  if (!journal) {
    throw new WriteRefusal(
      `${journalPathOf(root)} is damaged, so the change it records can be neither finished nor undone; ` +
        `look at ${root}, then remove ${stagingPathOf(root)}`,
    );
  }
  return journal;
}

function parseJournal(text: string): Journal | undefined {
  try {
    const value = JSON.parse(text) as { journal?: unknown; whole?: unknown; entries?: unknown };
    if (value.journal !== FORMAT || typeof value.whole !== "boolean" || !Array.isArray(value.entries)) return undefined;
    const hash = (x: unknown) => x === null || (typeof x === "string" && /^[0-9a-f]{64}$/.test(x));
    const valid = value.entries.every(
      (e: Partial<Record<keyof JournalEntry, unknown>>) =>
        typeof e.path === "string" && isSafePath(e.path) && hash(e.before) && hash(e.after),
    );
    return valid ? { whole: value.whole, entries: value.entries as JournalEntry[] } : undefined;
  } catch {
    return undefined;
  }
}

/** Where an entry's new content is while the change is not finished: its staged file, or undefined once moved. */
export function stagedFileOf(root: string, entry: JournalEntry, fs: WriteFs): string | undefined {
  if (entry.after === null) return undefined;
  const staged = path.join(stagedTreeOf(root), entry.path);
  return lstatOrAbsent(fs, staged) ? staged : undefined;
}

/**
 * Removes the staging folder of a change that is done: its journal, then the
 * folders its files were staged in, which the renames emptied, deepest first
 * (a recursive removal lists every folder first, through code a run loads
 * for it alone). A folder that holds anything else (not this change's) goes
 * with all it holds.
 */
export function removeStaging(root: string, journal: Journal, fs: WriteFs): void {
  const staging = stagingPathOf(root);
  const tree = stagedTreeOf(root);
  tolerating(["ENOENT"], () => fs.unlink(journalPathOf(root)));
  const folders = new Set<string>();
  for (const entry of journal.entries) {
    if (entry.after === null) continue;
    for (let end = entry.path.lastIndexOf("/"); end > 0; end = entry.path.lastIndexOf("/", end - 1))
      folders.add(entry.path.slice(0, end));
  }
  try {
    // A folder sorts before the folders in it: in reverse, each is emptied before its parent.
    for (const dir of [...folders].sort().reverse()) tolerating(["ENOENT"], () => fs.rmdir(`${tree}/${dir}`));
    tolerating(["ENOENT"], () => fs.rmdir(tree));
    tolerating(["ENOENT"], () => fs.rmdir(staging));
  } catch (error) {
    if (errorCode(error) !== "ENOTEMPTY" && errorCode(error) !== "EEXIST") throw error;
    fs.rmTree(staging);
  }
}
