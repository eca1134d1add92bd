// Whether a folder given as the spec can be one, asked before anything reads
// it: a missing folder is the user's mistake (exit 1 and a plain sentence), not
// a failure of the command.

import { statSync } from "node:fs";
import { shownPath } from "./shown-path.js";

/** Why `dir` cannot be a spec folder, or undefined. `cwd` makes the path in the sentence relative. */
export function specFolderProblem(dir: string, cwd: string): string | undefined {
  const label = shownPath(cwd, dir);
  try {
    if (!statSync(dir).isDirectory()) return `spec folder "${label}" is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return `spec folder "${label}" does not exist`;
    throw error;
  }
  return undefined;
}
