// A field a release prints elsewhere in its message than the spec has it (out
// of a container to the message's top, or into another container): the
// comparison of each place says the field is new in one and gone from the
// other. The one gone is said to be printed elsewhere, moved, rather than
// that no page printed it, which reads as a field to keep beyond the facts.

import type { PageMessage } from "../read/page/page-model.js";
import type { PageDifference, SpecMessage } from "./page-difference.js";

/**
 * A field removed from where the spec has it (the message's top, or `container`) that the page prints elsewhere in
 * the message: said to be printed there, moved, not that no page printed it. sync still removes it here and adds it
 * there, as the page is; the reader sees one move.
 */
export function movedOnPage(
  differences: readonly PageDifference[],
  page: PageMessage,
  container: string | null,
  as: SpecMessage,
): PageDifference[] {
  return differences.map((d) => {
    if (d.fix?.kind !== "remove-field" || d.fix.renamed !== null) return d;
    const { field } = d.fix;
    const there = page.fields.find((f) => f.name === field && (f.container?.value ?? null) !== container);
    if (!there) return d;
    const where = there.container === null ? `at the ${as}'s top` : `in ${there.container.value}`;
    const { reason: _, ...rest } = d;
    return { ...rest, page: `no such field here: the page prints ${field} ${where} (moved there?)` };
  });
}
