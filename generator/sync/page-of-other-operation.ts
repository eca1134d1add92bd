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
 * page's title (a response page's too: it is no operation's); null when the names agree, and for a page without
 * its title line (reported where it is read).
 */
export function pageOfOtherOperation(
  operation: string,
  relPath: string,
  page: SipsPage,
  citedAt: SourceLocation,
): Diagnostic | null {
  // A response page (what Sips posts back, titled with a sentence) is no operation's page: read as one, it has
  // no Request, and its fields would become the operation's response.
  const title = page.kind === "response" ? page.title : page.name;
  if (title === null || (page.kind === "operation" && title.value === operation)) return null;
  const named = page.kind === "response" ? `a response alone ("${title.value}")` : title.value;
  return diagnostic("page-other-operation", title.at, { page: relPath, named, operation }, [
    { ...citedAt, message: `${operation} cites it` },
  ]);
}
