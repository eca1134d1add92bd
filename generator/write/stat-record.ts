import type { BigIntStats } from "node:fs";
import path from "node:path";
import { settled, statKey } from "../memo/settled-stat.js";
import { foldersOf } from "./folders-of.js";
import { textOfBytes } from "./text-of-bytes.js";
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
 *
 * A run changes a few lines of some 12,000: it appends them (a later line
 * overrides an earlier one, "- <path>" forgets a file), and writes the whole
 * record anew once more than MAX_APPENDED lines have been appended, or once
 * the lines that no longer count would be more than half the size of those
 * that do: a folder's line lists its names, and the line of a folder of a
 * thousand files, appended again by each run that writes in it, would
 * otherwise grow the record by megabytes that every run reads. A line cut by
 * a kill (the last one, without its newline) is ignored.
 */
export interface StatRecord extends FolderListings {
  /** The recorded hash of `rel`, if the file's stat is still the one recorded. */
  hashIfUnchanged(rel: string, stat: BigIntStats): string | undefined;
  /** What the record holds of `rel`: its hash, and the stat it had (statKey's text). */
  known(rel: string): { readonly hash: string; readonly stat: string } | undefined;
  /** Records `hash` for `rel` as seen with `stat`, looked at no earlier than `lookedAt` (ms since the epoch). */
  record(rel: string, stat: BigIntStats, hash: string, lookedAt: number): void;
  forget(rel: string): void;
  /** Keeps only these paths. */
  keepOnly(rels: { has(rel: string): boolean }): void;
  /** Writes what changed in the record (appended, or the whole record); a failure only makes the next run slower. */
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

const HEADER = "sips-json stat record 3";
/** What starts the line of a folder, where a file's starts with its hash. */
const FOLDER = "folder";
/** What starts a line that forgets a file, or a folder. */
const FORGET = "-";
const FORGET_FOLDER = `-${FOLDER}`;
/** Lines appended since the record was last written whole, beyond which it is written whole again. */
export const MAX_APPENDED = 2_000;

interface Entry {
  readonly hash: string;
  readonly stat: string;
  /** The length of its line, its newline included. */
  readonly size: number;
}

/**
 * A file's entry as read from the record: where its line starts in the
 * record's text, from which its hash and stat are compared and cut only when
 * asked for. Some 12,000 are read on every run, and nearly all are only
 * compared once: no object and no cut strings each.
 */
type ReadEntry = number;

interface FolderEntry {
  readonly stat: string;
  readonly listing: FolderListing;
  readonly size: number;
}

/** The lengths of the record's lines (in UTF-16 units, newlines included): those that count, and those that no longer do. */
interface Sizes {
  live: number;
  dead: number;
}

/** The record kept in `file` for the folder `root`; with no file, one that records nothing. */
export function loadStatRecord(file: string | undefined, root: string, fs: WriteFs): StatRecord {
  const entries = new Map<string, Entry | ReadEntry>();
  const folders = new Map<string, FolderEntry>();
  /** Lines that say what changed since the record was read or saved, to append. */
  let pending: string[] = [];
  /** Lines of the file on disk beyond one per entry; undefined when there is no record there to append to. */
  const sizes: Sizes = { live: 0, dead: 0 };
  const read = { text: "" };
  let appended = file === undefined ? undefined : readRecord(file, root, fs, entries, folders, sizes, read);
  /** The entry of a line read, cut from the text: for what is rarer than a comparison. */
  const entryOf = (e: Entry | ReadEntry): Entry => (typeof e === "number" ? readEntryAt(read.text, e) : e);
  const fileLine = (rel: string, e: { hash: string; stat: string }) => `${e.hash} ${e.stat} ${rel}`;
  // The folder's path and names as JSON: a name may hold any character but "/".
  const folderLine = (rel: string, f: { stat: string; listing: FolderListing }) =>
    `${FOLDER} ${f.stat} ${JSON.stringify([rel, f.listing.files, f.listing.folders])}`;
  /** Appends `line`, which makes the line of `old` (if any) one that no longer counts, and is one itself unless `live`. */
  const append = (line: string, old: { size: number } | undefined, live: boolean) => {
    pending.push(line);
    if (old) {
      sizes.live -= old.size;
      sizes.dead += old.size;
    }
    if (live) sizes.live += line.length + 1;
    else sizes.dead += line.length + 1;
    return line.length + 1;
  };
  const forget = (rel: string) => {
    const old = entries.get(rel);
    if (old !== undefined && entries.delete(rel)) append(`${FORGET} ${rel}`, entryOf(old), false);
  };
  return {
    listingIfUnchanged: (rel, stat) => {
      const entry = folders.get(rel);
      return entry !== undefined && entry.stat === statKey(stat) ? entry.listing : undefined;
    },
    recordListing: (rel, stat, listing, lookedAt) => {
      if (file === undefined || !settled(stat, lookedAt)) return;
      const old = folders.get(rel);
      if (old?.stat === statKey(stat)) return;
      const entry = { stat: statKey(stat), listing };
      folders.set(rel, { ...entry, size: append(folderLine(rel, entry), old, true) });
    },
    folders: () => [...new Set([...folders.keys(), ...foldersOf(entries.keys())])],
    keepFolders: (rels) => {
      for (const [rel, old] of folders)
        if (!rels.has(rel) && folders.delete(rel)) append(`${FORGET_FOLDER} ${JSON.stringify(rel)}`, old, false);
    },
    hashIfUnchanged: (rel, stat) => {
      const entry = entries.get(rel);
      if (typeof entry === "number") return readHashIf(read.text, entry, statKey(stat));
      return entry !== undefined && entry.stat === statKey(stat) ? entry.hash : undefined;
    },
    known: (rel) => {
      const entry = entries.get(rel);
      return entry === undefined ? undefined : entryOf(entry);
    },
    record: (rel, stat, hash, lookedAt) => {
      if (file === undefined || !settled(stat, lookedAt)) return;
      const entry = { hash, stat: statKey(stat) };
      const was = entries.get(rel);
      const old = was === undefined ? undefined : entryOf(was);
      if (old?.hash === entry.hash && old.stat === entry.stat) return;
      entries.set(rel, { ...entry, size: append(fileLine(rel, entry), old, true) });
    },
    forget,
    keepOnly: (rels) => {
      for (const rel of entries.keys()) if (!rels.has(rel)) forget(rel);
    },
    save: () => {
      if (file === undefined || pending.length === 0) return;
      const fewDead = sizes.dead <= sizes.live / 2;
      if (appended !== undefined && fs.appendFile && appended + pending.length <= MAX_APPENDED && fewDead) {
        try {
          fs.appendFile(file, `${pending.join("\n")}\n`);
          appended += pending.length;
          pending = [];
          return;
        } catch {
          // Written whole instead.
        }
      }
      const lines = [
        `${HEADER} ${root}`,
        ...[...entries].map(([rel, e]) => fileLine(rel, entryOf(e))),
        ...[...folders].map(([rel, f]) => folderLine(rel, f)),
      ];
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdir(path.dirname(file));
        fs.createFile(temp, `${lines.join("\n")}\n`);
        fs.rename(temp, file);
        pending = [];
        appended = 0;
        sizes.dead = 0;
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

/**
 * Fills `entries` and `folders` from the record in `file`, and `sizes`; how
 * many of its lines were appended beyond one per entry, or undefined when
 * there is no record of `root` there.
 */
function readRecord(
  file: string,
  root: string,
  fs: WriteFs,
  entries: Map<string, Entry | ReadEntry>,
  folders: Map<string, FolderEntry>,
  sizes: Sizes,
  read: { text: string },
): number | undefined {
  let text: string;
  try {
    text = textOfBytes(fs.readFile(file));
  } catch {
    // No record, or an unreadable one, is an empty one: it only makes this run slower.
    return undefined;
  }
  const header = `${HEADER} ${root}`;
  if (!text.startsWith(`${header}\n`)) return undefined;
  read.text = text;
  let lines = 0;
  // Some 12,000 lines, read on every run: cut where the spaces are, with no array per line. A last line without
  // its newline was cut by a kill while being appended.
  for (let start = header.length + 1, end = text.indexOf("\n", start); end !== -1;) {
    lines++;
    const first = text.indexOf(" ", start);
    if (first !== -1 && first < end) {
      // A file's line starts with its hash: the head of the others is cut to be compared.
      const head = first - start === HASH_LENGTH ? "" : text.slice(start, first);
      if (head === FORGET) entries.delete(text.slice(first + 1, end));
      else if (head === FORGET_FOLDER) {
        const rel = jsonOrUndefined(text.slice(first + 1, end));
        if (typeof rel === "string") folders.delete(rel);
      } else readEntry(text, start, head, first, end, entries, folders);
    }
    start = end + 1;
    end = text.indexOf("\n", start);
  }
  for (const at of entries.values()) sizes.live += text.indexOf("\n", at as number) + 1 - (at as number);
  for (const { size } of folders.values()) sizes.live += size;
  sizes.dead = text.length - header.length - 1 - sizes.live;
  // After a cut line, the record is written whole: an append would run on from it.
  return text.endsWith("\n") ? lines - entries.size - folders.size : undefined;
}

/**
 * A line `hash dev ino size mtimeNs ctimeNs path` (the path last: it may hold spaces; `head` is "" for it), or a
 * folder's. A line with another head is damaged.
 */
function readEntry(
  text: string,
  start: number,
  head: string,
  first: number,
  end: number,
  entries: Map<string, Entry | ReadEntry>,
  folders: Map<string, FolderEntry>,
): void {
  const last = statEnd(text, first, end);
  if (last === -1) return;
  const rest = text.slice(last + 1, end);
  if (head === "") entries.set(rest, start);
  if (head !== FOLDER) return;
  const folder = parsedFolder(rest);
  if (folder)
    folders.set(folder.rel, { stat: text.slice(first + 1, last), listing: folder.listing, size: end - start + 1 });
}

const HASH_LENGTH = 64;

/** Where the stat's five fields after the space at `first` end (the space before the path), or -1 past `end`. */
function statEnd(text: string, first: number, end: number): number {
  let last = first;
  for (let field = 0; field < 5 && last !== -1 && last < end; field++) last = text.indexOf(" ", last + 1);
  return last === -1 || last >= end ? -1 : last;
}

/** The hash on the line of a file read at `at`, when the stat on it is `stat`. */
function readHashIf(text: string, at: number, stat: string): string | undefined {
  const from = at + HASH_LENGTH + 1;
  return text.startsWith(stat, from) && text.charCodeAt(from + stat.length) === 32
    ? text.slice(at, at + HASH_LENGTH)
    : undefined;
}

/** The entry on the line of a file read at `at`. */
function readEntryAt(text: string, at: number): Entry {
  const from = at + HASH_LENGTH + 1;
  const last = statEnd(text, from - 1, text.indexOf("\n", at));
  return {
    hash: text.slice(at, at + HASH_LENGTH),
    stat: text.slice(from, last),
    size: text.indexOf("\n", at) + 1 - at,
  };
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
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
