// A page cited by an operation whose title names another operation: a page
// saved under the wrong file name, or an operation that Sips renamed. Its
// facts are not the cited operation's: compared, they would list the other
// operation's summary, addresses and fields as this one's differences, and
// sync would rewrite this operation into the other one. The names must agree
// first. generate does not ask it: an operation may order its changelog by a
// page it shares (the benchmarks' copies of an operation cite its one page).

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { SipsPage } from "../read/page/page-model.js";

/**
 * The error for a page that `operation` cites (at `citedAt`) and whose title names another operation, at the
 * page's title; null when the names agree, and for a page without its title line (reported where it is read).
 */
export function pageOfOtherOperation(
  operation: string,
  relPath: string,
  page: SipsPage,
  citedAt: SourceLocation,
): Diagnostic | null {
  if (page.kind !== "operation" || page.name === null || page.name.value === operation) return null;
  return diagnostic("page-other-operation", page.name.at, { page: relPath, named: page.name.value, operation }, [
    { ...citedAt, message: `${operation} cites it` },
  ]);
}
