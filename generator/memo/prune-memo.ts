// The memo on disk only grows: a key is never stale, so nothing is replaced
// (but the store of every operation's pieces, one entry that each run rewrites,
// its records each under its operation's key: emit/piece-store.ts), and each
// change of the spec adds its results (with 1,000 operations, some 17 MB of
// shared files). Past a size, every entry the run did not use goes:
// all of them at once, so that no list is left whose contents are gone (a run
// that found such a list would fail), and none the run relies on. Listing the
// memo costs as much as a small run, so it is done at most once a day.

import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a memo may hold before its oldest entries go. */
export const MEMO_MAX_BYTES = 512 * 1024 * 1024;
/** How often the memo is measured, at most. */
export const PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;
/** The file whose time says when the memo was last measured. */
const STAMP = "pruned";

export interface PruneOptions {
  readonly maxBytes?: number;
  readonly everyMs?: number;
  readonly now?: number;
}

/**
 * When the memo in `dir` holds more than `maxBytes`, removes every entry not
 * in `used` (what the run read, wrote or retained; a function that gives it is
 * called only then), unless it was measured less than `everyMs` ago. Returns
 * how many entries went. Never throws: a memo that cannot be listed or changed
 * is left as it is.
 */
export function pruneMemo(
  dir: string,
  used: ReadonlySet<string> | (() => ReadonlySet<string>),
  options: PruneOptions = {},
): number {
  const { maxBytes = MEMO_MAX_BYTES, everyMs = PRUNE_EVERY_MS, now = Date.now() } = options;
  const stamp = path.join(dir, STAMP);
  let measured: number | undefined;
  try {
    measured = statSync(stamp).mtimeMs;
  } catch {
    measured = undefined;
  }
  try {
    // A new memo (or one older than pruning) starts its clock now: its first run pays no listing.
    if (measured === undefined) return stampAt(stamp, now);
    if (now - measured < everyMs) return 0;
    const entries = entriesOf(dir);
    let removed = 0;
    if (entries.reduce((sum, e) => sum + e.size, 0) > maxBytes) {
      const keep = typeof used === "function" ? used() : used;
      for (const entry of entries) {
        if (keep.has(entry.key)) continue;
        rmSync(entry.file, { force: true });
        removed++;
      }
    }
    stampAt(stamp, now);
    return removed;
  } catch {
    return 0;
  }
}

/** Marks the memo as measured at `now`. */
function stampAt(stamp: string, now: number): 0 {
  writeFileSync(stamp, "");
  utimesSync(stamp, now / 1000, now / 1000);
  return 0;
}

/** The memo's entries: the files of its two-character folders (diskMemo's layout, named by key), with their size. */
function entriesOf(dir: string): { key: string; file: string; size: number }[] {
  const out: { key: string; file: string; size: number }[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name.length !== 2) continue;
    for (const name of readdirSync(path.join(dir, folder.name))) {
      const file = path.join(dir, folder.name, name);
      try {
        const stat = statSync(file);
        if (stat.isFile()) out.push({ key: name, file, size: stat.size });
      } catch {
        // Gone meanwhile (another run pruning): nothing to count.
      }
    }
  }
  return out;
}
