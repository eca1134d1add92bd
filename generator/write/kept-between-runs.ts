import { sha256 } from "./content-hash.js";
import { loadStatRecord, type StatRecord } from "./stat-record.js";
import type { WriteFs } from "./write-fs.js";

/**
 * What a process that writes or checks again and again (`--watch`) keeps
 * from one run to the next: the stat record, read from disk once, and the
 * SHA-256 of each file text, so that a file the memo gives unchanged (the
 * same string) is not hashed again. Hashes of texts not seen in a run are
 * dropped after it.
 */
export interface KeptBetweenRuns {
  hash(text: string): string;
  record(file: string | undefined, root: string, fs: WriteFs): StatRecord;
  /** Called once a run is over. */
  endRun(): void;
}

export function keptBetweenRuns(): KeptBetweenRuns {
  let last = new Map<string, string>();
  let now = new Map<string, string>();
  const records = new Map<string, StatRecord>();
  return {
    hash(text) {
      let hash = now.get(text) ?? last.get(text);
      hash ??= sha256(text);
      now.set(text, hash);
      return hash;
    },
    record(file, root, fs) {
      const key = `${file ?? ""}\0${root}`;
      let record = records.get(key);
      if (!record) {
        record = loadStatRecord(file, root, fs);
        records.set(key, record);
      }
      return record;
    },
    endRun() {
      last = now;
      now = new Map();
    },
  };
}

/** What a single run uses: nothing kept. */
export const nothingKept: KeptBetweenRuns = {
  hash: sha256,
  record: loadStatRecord,
  endRun() {},
};
