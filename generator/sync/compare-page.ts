// Compares an operation of the spec with the page it cites (one that names it: see
// page-of-other-operation.ts): summary,
// the documents to read first, recommended interfaceVersions, every address of every environment and the
// method, both field lists, and the changelog rows that the fields give.
// `kept` holds the facts the spec keeps on purpose (source.deviations): a fix
// that rewrites several facts at once leaves those as the spec has them.

import { buildChangelog } from "../model/changelog.js";
import type { ChangelogRowModel, OperationModel } from "../model/operation-model.js";
import { compareEndpoints, recommendedDifferences } from "./compare-page-endpoints.js";
import { compareMessage } from "./compare-page-message.js";
import { readFirstDifferences } from "./compare-read-first.js";
import type { PageFact, SipsPage } from "../read/page/page-model.js";
import { squash } from "../rules/meanings.js";
import { quotedOrNothing, type PageDifference } from "./page-difference.js";
import { withUnloggedFields } from "./unlogged-field.js";

export function comparePage(
  op: OperationModel,
  page: SipsPage,
  kept: ReadonlySet<string> = new Set(),
): PageDifference[] {
  const top = { file: page.file, line: 1, column: 1 };
  const out: PageDifference[] = [];
  const scalar = (about: string, spec: string | null, fact: PageFact<string> | null): void => {
    if (fact === null || (spec !== null && squash(spec) === squash(fact.value))) return;
    out.push({
      about,
      spec: quotedOrNothing(spec),
      page: quotedOrNothing(fact.value),
      pageAt: fact.at,
      place: { in: "operation", path: about.split(".") },
      fix: { kind: "set-operation", path: about.split("."), value: fact.value },
    });
  };
  scalar("summary", op.summary, page.summary);
  out.push(...readFirstDifferences(op, page));
  out.push(...recommendedDifferences(op, page, kept));
  out.push(...compareEndpoints(op, page, kept));
  out.push(...withUnloggedFields(compareMessage(op.request, page.request, page.file), page, kept));
  out.push(...withUnloggedFields(compareMessage(op.response, page.response, page.file), page, kept));
  out.push(...compareChangelog(buildChangelog(op.request, op.response), page, top, (field) => placeOf(op, field)));
  return out;
}

/**
 * The rows the spec's fields give (an operation's, or its callback's) against the page's rows, by field and
 * container. Versions are compared with the field lists already; here what is
 * left is a field on one side only or another attendance.
 */
export function compareChangelog(
  rows: readonly ChangelogRowModel[],
  page: SipsPage,
  top: PageDifference["pageAt"],
  placeOf: (field: string) => PageDifference["place"],
): PageDifference[] {
  if (page.changelog.length === 0) return [];
  const key = (container: string, field: string) => `${container}\u0000${field}`;
  const derived = new Map(rows.map((r) => [key(r.container, r.field), r]));
  const printed = new Map(page.changelog.map((r) => [key(r.container, r.field), r]));
  const out: PageDifference[] = [];
  for (const row of page.changelog) {
    const ours = derived.get(key(row.container, row.field));
    if (ours && ours.attendance !== row.attendance) {
      const about = `changelog.${row.field}`;
      out.push({
        about,
        spec: `attendance ${ours.attendance}`,
        page: `attendance ${row.attendance}`,
        pageAt: row.at,
        place: placeOf(row.field),
        fix: null,
      });
    }
  }
  // By place, as rows are: a container's field the page does not print is not listed by a top field of its name.
  const listed = new Set(
    [...page.request.fields, ...page.response.fields].map((f) => key(f.container?.value ?? "", f.name)),
  );
  for (const row of derived.values()) {
    // A field missing from the page's lists is reported once, as a field.
    if (printed.has(key(row.container, row.field)) || !listed.has(key(row.container, row.field))) continue;
    const at = page.changelog[0]?.at ?? top;
    out.push({
      about: `changelog.${row.field}`,
      spec: `a ${row.attendance} row`,
      page: "no row",
      pageAt: at,
      place: placeOf(row.field),
      fix: null,
    });
  }
  return out;
}

const placeOf = (op: OperationModel, field: string): PageDifference["place"] => {
  const kind = op.request.fields.some((f) => f.name === field) ? "request" : "response";
  return { in: "operation", path: [kind, "fields", field] };
};
