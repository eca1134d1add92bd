// A field a release moves within its message (moved-fields.ts) is one field at
// two places: sync writes the spec's entry at the new place and removes it
// from the old. A deviation that keeps one place (the field kept where the
// spec has it, or kept out of where the page prints it) holds the move whole:
// written alone, the other side wrote the field a second time beside the one
// kept, or removed the only entry, its notes and format with it, and said
// "moved". That side stays, said to be held, for the maintainer to keep too
// or to let go by dropping the deviation.

import type { PageDifference } from "./page-difference.js";
import { heldBack } from "./recommended-versions.js";

/** The differences, each side of a move whose other side a deviation keeps left unwritten, saying why. */
export function holdHalfKeptMoves(differences: readonly PageDifference[], kept: ReadonlySet<string>): PageDifference[] {
  return differences.map((d) => {
    if (d.movedWith === undefined || kept.has(d.about) || !kept.has(d.movedWith)) return d;
    const keep = `sync moves it once that deviation goes; to keep the spec's, record ${d.about} in source.deviations too`;
    if (d.fix?.kind === "add-field" && d.fix.movedFrom !== undefined)
      return heldBack(
        d,
        `${d.pageAlone ?? d.page} (the spec has it ${d.fix.movedFrom.where}, where source.deviations keep it: ${keep})`,
      );
    if (d.fix?.kind === "remove-field" && d.fix.movedTo !== undefined)
      return heldBack(
        d,
        `no such field here: the page prints ${d.fix.field} ${d.fix.movedTo}, where source.deviations keep it out (${keep})`,
      );
    return d;
  });
}
