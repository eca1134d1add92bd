// A page cited by an operation whose title names another operation: a page
// saved under the wrong file name, or an operation that Sips renamed. Its
// facts are not the cited operation's: compared, they would list the other
// operation's summary, addresses and fields as this one's differences, and
// sync would rewrite this operation into the other one. The names must agree
// first. So must a callback's response page name the family the callback
// comes back to, where its title names one (model/response-of-other-family.ts,
// which generate asks too). generate asks the first only where the
// title is another operation's of the spec (model/cited-page-defects.ts): an
// operation may order its changelog by a page titled with no operation's name
// (the benchmarks' copies of an operation cite its one page).

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { SipsPage } from "../read/page/page-model.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import { citingPlace, responseOfOtherFamily } from "../model/response-of-other-family.js";
import type { Located } from "../validate/located.js";

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
  return diagnostic(
    "page-other-operation",
    title.at,
    { page: relPath, named, operation },
    citingPlace(operation, citedAt, false),
  );
}

/**
 * The operations whose callback cites another family's response page (responseOfOtherFamily), and the errors:
 * each such page's own reading diagnostics with it, as its comparison, which is not made, would have given them.
 */
export function responsesOfOtherFamilies(
  operations: readonly Located<RawOperation>[],
  pages: ReadonlyMap<string, PageReading>,
): { readonly operations: ReadonlySet<string>; readonly diagnostics: readonly Diagnostic[] } {
  const families = new Set(operations.flatMap((o) => o.raw.family ?? []));
  const refused = new Set<string>();
  const out: Diagnostic[] = [];
  for (const located of operations) {
    const relPath = located.raw.callback?.source?.page;
    const reading = relPath === undefined ? undefined : pages.get(relPath);
    if (relPath === undefined || !reading) continue;
    const operation = { name: located.raw.operation, family: located.raw.family };
    const at = located.map.value(["callback", "source", "page"]);
    const other = responseOfOtherFamily(operation, families, relPath, reading.page, at);
    if (other) {
      out.push(...reading.diagnostics, other);
      refused.add(located.raw.operation);
    }
  }
  return { operations: refused, diagnostics: out };
}
