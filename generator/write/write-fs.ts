import * as fsPromises from "node:fs/promises";

/**
 * The file operations the write stage performs, passed in so that tests can
 * make any one of them fail (test/pipeline/write-faults.test.ts) and check
 * that the output folder is still entirely old or entirely new.
 */
export type WriteFs = Pick<
  typeof fsPromises,
  "mkdir" | "writeFile" | "readFile" | "rename" | "rm" | "link" | "lstat" | "utimes"
>;

export const nodeFs: WriteFs = fsPromises;

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
