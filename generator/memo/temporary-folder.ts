// Where a disk memo writes an entry before renaming it into place: a folder of
// the thread's own under the memo's `tmp/` (`<pid>-<threadId>`), so that what a run cut short
// left there (a signal, a kill) is found by listing one small folder, never
// the whole memo, and removed: by the run itself on a signal, by a later run
// once the process is gone.

import { readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { pidGone } from "../threads/pid-gone.js";

const TEMPORARY = "tmp";

/** The memo folders this thread wrote temporary files in. */
const memos = new Set<string>();

/** The folder of this thread's temporary files in the memo `dir`: no other thread or process writes there. */
export function temporaryFolder(dir: string): string {
  memos.add(dir);
  return path.join(dir, TEMPORARY, OWN);
}
const OWN = `${process.pid}-${threadId}`;

/**
 * Removes this thread's temporary files from every memo it wrote in, at once: a run ended by a signal leaves no
 * half-written entry behind (the command writes its memo from the main thread alone). Never throws.
 */
export function removeOwnTemporaryFiles(): void {
  for (const dir of memos) {
    const own = path.join(dir, TEMPORARY, OWN);
    // Moved aside first: the writes the thread pool has queued (hundreds on a cold run) name the folder by its path,
    // and each would otherwise create its file while the folder is being emptied, so that it is not empty when it is
    // removed. Once moved, they fail; the few already creating theirs are caught by listing the folder again.
    const aside = `${own}${ASIDE}`;
    let folder = own;
    try {
      renameSync(own, aside);
      folder = aside;
    } catch {
      // No such folder (nothing written yet), or one that cannot be moved: removed where it is.
    }
    for (let attempt = 0; attempt < REMOVAL_ATTEMPTS; attempt++) {
      try {
        rmSync(folder, { recursive: true, force: true });
        break;
      } catch {
        // A file made since the folder was listed, or a folder that cannot be changed: what a kill leaves, which a
        // later run removes.
      }
    }
  }
}

/** The suffix of a thread's folder moved aside to be removed. */
const ASIDE = "-removed";
/** How many times a folder is listed and emptied: each catches the files a pool's write made meanwhile. */
const REMOVAL_ATTEMPTS = 5;

/**
 * Removes the temporary folders of processes that no longer run (a run killed mid-write) from the memo `dir`;
 * returns how many went. A process id taken again since by another process keeps its folder until that one ends.
 * Never throws.
 */
export function removeStaleTemporaryFiles(dir: string): number {
  let removed = 0;
  try {
    for (const name of readdirSync(path.join(dir, TEMPORARY))) {
      const pid = /^([1-9]\d*)-\d+(?:-removed)?$/.exec(name)?.[1];
      // This process's own folders (its other threads') are in use; another's only once it has ended.
      if (pid === undefined || Number(pid) === process.pid || !pidGone(Number(pid))) continue;
      rmSync(path.join(dir, TEMPORARY, name), { recursive: true, force: true });
      removed++;
    }
  } catch {
    // No such folder (no run left one), or one that cannot be changed: a few stray files, not the memo's entries.
  }
  return removed;
}
