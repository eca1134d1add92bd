import type { BigIntStats } from "node:fs";
import path from "node:path";
import { settled, statKey } from "../memo/settled-stat.js";
import { foldersOf } from "./folders-of.js";
import type { WriteFs } from "./write-fs.js";

/**
 * What the write stage knows of the files of a folder without reading them:
 * for each, the SHA-256 its content had when it was last read, with the
 * file's device, inode, size, modification and change times then. A file
 * whose stat is still exactly that holds the same content: any write to it
 * sets its change time (ctime) to the time of the write, and no program can
 * set the change time back (touch and cp -p set the modification time only).
 *
 * A file is recorded only once its change time is MARGIN_MS older than the
 * moment before it was looked at, so that a write in the same tick of the
 * file system's clock cannot leave the change time as it was. The record is a
 * cache, kept with the memo (outside the folder, never committed); without it,
 * every file is read and hashed.
 */
export interface StatRecord extends FolderListings {
  /** The recorded hash of `rel`, if the file's stat is still the one recorded. */
  hashIfUnchanged(rel: string, stat: BigIntStats): string | undefined;
  /** Records `hash` for `rel` as seen with `stat`, looked at no earlier than `lookedAt` (ms since the epoch). */
  record(rel: string, stat: BigIntStats, hash: string, lookedAt: number): void;
  forget(rel: string): void;
  /** Keeps only these paths. */
  keepOnly(rels: ReadonlySet<string>): void;
  /** Writes the record if it changed; a failure only makes the next run slower. */
  save(): void;
}

/**
 * What the record knows of the folders: the names in each, as listed once its
 * stat was taken. A folder whose stat is unchanged holds the same names: any
 * entry made, removed or renamed in it sets its modification and change
 * times (the same margin applies as for files). A file edited in place does
 * not: each file's own stat is still looked at.
 */
export interface FolderListings {
  /** The names in folder `rel` ("" for the folder itself), if its stat is still the one recorded. */
  listingIfUnchanged(rel: string, stat: BigIntStats): FolderListing | undefined;
  /** Records the names found in `rel` after its stat was taken as `stat`, no earlier than `lookedAt`. */
  recordListing(rel: string, stat: BigIntStats, listing: FolderListing, lookedAt: number): void;
  /** Keeps only these folders. */
  keepFolders(rels: ReadonlySet<string>): void;
  /** The folders the record knows: those whose names it holds, and those holding the files it holds. */
  folders(): string[];
}

/** The names in a folder: its files and its folders. */
export interface FolderListing {
  readonly files: readonly string[];
  readonly folders: readonly string[];
}

const HEADER = "sips-json stat record 2";
/** What starts the line of a folder, where a file's starts with its hash. */
const FOLDER = "folder";

interface Entry {
  readonly hash: string;
  readonly stat: string;
}

interface FolderEntry {
  readonly stat: string;
  readonly listing: FolderListing;
}

/** The record kept in `file` for the folder `root`; with no file, one that records nothing. */
export function loadStatRecord(file: string | undefined, root: string, fs: WriteFs): StatRecord {
  const entries = new Map<string, Entry>();
  const folders = new Map<string, FolderEntry>();
  let changed = false;
  if (file !== undefined) readRecord(file, root, fs, entries, folders);
  return {
    listingIfUnchanged: (rel, stat) => {
      const entry = folders.get(rel);
      return entry !== undefined && entry.stat === statKey(stat) ? entry.listing : undefined;
    },
    recordListing: (rel, stat, listing, lookedAt) => {
      if (file === undefined || !settled(stat, lookedAt)) return;
      const old = folders.get(rel);
      if (old?.stat === statKey(stat)) return;
      folders.set(rel, { stat: statKey(stat), listing });
      changed = true;
    },
    folders: () => [...new Set([...folders.keys(), ...foldersOf(entries.keys())])],
    keepFolders: (rels) => {
      for (const rel of folders.keys()) if (!rels.has(rel)) changed = folders.delete(rel) || changed;
    },
    hashIfUnchanged: (rel, stat) => {
      const entry = entries.get(rel);
      return entry !== undefined && entry.stat === statKey(stat) ? entry.hash : undefined;
    },
    record: (rel, stat, hash, lookedAt) => {
      if (file === undefined || !settled(stat, lookedAt)) return;
      const entry = { hash, stat: statKey(stat) };
      const old = entries.get(rel);
      if (old?.hash === entry.hash && old.stat === entry.stat) return;
      entries.set(rel, entry);
      changed = true;
    },
    forget: (rel) => {
      changed = entries.delete(rel) || changed;
    },
    keepOnly: (rels) => {
      for (const rel of entries.keys()) if (!rels.has(rel)) changed = entries.delete(rel) || changed;
    },
    save: () => {
      if (file === undefined || !changed) return;
      const lines = [
        `${HEADER} ${root}`,
        ...[...entries].map(([rel, e]) => `${e.hash} ${e.stat} ${rel}`),
        // The folder's path and names as JSON: a name may hold any character but "/".
        ...[...folders].map(
          ([rel, f]) => `${FOLDER} ${f.stat} ${JSON.stringify([rel, f.listing.files, f.listing.folders])}`,
        ),
      ];
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdir(path.dirname(file));
        fs.createFile(temp, `${lines.join("\n")}\n`);
        fs.rename(temp, file);
        changed = false;
      } catch {
        try {
          fs.unlink(temp);
        } catch {
          // Nothing was left, or it cannot be removed either: a cache, not the output.
        }
      }
    },
  };
}

function readRecord(
  file: string,
  root: string,
  fs: WriteFs,
  entries: Map<string, Entry>,
  folders: Map<string, FolderEntry>,
): void {
  let text: string;
  try {
    text = fs.readFile(file).toString("utf8");
  } catch {
    // No record, or an unreadable one, is an empty one: it only makes this run slower.
    return;
  }
  const header = `${HEADER} ${root}`;
  if (!text.startsWith(`${header}\n`)) return;
  // Some 12,000 lines, read on every run: cut where the spaces are, with no array per line.
  for (let start = header.length + 1; start < text.length;) {
    const found = text.indexOf("\n", start);
    const end = found === -1 ? text.length : found;
    // hash dev ino size mtimeNs ctimeNs path (the path last: it may hold spaces)
    const first = text.indexOf(" ", start);
    let last = first;
    for (let field = 0; field < 5 && last !== -1 && last < end; field++) last = text.indexOf(" ", last + 1);
    if (first !== -1 && last !== -1 && last < end) {
      const head = text.slice(start, first);
      const stat = text.slice(first + 1, last);
      const rest = text.slice(last + 1, end);
      if (head !== FOLDER) entries.set(rest, { hash: head, stat });
      else {
        const folder = parsedFolder(rest);
        if (folder) folders.set(folder.rel, { stat, listing: folder.listing });
      }
    }
    start = end + 1;
  }
}

/** A folder's path and names as a record line holds them, or undefined when the line is damaged. */
function parsedFolder(text: string): { rel: string; listing: FolderListing } | undefined {
  try {
    const [rel, files, folders] = JSON.parse(text) as unknown[];
    const names = (x: unknown): x is string[] => Array.isArray(x) && x.every((n) => typeof n === "string");
    return typeof rel === "string" && names(files) && names(folders) ? { rel, listing: { files, folders } } : undefined;
  } catch {
    return undefined;
  }
}
