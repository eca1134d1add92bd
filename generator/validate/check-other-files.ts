// A file saved as a page but not read as one: under sources/ without the
// .page.txt ending (x-25.txt, x.page.txt.orig), or with it outside
// sources/. Read as nothing, it would be a release lost without a word: sync
// would say that the spec agrees with its pages. Hidden files (.DS_Store,
// .gitkeep) are the system's, and the schemas are read where they are.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { PAGE_FILE, type SpecInput } from "../read/spec-files.js";

/** An error at each file under `input`'s folder that looks like a saved page and is not read as one. */
export function checkOtherFiles(input: SpecInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const relPath of input.otherPaths) {
    const name = relPath.slice(relPath.lastIndexOf("/") + 1);
    if (PAGE_FILE.test(relPath) || name.startsWith(".")) continue;
    if (!relPath.startsWith("sources/") && !name.endsWith(".page.txt")) continue;
    const suggestion = name.endsWith(".page.txt")
      ? `sources/${name}`
      : name.endsWith(".txt")
        ? `${relPath.slice(0, -".txt".length)}.page.txt`
        : undefined;
    const at = { file: `${input.displayRoot}/${relPath}`, line: 1, column: 1 };
    out.push(diagnostic("unread-page-file", at, { suggestion }));
  }
  return out;
}
