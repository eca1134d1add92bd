import path from "node:path";
import type { PlanBasis } from "./kept-plan.js";
import { MANIFEST_FILE } from "./manifest.js";
import { textAt, type OutputFile, type OutputState } from "./output-state.js";
import { foldersOf } from "./folders-of.js";
import type { StatRecord } from "./stat-record.js";
import { errorCode, lstatOrAbsent, type FolderWatcher, type WriteFs } from "./write-fs.js";

/**
 * For a process that writes the output folder again and again (--watch): the
 * folder as its own last write left it, trusted in place of a stat of every
 * file while the file system's notifications (inotify, one watcher per
 * folder) report nothing else there.
 *
 * Every reported name is looked at again by the next run (its stat against
 * the record, its bytes read when they differ); a name that is not one of the
 * kept files, a folder, a file gone, the manifest, a watcher's error or too
 * many names at once make the next run scan the whole folder, as a run
 * without this does. What this cannot see, and the next run outside --watch
 * still finds: a change no notification reports (a write through a memory
 * mapping, a change made by another machine on a network file system, a
 * burst that overflows the kernel's queue of notifications before any of its
 * own reach this process), and a hand edit of a file this very write
 * replaced, made while its commit was renaming files into place (its
 * notifications cannot be told from the write's own).
 */
export interface OutputWatch {
  /** Waits until every notification the kernel has queued so far has been taken in. */
  settle(): Promise<void>;
  /** The kept folder, what was reported since looked at again; undefined when the whole folder must be scanned. */
  keptState(record: StatRecord): KeptState | undefined;
  /**
   * Before a scan of the whole folder: watches anew the folders known so far
   * (watched before, or in the record), and takes what is reported from now
   * on for the next run.
   */
  beginScan(known: readonly string[]): void;
  /** After it: watches every folder it found; one watched only now makes the next run scan again (a change there during the scan went unseen). */
  endScan(found: readonly string[]): void;
  /** Around a commit that replaces `paths`: their notifications, until the commit's last one, are the write's own. */
  committing(paths: readonly string[]): void;
  /**
   * At the end of a run that wrote (or had nothing to write): what the folder
   * now holds, kept for the next run; undefined when the run failed. Only a
   * run that ends here leaves anything kept: each run takes what the last one kept.
   */
  committed(state: KeptState | undefined, folderSetChanged: boolean): Promise<void>;
  close(): void;
}

/** The folder as a run left it, and the plan of its write, for the next run to patch (kept-plan.ts). */
export interface KeptState extends OutputState {
  readonly files: Map<string, OutputFile>;
  readonly manifest: ReadonlyMap<string, string>;
  readonly manifestText: string;
  readonly basis: PlanBasis;
}

/** More names reported between two runs than this: a scan is cheaper than looking at each, and a burst may have overflowed the kernel's queue. */
const MAX_REPORTED = 1_000;

export function outputWatch(root: string, fs: WriteFs & Required<Pick<WriteFs, "watch">>): OutputWatch {
  const watchers = new Map<string, FolderWatcher>();
  let reported = new Set<string>();
  let whole = true;
  let kept: KeptState | undefined;
  /** During a commit: the paths it replaces; null otherwise. */
  let own: Set<string> | null = null;
  // The commit's last notification: markChanged (file-set.ts) touches the folder itself after every rename.
  const rootName = path.basename(root);

  const distrust = () => {
    whole = true;
    reported = new Set();
  };
  const onEvent = (folder: string, name: string | null) => {
    if (name === null) return distrust();
    const rel = folder === "" ? name : `${folder}/${name}`;
    if (own !== null) {
      if (own.has(rel)) return;
      if (folder === "" && name === rootName) {
        own = null;
        return;
      }
    }
    reported.add(rel);
    if (reported.size > MAX_REPORTED) distrust();
  };

  /** Watches each folder not watched yet; whether there was any. */
  const watchAll = (folders: readonly string[], found: boolean): boolean => {
    let added = false;
    for (const rel of folders) {
      if (watchers.has(rel)) continue;
      added = true;
      try {
        watchers.set(
          rel,
          fs.watch(path.join(root, rel), (name) => onEvent(rel, name), distrust),
        );
      } catch (error) {
        // A folder only known from before the scan may be gone; any other failure (gone during the scan, no watch
        // left: fs.inotify.max_user_watches) makes the next run scan.
        if (!found && errorCode(error) === "ENOENT") continue;
        distrust();
      }
    }
    return added;
  };

  return {
    settle: () => new Promise((resolve) => setTimeout(() => setImmediate(resolve), 0)),
    keptState(record) {
      const last = kept;
      kept = undefined;
      if (whole || last === undefined || own !== null) return undefined;
      const now = reported;
      reported = new Set();
      const { files } = last;
      for (const rel of now) {
        if (rel === MANIFEST_FILE || !files.has(rel)) return undefined;
        const file = path.join(root, rel);
        const stat = lstatOrAbsent(fs, file);
        if (stat === undefined || !stat.isFile()) return undefined;
        const lookedAt = Date.now();
        let hash = record.hashIfUnchanged(rel, stat);
        if (hash === undefined) {
          hash = fs.hashFile(file);
          record.record(rel, stat, hash, lookedAt);
        }
        files.set(rel, { hash, text: textAt(fs, file) });
      }
      return last;
    },
    beginScan(known) {
      kept = undefined;
      whole = false;
      reported = new Set();
      // Watched anew: a folder removed and made again since it was first watched is no longer the one watched.
      const before = [...watchers.keys()];
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      watchAll([...new Set([...before, ...known])], false);
    },
    endScan(found) {
      const present = new Set(found);
      for (const [rel, watcher] of watchers) {
        if (present.has(rel)) continue;
        watcher.close();
        watchers.delete(rel);
      }
      if (watchAll(found, true)) whole = true;
    },
    committing(paths) {
      own = new Set(paths);
    },
    async committed(state, folderSetChanged) {
      if (own !== null) await this.settle();
      kept = undefined;
      // A failed run, a commit whose last notification never came (what was heard during it cannot be told from
      // its own), or folders made or removed: the next run scans.
      if (own !== null || state === undefined || folderSetChanged) {
        own = null;
        distrust();
        // Folders this write made are watched at once, so that the scan of the next run is the only one needed.
        if (state !== undefined) watchAll(foldersOf(state.files.keys()), false);
        return;
      }
      kept = state;
    },
    close() {
      kept = undefined;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      distrust();
    },
  };
}
