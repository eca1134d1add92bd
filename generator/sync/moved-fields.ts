// A field a release prints elsewhere in its message than the spec has it (out
// of a container to the message's top, or into another container): the
// comparison of each place says the field is new in one and gone from the
// other. The one gone is said to be printed elsewhere, moved, rather than
// that no page printed it, which reads as a field to keep beyond the facts;
// the one new is said to come from where the spec has it.

import type { PageMessage } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import type { PageDifference, SpecMessage } from "./page-difference.js";
import { shownField } from "./shown-field.js";

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
    const fix = { ...d.fix, movedTo: where };
    return { ...rest, fix, page: `no such field here: the page prints ${field} ${where} (moved there?)` };
  });
}

/**
 * A field `movedOnPage` removes paired with the one the comparison adds where the page now prints it: each says the
 * move, in the check and in what sync says as it writes them (the addition where the spec had it). A removal with no
 * such addition (the spec holds the field there too) is not said moved by sync: it only loses one place of two.
 */
export function movedHere(differences: readonly PageDifference[], as: SpecMessage): PageDifference[] {
  const removed = new Map<string, { where: string; field: string }>();
  for (const d of differences)
    if (d.fix?.kind === "remove-field" && d.fix.movedTo !== undefined)
      removed.set(d.fix.field, { where: placeOf(d.fix.at, as), field: shownField([...d.fix.at, d.fix.field]) });
  const added = new Set(
    differences.flatMap((d) => (d.fix?.kind === "add-field" && d.fix.renamed === null ? [d.fix.field.name] : [])),
  );
  return differences.map((d) => {
    if (d.fix?.kind === "remove-field" && d.fix.movedTo !== undefined && !added.has(d.fix.field)) {
      const { movedTo: _, ...fix } = d.fix;
      return { ...d, fix };
    }
    const was = d.fix?.kind === "add-field" && d.fix.renamed === null ? removed.get(d.fix.field.name) : undefined;
    if (d.fix?.kind !== "add-field" || was === undefined) return d;
    return { ...d, page: `${d.page} (the spec has it ${was.where}: moved here?)`, fix: { ...d.fix, movedFrom: was } };
  });
}

/** Where fields at a YAML path are, as the page would say it: in their container (a list's, past its items), or at the top. */
function placeOf(fieldsAt: SpecPath, as: SpecMessage): string {
  const container = fieldsAt.slice(2).filter((key) => key !== "fields" && key !== "items");
  return container.length === 0 ? `at the ${as}'s top` : `in ${String(container[container.length - 1])}`;
}
