// A page that stops before its end (page-cut-short: a copy or a save that did
// not reach it) is compared with nothing, as a page refused as another's is:
// its fields past the cut would all read as removed (a status key said to go
// with one), and the field it stops in as losing values or meanings. sync
// writes nothing of it anyway; its differences wait for the page saved whole.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PageReading } from "../read/page/read-page.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";

/** Whether the page stops before its end, without the headings after the one it stops in. */
export const cutShort = (reading: PageReading): boolean => reading.diagnostics.some((d) => d.code === "page-cut-short");

/** The operations whose callback cites a page cut short (none already refused), with those pages' defects. */
export function cutShortCallbacks(
  operations: readonly Located<RawOperation>[],
  pages: ReadonlyMap<string, PageReading>,
  refused: ReadonlySet<string>,
): { readonly operations: ReadonlySet<string>; readonly diagnostics: readonly Diagnostic[] } {
  const cut = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const located of operations) {
    const relPath = located.raw.callback?.source?.page;
    const reading = relPath === undefined ? undefined : pages.get(relPath);
    if (!reading || refused.has(located.raw.operation) || !cutShort(reading)) continue;
    cut.add(located.raw.operation);
    diagnostics.push(...reading.diagnostics);
  }
  return { operations: cut, diagnostics };
}
