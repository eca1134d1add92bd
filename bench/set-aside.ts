// Folders the bench is done with, moved aside (a rename frees nothing) and
// removed only once the whole bench has run. The machine's root file system
// is ext4 without a journal, whose inode allocator passes over every inode
// freed in the last minute or so (longer while its table block is unwritten),
// one buffer-cache lookup each, for every file it creates: a first run of
// 1,000 operations (some 18,500 files with its memo) that followed the removal
// of the run before's paid several seconds of system time for that removal,
// which openapi-typescript, writing one file, never paid.
import * as nodeFs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where one bench's folders go, and their removal. */
export interface SetAside {
  /** Moves `dir`, if there, under the run's own folder. */
  readonly setAside: (dir: string) => void;
  /**
   * Removes the folders set aside by this run and by runs that ended (cut short), and `root` once nothing else is
   * in it; never those of a run of another process still going, which would then time its next runs among the
   * inodes freed, and fail to set its next folder aside in its removed one.
   */
  readonly removeEnded: () => void;
}

/** The calls of node:fs the folders are set aside and removed with (a test's to watch or to race). */
export type SetAsideFs = Pick<
  typeof nodeFs,
  "existsSync" | "mkdirSync" | "mkdtempSync" | "readdirSync" | "renameSync" | "rmdirSync" | "rmSync"
>;

/**
 * Folders set aside under `root`, each run's in a folder made for it (mkdtemp): a bench cut short leaves its
 * folders there until the next one ends, and names made of the pid alone met them again when a pid came round.
 * Two benches that end together both remove the folders of runs that ended, and `root` once it is empty: what
 * the other removed first (a folder listed, or `root` itself) is gone, not an error.
 */
export function setAsideUnder(root: string, fs: SetAsideFs = nodeFs): SetAside {
  let run: string | undefined;
  let moved = 0;
  return {
    setAside(dir) {
      if (!fs.existsSync(dir)) return;
      // `root` removed by another bench between its making and the run's folder's: made again, once.
      run ??= goneAsUndefined(() => runFolder(fs, root)) ?? runFolder(fs, root);
      fs.renameSync(dir, path.join(run, String(++moved)));
    },
    removeEnded() {
      run = undefined;
      const names = goneAsUndefined(() => fs.readdirSync(root)) ?? [];
      for (const name of names) {
        // A run's folder is named by its pid (mkdtemp's suffix after a "-"): this process's, whichever run made it
        // (one before it that had the same pid ended), or that of a process no longer running.
        const pid = Number.parseInt(name, 10);
        if (pid === process.pid || !running(pid))
          goneAsUndefined(() => fs.rmSync(path.join(root, name), { recursive: true, force: true }));
      }
      try {
        fs.rmdirSync(root);
      } catch {
        // Another run's folders are still there, or another bench removed it.
      }
    },
  };
}

function runFolder(fs: SetAsideFs, root: string): string {
  fs.mkdirSync(root, { recursive: true });
  return fs.mkdtempSync(path.join(root, `${process.pid}-`));
}

/** `act()`, or undefined where what it reads or removes is gone (ENOENT): removed by another bench meanwhile. */
function goneAsUndefined<T>(act: () => T): T | undefined {
  try {
    return act();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Whether a process `pid` runs (one of another user's too: EPERM); a name that is no pid counts as ended. */
function running(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** bench/.work/set-aside: the same file system as bench/.work, where the folders set aside are. */
const bench = setAsideUnder(fileURLToPath(new URL("./.work/set-aside/", import.meta.url)));

/** Moves `dir`, if there, under bench/.work/set-aside. */
export const setAside = bench.setAside;

/** Removes what this bench, or one that ended before it, set aside: at the end, when nothing is timed after. */
export const removeSetAside = bench.removeEnded;
