import * as fsSync from "node:fs";
import type * as fsPromises from "node:fs/promises";

/**
 * The file operations the write stage performs, passed in so that tests can
 * make any one of them fail (test/write/write-faults.test.ts) and check
 * that the output folder is still entirely old or entirely new.
 */
export type WriteFs = Pick<
  typeof fsPromises,
  "mkdir" | "writeFile" | "readFile" | "rename" | "rm" | "link" | "lstat" | "utimes"
>;

/**
 * The disk's operations, done synchronously behind the promise interface: a
 * run writes thousands of small files one after the other, and a round trip
 * through libuv's thread pool for each cost more than the writes themselves
 * (a third of a first run of 1000 operations).
 */
export const nodeFs: WriteFs = {
  mkdir: (async (p: string, options?: fsSync.MakeDirectoryOptions) => fsSync.mkdirSync(p, options)) as WriteFs["mkdir"],
  writeFile: async (p, data, options) =>
    fsSync.writeFileSync(p as string, data as string, options as fsSync.WriteFileOptions),
  readFile: (async (p: string, options?: unknown) =>
    fsSync.readFileSync(p, options as BufferEncoding)) as WriteFs["readFile"],
  rename: async (from, to) => fsSync.renameSync(from, to),
  rm: async (p, options) => fsSync.rmSync(p, options),
  link: async (from, to) => fsSync.linkSync(from, to),
  lstat: (async (p: string) => fsSync.lstatSync(p)) as WriteFs["lstat"],
  utimes: async (p, atime, mtime) => fsSync.utimesSync(p, atime, mtime),
};

/** A refusal caused by the state of the disk, not by a bug: the command line exits 1 with the message. */
export class WriteRefusal extends Error {
  override readonly name = "WriteRefusal";
}

export const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Whether `p` exists, without following a symbolic link. */
export async function exists(fs: WriteFs, p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}
