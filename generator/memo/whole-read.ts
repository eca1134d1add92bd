// An entry read off the main thread: one read of the whole file, not
// readFile's chunks, each of which would wait for the main thread to ask for the
// next. A file that cannot be read is a miss (undefined), as disk-memo.ts has it.

import { closeSync, fstatSync, openSync, read } from "node:fs";
import { stampOf, statParts, type StampedBytes } from "./entry-stamp.js";
import { mappedFirst } from "./mapped-first.js";

/** `file`'s bytes; stamped, with the file's stat once read, so that a write during the read shows in it. */
export function readWhole(file: string, stamped: boolean): Promise<Uint8Array | StampedBytes | undefined> {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const done = (bytes: Uint8Array | undefined) => {
      try {
        const stat = bytes && stamped ? fstatSync(fd, { bigint: true }) : undefined;
        resolve(bytes && stat ? { bytes, stamp: stampOf(stat), seen: statParts(stat) } : bytes);
      } catch {
        resolve(undefined);
      }
      closeSync(fd);
    };
    try {
      const { size } = fstatSync(fd);
      mappedFirst(size, (bytes) => {
        try {
          read(fd, bytes, 0, size, 0, (error, count) => done(error || count !== size ? undefined : bytes));
        } catch {
          done(undefined);
        }
      });
    } catch {
      done(undefined);
    }
  });
}
