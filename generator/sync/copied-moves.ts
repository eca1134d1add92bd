// A field a release moves out of a container type (or dictionary field) the
// operation does not hold alone: sync writes the spec's entry at the new
// place but cannot remove the old one under the others (its error says so),
// so the field is copied, not moved (apply-edits.ts says "copied from ...,
// which stays there"). --check says the same of both sides, and why the old
// entry stays, rather than "moved here?" and "moved there?", which promised a
// removal sync never makes.

import type { PageDifference } from "./page-difference.js";

/**
 * The differences, each side of a move whose removal another holder blocks said to be a copy: `stays` gives, by
 * what a removal is about, why its entry stays; `written` whether sync writes an addition (none blocked or kept).
 */
export function copiedMoves(
  differences: readonly PageDifference[],
  stays: ReadonlyMap<string, string>,
  written: (d: PageDifference) => boolean,
): PageDifference[] {
  const copied = new Set(
    differences
      .filter((d) => d.fix?.kind === "add-field" && d.movedWith !== undefined && stays.has(d.movedWith) && written(d))
      .map((d) => d.movedWith as string),
  );
  return differences.map((d) => {
    if (d.fix?.kind === "add-field" && d.fix.movedFrom !== undefined && copied.has(d.movedWith ?? "")) {
      const why = stays.get(d.movedWith ?? "") ?? "";
      const page = `${d.pageAlone ?? d.page} (copied from ${d.fix.movedFrom.field}, which stays there: ${why})`;
      return { ...d, page };
    }
    if (d.fix?.kind === "remove-field" && d.fix.movedTo !== undefined && copied.has(d.about))
      return { ...d, page: `no such field here: the page prints ${d.fix.field} ${d.fix.movedTo} (copied there)` };
    return d;
  });
}
