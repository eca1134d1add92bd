// Whether the folders a run writes (--out, --cache-dir) can be folders, asked
// before anything reads or writes: a file given as one is the user's mistake
// (exit 1 and a plain sentence), where the write stage failed on it with a
// stack, or looped over a file that never holds still (/proc/version).

import { statSync } from "node:fs";
import { shownPath } from "../read/shown-path.js";

/** A folder option of `npm run generate`: what messages call it, and its flag. */
export interface FolderOption {
  readonly what: string;
  readonly flag: string;
}

/**
 * Why `dir` cannot be the folder `option` names, or undefined: a missing folder is made by the run, but a file
 * cannot be one, nor can a folder under a file. `cwd` makes the path in the sentence relative.
 */
export function writtenFolderProblem(dir: string, cwd: string, option: FolderOption): string | undefined {
  const label = shownPath(cwd, dir);
  const said = (problem: string) =>
    `${option.what} "${label}" ${problem} (it is given with ${option.flag}; see --help)`;
  try {
    if (!statSync(dir).isDirectory()) return said("is not a folder");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") return said("cannot be made: a folder on its path is a file");
    if (code !== "ENOENT") throw error;
  }
  return undefined;
}
