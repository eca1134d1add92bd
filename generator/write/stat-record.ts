import type { FileStat } from "../memo/lean-stat.js";
import path from "node:path";
import { settled, statKey } from "../memo/settled-stat.js";
import type { FolderListings } from "./folder-listing.js";
import { foldersOf } from "./folders-of.js";
import {
  type Entry,
  type FolderEntry,
  FORGET,
  FORGET_FOLDER,
  fileLine,
  folderLine,
  HEADER,
  type ReadEntry,
  readEntryAt,
  readHashIf,
  readStatRecord,
  type Sizes,
} from "./stat-record-lines.js";
import type { WriteFs } from "./write-fs.js";
import { tempName } from "../threads/temp-name.js";

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
  hashIfUnchanged(rel: string, stat: FileStat): string | undefined;
  /** What the record holds of `rel`: its hash, and the stat it had (statKey's text). */
  known(rel: string): { readonly hash: string; readonly stat: string } | undefined;
  /** Records `hash` for `rel` as seen with `stat`, looked at no earlier than `lookedAt` (ms since the epoch). */
  record(rel: string, stat: FileStat, hash: string, lookedAt: number): void;
  forget(rel: string): void;
  /** Keeps only these paths. */
  keepOnly(rels: { has(rel: string): boolean }): void;
  /** Writes what changed in the record (appended, or the whole record); a failure only makes the next run slower. */
  save(): void;
}

/** Lines appended since the record was last written whole, beyond which it is written whole again. */
export const MAX_APPENDED = 2_000;

/** The record kept in `file` for the folder `root`; with no file, one that records nothing. */
export function loadStatRecord(file: string | undefined, root: string, fs: WriteFs): StatRecord {
  const entries = new Map<string, Entry | ReadEntry>();
  const folders = new Map<string, FolderEntry>();
  /** Lines that say what changed since the record was read or saved, to append. */
  let pending: string[] = [];
  /** Lines of the file on disk beyond one per entry; undefined when there is no record there to append to. */
  const sizes: Sizes = { live: 0, dead: 0 };
  const read = { text: "" };
  let appended = file === undefined ? undefined : readStatRecord(file, root, fs, entries, folders, sizes, read);
  /** The entry of a line read, cut from the text: for what is rarer than a comparison. */
  const entryOf = (e: Entry | ReadEntry): Entry => (typeof e === "number" ? readEntryAt(read.text, e) : e);
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
      const temp = tempName(file, ".tmp");
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
