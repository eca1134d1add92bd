import type { WriteFs } from "../../generator/write/write-fs.js";

/** `base`, telling `note` of each file it reads whole or hashes: what a test of the write counts of a run's reads. */
export function notingReads(base: WriteFs, note: (file: string) => void): WriteFs {
  return {
    ...base,
    readFile: (p) => {
      note(p);
      return base.readFile(p);
    },
    hashFile: (p) => {
      note(p);
      return base.hashFile(p);
    },
  };
}
