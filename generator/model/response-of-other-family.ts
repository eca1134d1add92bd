// A response page (what Sips posts back) that a callback cites and whose title
// names another family of the spec than the callback's operation: Walletpage's
// response saved over Paypage's. Both are titled "Automatic and manual
// response" and the product they come back from, and share no field that
// tells them apart for sure: read as the callback's page, the other family's
// rows would order its changelog (generate) and its fields become the
// callback's (sync). So is an operation's page (one with a Request) saved
// over a callback's: its response would become the callback. One rule for both.

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { SipsPage } from "../read/page/page-model.js";
import { titleFamilies } from "../rules/title-families.js";

/**
 * The error for a response page that `operation`'s callback cites and whose title names other families of the
 * spec than the operation's own, at the page's title (with the place that cites it, where it is known); null when
 * the title names the operation's family, or no family of the spec at all (nothing then says it is another's).
 */
export function responseOfOtherFamily(
  operation: { readonly name: string; readonly family: string | null | undefined },
  families: ReadonlySet<string>,
  relPath: string,
  page: SipsPage,
  citedAt?: SourceLocation,
): Diagnostic | null {
  const named = page.kind === "response" && page.title !== null ? titleFamilies(page.title.value, families) : [];
  return (
    operationPageAsResponse(operation, relPath, page, citedAt) ??
    responseNamingOthers(operation, named, relPath, page, citedAt)
  );
}

/**
 * The error for an operation's page (Endpoints, a Request) that `operation`'s callback cites, at its title: a
 * response page's place holds the response alone. Null for a response page, and for a page without its title line
 * (reported where it is read).
 */
export function operationPageAsResponse(
  operation: { readonly name: string; readonly family: string | null | undefined },
  relPath: string,
  page: SipsPage,
  citedAt?: SourceLocation,
): Diagnostic | null {
  const title = page.name ?? page.title;
  if (page.kind !== "operation" || title === null) return null;
  return diagnostic(
    "page-other-operation",
    title.at,
    {
      page: relPath,
      named: `operation ${title.value} (a page with a Request)`,
      operation: operation.name,
      family: operation.family ?? "its family",
    },
    citingPlace(operation.name, citedAt),
  );
}

/**
 * The second place of a page-other-operation error: where `operation` (its callback, for a callback's page) cites
 * the page, where it is known. sync, generate and changes all say it so.
 */
export const citingPlace = (operation: string, citedAt: SourceLocation | undefined, callback = true) =>
  citedAt === undefined ? [] : [{ ...citedAt, message: `${operation}${callback ? "'s callback" : ""} cites it` }];

/**
 * The same, given the families of the spec that the page's title names (`named`, titleFamilies): a spec whose
 * callbacks share a page asks its title once.
 */
export function responseNamingOthers(
  operation: { readonly name: string; readonly family: string | null | undefined },
  named: readonly string[],
  relPath: string,
  page: SipsPage,
  citedAt?: SourceLocation,
): Diagnostic | null {
  const { title } = page;
  const family = operation.family;
  if (page.kind !== "response" || title === null || family === undefined || family === null) return null;
  if (named.length === 0 || named.includes(family)) return null;
  return diagnostic(
    "page-other-operation",
    title.at,
    { page: relPath, named: `${named.join(" and ")}'s response ("${title.value}")`, operation: operation.name, family },
    citingPlace(operation.name, citedAt),
  );
}
