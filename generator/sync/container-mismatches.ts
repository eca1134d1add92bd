// The differences of one page with a shared container type (the dictionary's,
// or one more operation holds), which sync cannot settle for the operation
// alone: one error per container of the page, naming each field's fact at the
// page's line, where a release that changes the type gave one error a fact,
// each repeating whose type it is and where to change it.

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { DiagnosticParams } from "../diagnostics/codes.js";

/** One difference of a field of a shared container type, as classifyDifferences found it. */
export interface ContainerMismatch {
  readonly at: SourceLocation;
  readonly said: DiagnosticParams<"page-container-mismatch">;
  readonly related: Diagnostic["related"];
  /** `said.page` in brief and why the page says so, where it goes on to say it (PageDifference.reason). */
  readonly reason?: { readonly brief: string; readonly why: string } | undefined;
}

/** Where a container's fields are, from a difference's `about`: "response.fields.a.items.fields.b.since" → "response.fields.a.items.fields". */
export const fieldsOf = (about: string): string => about.slice(0, about.lastIndexOf(".fields.") + ".fields".length);

/**
 * One page-container-mismatch per container of the page: a container with one difference keeps its own line; one
 * with more is one error at the first's place, each difference a line at the page's place, named from the
 * container's fields (what follows the head's path, the key a deviation is recorded under).
 */
export function containerMismatches(mismatches: readonly ContainerMismatch[]): Diagnostic[] {
  const groups = new Map<string, ContainerMismatch[]>();
  for (const m of mismatches) {
    const key = `${m.said.type}\u0000${fieldsOf(m.said.about)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [ContainerMismatch, ...ContainerMismatch[]];
    if (group.length === 1) return diagnostic("page-container-mismatch", first.at, first.said, first.related);
    const fields = fieldsOf(first.said.about);
    // A reason shared by several lines (fields beyond the saved facts, which no page printed) is said once, after them.
    const reasons = new Map<string, { words: Set<string>; at: Diagnostic["related"] }>();
    const related = group.flatMap((m) => {
      const words = m.reason?.brief ?? m.said.page;
      if (m.reason !== undefined) {
        const known = reasons.get(m.reason.why) ?? { words: new Set<string>(), at: m.related };
        reasons.set(m.reason.why, { words: known.words.add(words), at: known.at });
      }
      return m.related.map((r) => ({
        ...r,
        message: `${m.said.about.slice(fields.length + 1)}: the spec says ${m.said.spec}, the page says ${words}`,
      }));
    });
    for (const [reason, { words, at }] of reasons)
      related.push(
        ...at.map((r) => ({ ...r, message: `${[...words].map((w) => `"${w}"`).join(", ")} above: ${reason}` })),
      );
    return diagnostic(
      "page-container-mismatch",
      first.at,
      { ...first.said, about: fields, count: group.length },
      related,
    );
  });
}
