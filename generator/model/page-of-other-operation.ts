// A page cited by an operation whose title names another operation: a page
// saved under the wrong file name, or an operation that Sips renamed. Its
// facts are not the cited operation's: compared, they would list the other
// operation's fields as this one's changes, and sync would rewrite this
// operation into the other one; generate would order this operation's
// changelog by the other's rows. The names must agree first.

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { SipsPage } from "../read/page/page-model.js";

/**
 * The error for a page that `operation` cites and whose title names another operation, at the page's title
 * (`citedAt`: where the spec cites it); null when the names agree, and for a page of a response alone (a
 * callback's, titled with a sentence) or without its title line (reported where it is read).
 */
export function pageOfOtherOperation(
  operation: string,
  relPath: string,
  page: SipsPage,
  citedAt: SourceLocation | null = null,
): Diagnostic | null {
  if (page.kind !== "operation" || page.name === null || page.name.value === operation) return null;
  const related = citedAt === null ? [] : [{ ...citedAt, message: `${operation} cites it` }];
  return diagnostic(
    "page-other-operation",
    page.name.at,
    { page: relPath, named: page.name.value, operation },
    related,
  );
}
