import { loadStatRecord, type StatRecord } from "./stat-record.js";
import type { WriteFs } from "./write-fs.js";

/**
 * What a process that writes or checks again and again (`--watch`) keeps
 * from one run to the next: the stat record, read from disk once. (The
 * SHA-256 of each generated file goes with the file object: content-hash.ts,
 * fileHash.)
 */
export interface KeptBetweenRuns {
  record(file: string | undefined, root: string, fs: WriteFs): StatRecord;
}

export function keptBetweenRuns(): KeptBetweenRuns {
  const records = new Map<string, StatRecord>();
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
  };
}

/** What a single run uses: nothing kept. */
export const nothingKept: KeptBetweenRuns = {
  record: loadStatRecord,
};
