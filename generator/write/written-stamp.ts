import type { Bytes } from "../memo/content-hash.js";
import type { FileStat } from "../memo/lean-stat.js";
import path from "node:path";
import type { HeldStat } from "./held-table.js";
import { lstatThere, type WriteFs } from "./write-fs.js";

// A file this run writes, known by its stat from the moment it is committed,
// where any other file's stat stands for its bytes only once settled
// (memo/settled-stat.ts): a write in the same tick of the file system's
// clock as the last look leaves the change time as it was. Before the
// commit, the staged file's modification time is set just before its change
// time, a time no later write gives it: a write sets the modification time to
// its own time, at or after the change time the look saw. So an edit in place,
// even in the same tick as the commit, changes the stat, unless the edit sets
// the modification time back to that very nanosecond on purpose. Without it,
// the next run hashes what this one wrote again (openapi.json: 15 MiB).

/** What a staged file was given: its stat once stamped, its modification time the one set. */
export type WrittenStamp = HeldStat;

/** The modification time a file made with the stat `made` is stamped with: a microsecond before its change time. */
const stampOf = (made: FileStat): number => Number(made.ctimeNs - 1_000n) / 1e9;

/** Creates the staged file and stamps it through the open file; what it then has. */
export function createStamped(fs: WriteFs, staged: string, content: string | Bytes): WrittenStamp {
  return fs.createStamped(staged, content, stampOf);
}

/** Stamps a staged file that is there already (one written over a spare); what it then has. */
export function stampStaged(fs: WriteFs, staged: string): WrittenStamp {
  fs.touch(staged, stampOf(lstatThere(fs, staged)));
  return lstatThere(fs, staged);
}

/**
 * The stat of `file` once committed, when it is still the stamped file, unwritten since: its inode and
 * modification time as stamped, changed after (by the stamp itself). Undefined otherwise, or when it cannot be
 * looked at: the file is then hashed by the next run, as any other.
 */
export function stampedStat(fs: WriteFs, file: string, stamp: WrittenStamp): FileStat | undefined {
  let stat: FileStat | undefined;
  try {
    stat = fs.lstat(file);
  } catch {
    return undefined;
  }
  return stat?.isFile() && stat.ino === stamp.ino && stat.mtimeNs === stamp.mtimeNs && changedAfter(stat)
    ? stat
    : undefined;
}

/**
 * Each file of `root` stamped by a commit, by path: the stat it was committed with, as stampedStat gives it.
 * `renamedWhole`: the commit made `root` by renaming the staged tree, which leaves the files under it as they were
 * (a file moved one by one has its change time set): each file's stat is its stamp's, taken as it is, with no
 * second look. That look would only forget a file written or replaced since the stamp, and the next run finds
 * such a file all the same: the stamp's stat was read through the open file with all its bytes written and its
 * times set; a write since sets the modification time to its own time, at or after the change time the stamp was
 * made from, so never the stamp's a microsecond before it, and sets the change time; a file put in its place has
 * another inode or other times; and the held table trusts a file only while its stat is exactly the one kept. On a
 * file system whose rename of a folder did set its files' change times, their stats differ from the stamps': the
 * next run hashes them, as any file it does not hold.
 */
export function stampedStats(
  fs: WriteFs,
  root: string,
  stamps: ReadonlyMap<string, WrittenStamp>,
  renamedWhole: boolean,
): Map<string, HeldStat | undefined> {
  const stats = new Map<string, HeldStat | undefined>();
  for (const [rel, stamp] of stamps)
    stats.set(rel, renamedWhole ? stamped(stamp) : stampedStat(fs, path.join(root, rel), stamp));
  return stats;
}

/** A stamp as it stands, when it is as the stamp leaves a file (changedAfter). */
const stamped = (stamp: WrittenStamp): HeldStat | undefined => (changedAfter(stamp) ? stamp : undefined);

/** Whether a stat's change time is after its modification time, as setting the stamp's time leaves it. */
const changedAfter = (stat: HeldStat): boolean => stat.ctimeNs > stat.mtimeNs;
