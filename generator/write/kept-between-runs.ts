import { withFolderLock } from "./folder-lock.js";
import { outputWatch, type OutputWatch } from "./output-watch.js";
import { dropSpares } from "./spare-files.js";
import { loadStatRecord, type StatRecord } from "./stat-record.js";
import type { WriteFs } from "./write-fs.js";

/**
 * What a process that writes or checks again and again (`--watch`) keeps
 * from one run to the next: the stat record, read from disk once, and, for
 * each folder it writes, that folder as its last write left it, watched
 * (output-watch.ts), and the spares of the large files it replaced
 * (spare-files.ts). (The SHA-256 of each generated file goes with the file
 * object: content-hash.ts, fileHash.)
 */
export interface KeptBetweenRuns {
  record(file: string | undefined, root: string, fs: WriteFs): StatRecord;
  /** The watch of the output folder `root`; undefined when nothing is kept, or `fs` cannot watch. */
  output(root: string, fs: WriteFs): OutputWatch | undefined;
  /** Notes that `root` is written with spares (spare-files.ts), which release() removes. */
  spares(root: string, fs: WriteFs): void;
  /** At the end of the runs: removes the spares of each folder written, under its lock. */
  release(): Promise<void>;
  /** Stops watching. */
  close(): void;
}

export function keptBetweenRuns(): KeptBetweenRuns {
  const records = new Map<string, StatRecord>();
  const outputs = new Map<string, OutputWatch>();
  const spared = new Map<string, WriteFs>();
  return {
    record(file, root, fs) {
      const key = `${file ?? ""}\0${root}`;
      let record = records.get(key);
      if (!record) {
        record = loadStatRecord(file, root, fs);
        records.set(key, record);
      }
      return record;
    },
    output(root, fs) {
      if (fs.watch === undefined) return undefined;
      let watch = outputs.get(root);
      if (!watch) {
        watch = outputWatch(root, { ...fs, watch: fs.watch });
        outputs.set(root, watch);
      }
      return watch;
    },
    spares(root, fs) {
      spared.set(root, fs);
    },
    async release() {
      for (const [root, fs] of spared) {
        try {
          await withFolderLock(root, fs, () => dropSpares(fs, root));
        } catch {
          // The folder locked by another run for long, or the spares not removable: the next run that keeps none removes them.
        }
      }
      spared.clear();
    },
    close() {
      for (const watch of outputs.values()) watch.close();
      outputs.clear();
    },
  };
}

/** What a single run uses: nothing kept. */
export const nothingKept: KeptBetweenRuns = {
  record: loadStatRecord,
  output: () => undefined,
  spares: () => undefined,
  release: async () => undefined,
  close: () => undefined,
};
