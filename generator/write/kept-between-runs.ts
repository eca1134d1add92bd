import type { GeneratedFile } from "../emit/generated-file.js";
import { sha256 } from "./content-hash.js";
import { loadStatRecord, type StatRecord } from "./stat-record.js";
import type { WriteFs } from "./write-fs.js";

/**
 * What a process that writes or checks again and again (`--watch`) keeps
 * from one run to the next: the stat record, read from disk once, and the
 * SHA-256 of each generated file. The memo of such a process gives an
 * unchanged operation's files as the very objects it gave the run before
 * (memo.ts, keptInMemory), so a hash is found by the object, at no cost, and
 * goes with it.
 */
export interface KeptBetweenRuns {
  hash(file: GeneratedFile): string;
  record(file: string | undefined, root: string, fs: WriteFs): StatRecord;
}

export function keptBetweenRuns(): KeptBetweenRuns {
  const hashes = new WeakMap<GeneratedFile, string>();
  const records = new Map<string, StatRecord>();
  return {
    hash(file) {
      let hash = hashes.get(file);
      if (hash === undefined) {
        hash = sha256(file.content);
        hashes.set(file, hash);
      }
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
  };
}

/** What a single run uses: nothing kept. */
export const nothingKept: KeptBetweenRuns = {
  hash: (file) => sha256(file.content),
  record: loadStatRecord,
};
