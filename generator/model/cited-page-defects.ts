// The reading errors of the saved pages a spec's operations cite. A cited
// page orders its operation's changelog (and its callback's) as the page was
// read: a page read with an error may order it as it misread it, so the spec
// is refused with the page's own errors, located in the page as sync reports
// them. Made from the pages' texts on every run: no memo keeps them.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PageReading } from "../read/page/read-page.js";
import type { SpecModel } from "./ir.js";

/** The errors of every page `model` cites, each page once, in the order of its reading. */
export function citedPageDefects(model: SpecModel, pages: ReadonlyMap<string, PageReading>): Diagnostic[] {
  // The heads' `pages`: known without building an operation the memo left unread.
  const cited = new Set(model.operations.flatMap((op) => op.pages));
  return [...cited].flatMap((page) => pages.get(page)?.diagnostics.filter((d) => d.severity === "error") ?? []);
}
