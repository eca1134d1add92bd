import type { FolderListing } from "./folder-listing.js";
import { textOfBytes } from "./text-of-bytes.js";
import type { WriteFs } from "./write-fs.js";

// The stat record's text, apart from what the record is for (stat-record.ts):
// a header naming the folder, then a line per file (`hash dev ino size mtimeNs
// ctimeNs path`), per folder (`folder <stat> [path, files, folders]`), or per
// file or folder forgotten ("- <path>", `-folder "<path>"`), a later line
// overriding an earlier one. Its some 12,000 lines are read on every run: a
// file's is kept as where it starts in the text, and cut only when asked for.

export const HEADER = "sips-json stat record 3";
/** What starts the line of a folder, where a file's starts with its hash. */
const FOLDER = "folder";
/** What starts a line that forgets a file, or a folder. */
export const FORGET = "-";
export const FORGET_FOLDER = `-${FOLDER}`;

export interface Entry {
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
export type ReadEntry = number;

export interface FolderEntry {
  readonly stat: string;
  readonly listing: FolderListing;
  readonly size: number;
}

/** The lengths of the record's lines (in UTF-16 units, newlines included): those that count, and those that no longer do. */
export interface Sizes {
  live: number;
  dead: number;
}

export const fileLine = (rel: string, e: { hash: string; stat: string }): string => `${e.hash} ${e.stat} ${rel}`;

// The folder's path and names as JSON: a name may hold any character but "/".
export const folderLine = (rel: string, f: { stat: string; listing: FolderListing }): string =>
  `${FOLDER} ${f.stat} ${JSON.stringify([rel, f.listing.files, f.listing.folders])}`;

/**
 * Fills `entries` and `folders` from the record in `file`, and `sizes`; how
 * many of its lines were appended beyond one per entry, or undefined when
 * there is no record of `root` there.
 */
export function readStatRecord(
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
export function readHashIf(text: string, at: number, stat: string): string | undefined {
  const from = at + HASH_LENGTH + 1;
  return text.startsWith(stat, from) && text.charCodeAt(from + stat.length) === 32
    ? text.slice(at, at + HASH_LENGTH)
    : undefined;
}

/** The entry on the line of a file read at `at`. */
export function readEntryAt(text: string, at: number): Entry {
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
