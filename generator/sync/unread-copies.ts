// A copy of a saved page beside it (rules/page-copies.ts) is a warning of the
// spec's files, which fails no generate: the page it copies is read. sync is
// the command that reads a release, and a release saved as the copy would be
// lost while sync said the spec agrees with its pages: there it is an error.
// A copy read as a page (its name ends in .page.txt) sync compares as a page no
// operation cites (page-operation-cited, page-uncited): that says it, once.
// The copies found here are the ones every command names: changes takes them
// from sync's check rather than from the folder's names.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { PAGE_FILE, type SpecInput } from "../read/spec-files.js";
import { pageCopies } from "../rules/page-copies.js";

/** A copy no command reads, and the page it copies, each as diagnostics name them (spec/sources/x.page (1).txt). */
export interface UnreadCopy {
  readonly copy: string;
  readonly page: string;
}

/**
 * `diagnostics` with each page-copy warning made sync's page-copy-unread error, at the same place, or left out;
 * and those copies, in the order of `diagnostics`.
 */
export function unreadCopies(
  diagnostics: readonly Diagnostic[],
  input: SpecInput,
): { readonly diagnostics: Diagnostic[]; readonly copies: readonly UnreadCopy[] } {
  if (!diagnostics.some((d) => d.code === "page-copy")) return { diagnostics: [...diagnostics], copies: [] };
  const pages = new Map(
    pageCopies(input.otherPaths)
      .filter(({ copy }) => !PAGE_FILE.test(copy))
      .map(({ copy, page }) => [`${input.displayRoot}/${copy}`, page]),
  );
  const copies: UnreadCopy[] = [];
  const made = diagnostics.flatMap((d) => {
    if (d.code !== "page-copy") return [d];
    const page = pages.get(d.file);
    if (page === undefined) return [];
    copies.push({ copy: d.file, page: `${input.displayRoot}/${page}` });
    return [diagnostic("page-copy-unread", d, { page })];
  });
  return { diagnostics: made, copies };
}
