// The value and description plans as `sync --check` prints them: each change
// a page-mismatch at its place in the spec, the page's place beside it; a
// page's values for a container's field, and values no operation takes, as
// information.

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { SpecPlace } from "./page-difference.js";
import { ownerOf } from "./spec-places.js";
import type { PlanDifference } from "./plan-difference.js";
import type { UnwrittenRecommended } from "./held-recommended.js";
import type { PrefixHeld, ValuePlan } from "./value-plan.js";

export function planDiagnostics(
  differences: readonly PlanDifference[],
  plan: ValuePlan,
  spec: ValidSpec,
  /** By operation, the recommended versions a held move leaves unwritten (held-recommended.ts). */
  unwritten: ReadonlyMap<string, UnwrittenRecommended> = new Map(),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of differences) {
    const at = placeOf(d.place, d.operation, spec);
    // An operation without a saved page has no page to disagree with: the page beside it is one that grew the list.
    if (d.pageless) {
      const related = d.pageAt ? [{ ...d.pageAt, message: "the page that adds to the list" }] : [];
      const params = { about: d.about, operation: d.operation, spec: d.spec, kept: d.page };
      out.push(diagnostic("page-values-kept", at, params, related));
      continue;
    }
    const related = d.pageAt ? [{ ...d.pageAt, message: "the page" }] : [];
    out.push(diagnostic("page-mismatch", at, { about: d.about, spec: d.spec, page: d.page }, related));
  }
  for (const c of plan.containers)
    out.push(
      diagnostic("page-container-values", c.at, {
        field: c.field,
        container: c.container,
        printed: c.printed.join(", "),
        list: c.list === null ? "no value list" : `every value of list ${c.list}`,
        why: typeof c.held === "string" ? WHY[c.held] : `${c.held.shared}; nothing written`,
      }),
    );
  for (const h of plan.held) {
    const at = placeOf({ in: "value-list", list: h.list, path: ["values", h.from] }, "", spec);
    out.push(
      diagnostic("page-prefix-held", at, heldParams(h, unwritten), h.at ? [{ ...h.at, message: "the page" }] : []),
    );
  }
  for (const list of plan.lists)
    for (const value of list.unused) {
      const at = placeOf({ in: "value-list", list: list.list, path: ["values", value] }, "", spec);
      out.push(diagnostic("page-unused-value", at, { value, list: list.list }));
    }
  return out;
}

/** Why a move is held, and the edits that settle it: the value renamed for every operation of the interface, or the move kept out. */
function heldParams(h: PrefixHeld, unwritten: ReadonlyMap<string, UnwrittenRecommended>) {
  const other = h.others.map(
    (o) =>
      `${o.operation} (${o.prints !== null ? `its page prints ${o.prints}` : o.paged ? "its page prints no value of it" : "it has no saved page"})`,
  );
  const takes =
    h.texts.length > 1
      ? `the pages print ${h.texts.join(" and ")} for it`
      : `${other.join(", ")} ${other.length === 1 ? "takes" : "take"} it too`;
  // Both deviations, said as one edit: the values alone would let sync write the new major's recommended version.
  // Where a page recommends a version per interface, the deviation is about the held interface's alone.
  const keep = h.operations.map((op) => {
    const about = unwritten.get(op)?.about ?? [];
    return `record request.fields.${h.field}.values under ${op}'s source.deviations, and ${about.length === 0 ? "interfaceVersion.recommended" : about.join(", ")} beside it where its page recommends a version of ${h.to}`;
  });
  return {
    about: `valueLists.${h.list}.values.${h.from}`,
    pages: h.pages.join(", "),
    to: h.to,
    from: h.from,
    prefix: h.prefix,
    others: takes,
    edits: `where every operation of the interface moves, save the release of their pages (or rename ${h.from} to ${h.to} by hand, in the list and in each values:, meanings: and source.deviations about that names it); else, to keep ${h.from}, ${keep.join(" and ")}; until then ${unwrittenWords(h, unwritten)}`,
  };
}

/**
 * What sync leaves unwritten until then, version by version: the held major's own and, where a page recommends one
 * per interface, each other that waits with it (one edit writes them all), as their differences' notes say.
 */
function unwrittenWords(h: PrefixHeld, unwritten: ReadonlyMap<string, UnwrittenRecommended>): string {
  const left = h.operations.flatMap((op) => {
    const versions = unwritten.get(op);
    if (versions === undefined || versions.unwritten.length === 0) return [];
    const own = versions.unwritten.filter((v) => versions.opening.includes(v));
    const waiting = versions.unwritten.filter((v) => !versions.opening.includes(v));
    const words =
      own.length === 0
        ? `${waiting.join(", ")} for ${op}, which ${waiting.length === 1 ? "waits" : "wait"} with ${versions.opening.join(", ")}`
        : `${own.join(", ")} for ${op}${waiting.length === 0 ? "" : `, nor ${waiting.join(", ")} beside it`}`;
    return [{ own, waiting, words }];
  });
  if (left.length === 0)
    return `sync writes no recommended version of ${h.to} for ${h.operations.join(", ")} either, as the client would declare it in every request that gives none`;
  const declared = [...new Set(left.flatMap((l) => l.own))];
  const together = left.some((l) => l.waiting.length > 0) ? ", one edit writing every recommended version" : "";
  const why =
    declared.length === 0
      ? ""
      : `, as the client would declare ${declared.join(", ")} in every request that gives none`;
  return `sync writes no interfaceVersion.recommended ${left.map((l) => l.words).join(" and ")}${together}${why}`;
}

/** What is true of the page's values, by who holds the container. */
const WHY = {
  added:
    "a field the page adds: sync writes it, linked to the list of its name where that has these values, else to one made of them where no list has its name",
  own: "sync does not change a container field's list; edit it by hand",
  "other-list":
    "the value list of its name has other values, and a container's field takes its whole list: sync links none, each page's values holding for its own operation; link it by hand if this operation takes them all",
  "other-pages":
    "other pages list other values for a container field of its name, and a container's field takes its whole list: sync makes no list of them, each page's values holding for its own operation; make one by hand if an operation takes them all",
  "top-level":
    "a top-level field's page makes the value list of its name in this run, of that field's values, and a container's field takes its whole list: sync links none, each page's values holding for its own operation; link it by hand if this operation takes them all",
} as const;

/** A place in the spec as file:line:column; a list or field not written yet is placed where it will go. */
function placeOf(place: SpecPlace, operation: string, spec: ValidSpec): SourceLocation {
  if (place.in === "operation") {
    const op = spec.operations.find((o) => o.raw.operation === operation);
    return op ? op.map.value(place.path) : { file: spec.platform.file.displayPath, line: 1, column: 1 };
  }
  if (place.in === "dictionary-field") {
    const dict = ownerOf(spec.dictionaries, (d) => d.raw.fields?.[place.field] !== undefined);
    if (dict) return dict.map.value(["fields", place.field, ...place.path]);
  } else {
    const dict = ownerOf(spec.dictionaries, (d) => d.raw.valueLists?.[place.list] !== undefined);
    if (dict) return dict.map.value(["valueLists", place.list, ...place.path]);
    const lists = ownerOf(spec.dictionaries, (d) => d.raw.valueLists !== undefined);
    if (lists) return lists.map.key(["valueLists"]);
  }
  const first = spec.dictionaries[0];
  return first ? first.map.at(0) : { file: spec.platform.file.displayPath, line: 1, column: 1 };
}
