// A copy of a saved page beside it (rules/page-copies.ts) is a warning of the
// spec's files, which fails no generate: the page it copies is read. sync is
// the command that reads a release, and a release saved as the copy would be
// lost while sync said the spec agrees with its pages: there it is an error.
// A copy read as a page (its name ends in .page.txt) sync compares as a page no
// operation cites (page-operation-cited, page-uncited): that says it, once.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { PAGE_FILE, type SpecInput } from "../read/spec-files.js";
import { pageCopies } from "../rules/page-copies.js";

/** `diagnostics` with each page-copy warning made sync's page-copy-unread error, at the same place, or left out. */
export function unreadCopies(diagnostics: readonly Diagnostic[], input: SpecInput): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === "page-copy")) return [...diagnostics];
  const copies = new Map(
    pageCopies(input.otherPaths)
      .filter(({ copy }) => !PAGE_FILE.test(copy))
      .map(({ copy, page }) => [`${input.displayRoot}/${copy}`, page]),
  );
  return diagnostics.flatMap((d) => {
    if (d.code !== "page-copy") return [d];
    const page = copies.get(d.file);
    return page === undefined ? [] : [diagnostic("page-copy-unread", d, { page })];
  });
}
