// A file saved as a page but not read as one: under sources/ without the
// .page.txt ending (x-25.txt, x.page.txt.orig), or with it outside
// sources/. Read as nothing, it would be a release lost without a word: sync
// would say that the spec agrees with its pages. Hidden files (.DS_Store,
// .gitkeep) are the system's, and the schemas are read where they are. A file
// named as another save of a saved page beside it (rules/page-copies.ts) is a
// warning of its own, which fails no run: the page it copies is read (and a
// copy ending in .page.txt too, as a page no operation cites, which its words
// say). A page an operation cites is read whatever its name (x-v2.page.txt):
// no copy.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { PAGE_FILE, type SpecInput } from "../read/spec-files.js";
import { pageCopies, pageCopyOf } from "../rules/page-copies.js";

/**
 * An error at each file under `input`'s folder that looks like a saved page and is not read as one, but for the one
 * that missing-source names in its place for a page an operation cites and lacks (`missing`): one error for the one
 * slip. Another such copy of the page is said on its own. A page an operation cites (`cited`) is read, and is no copy.
 */
export function checkOtherFiles(
  input: SpecInput,
  missing: ReadonlySet<string> = new Set(),
  cited: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const named = new Set([...missing].map((page) => unreadCopyOf(input.otherPaths, page)));
  const copies = new Map(
    pageCopies(input.otherPaths)
      .filter(({ copy }) => !cited.has(copy))
      .map(({ copy, page }) => [copy, page]),
  );
  for (const relPath of input.otherPaths) {
    const page = copies.get(relPath);
    if (page !== undefined) {
      const at = { file: `${input.displayRoot}/${relPath}`, line: 1, column: 1 };
      // A copy ending in .page.txt is read as a page, which no operation cites: said so, not as a file unread.
      out.push(diagnostic("page-copy", at, { page, read: PAGE_FILE.test(relPath) }));
      continue;
    }
    const name = relPath.slice(relPath.lastIndexOf("/") + 1);
    if (PAGE_FILE.test(relPath) || name.startsWith(".")) continue;
    if (!relPath.startsWith("sources/") && !name.endsWith(".page.txt")) continue;
    if (named.has(relPath)) continue;
    const suggestion = pageNameOf(relPath);
    const at = { file: `${input.displayRoot}/${relPath}`, line: 1, column: 1 };
    out.push(diagnostic("unread-page-file", at, { suggestion }));
  }
  return out;
}

/** The name under which a file not read as a page would be (x.txt: x.page.txt), where one is plain. */
export function pageNameOf(relPath: string): string | undefined {
  if (PAGE_FILE.test(relPath)) return undefined;
  const name = relPath.slice(relPath.lastIndexOf("/") + 1);
  if (name.endsWith(".page.txt")) return `sources/${name}`;
  // A name saved twice over (x.page (2).txt) would be read as the page it copies, not as x.page (2).page.txt.
  return relPath.startsWith("sources/") && name.endsWith(".txt")
    ? (pageCopyOf(relPath) ?? `${relPath.slice(0, -".txt".length)}.page.txt`)
    : undefined;
}

/** The file a missing page's error names (check-operations.ts): the first not read as a page that would be read as it. */
export const unreadCopyOf = (otherPaths: ReadonlySet<string>, page: string): string | undefined =>
  [...otherPaths].find((other) => pageNameOf(other) === page);

/** Why a file that would be read as a page is not: its folder (a page's name outside sources/), else its name. */
export const unreadFor = (relPath: string): "name" | "folder" => (relPath.startsWith("sources/") ? "name" : "folder");
