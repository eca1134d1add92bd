// The memo on disk only grows: a key is never stale, so nothing is replaced,
// and each change of the spec adds its results (with 1,000 operations, some
// 17 MB of shared files). Past a size, the entries written longest ago go;
// one still in use is only made again by the next run that needs it. Listing
// the memo costs as much as a small run, so it is done at most once a day.

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
 * Removes the entries of the memo in `dir` written longest ago until it holds
 * at most `maxBytes`, unless it was measured less than `everyMs` ago. Returns
 * how many entries went. Never throws: a memo that cannot be listed or
 * changed is left as it is.
 */
export function pruneMemo(dir: string, options: PruneOptions = {}): number {
  const { maxBytes = MEMO_MAX_BYTES, everyMs = PRUNE_EVERY_MS, now = Date.now() } = options;
  const stamp = path.join(dir, STAMP);
  try {
    if (now - statSync(stamp).mtimeMs < everyMs) return 0;
  } catch {
    // Never measured: measure now.
  }
  try {
    const entries = entriesOf(dir);
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    let removed = 0;
    for (const entry of entries.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
      if (total <= maxBytes) break;
      rmSync(entry.file, { force: true });
      total -= entry.size;
      removed++;
    }
    writeFileSync(stamp, "");
    utimesSync(stamp, now / 1000, now / 1000);
    return removed;
  } catch {
    return 0;
  }
}

/** The memo's entries: the files of its two-character folders (diskMemo's layout), with their size and time. */
function entriesOf(dir: string): { file: string; size: number; mtimeMs: number }[] {
  const out: { file: string; size: number; mtimeMs: number }[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name.length !== 2) continue;
    for (const name of readdirSync(path.join(dir, folder.name))) {
      const file = path.join(dir, folder.name, name);
      try {
        const stat = statSync(file);
        if (stat.isFile()) out.push({ file, size: stat.size, mtimeMs: stat.mtimeMs });
      } catch {
        // Gone meanwhile (another run pruning): nothing to count.
      }
    }
  }
  return out;
}
