// A field a release adds that the page's changelog, which lists rows for its
// other fields, has no row for: the version sync writes is then the field
// list's alone, one the changelog does not confirm (a field new in the release
// has its row there as a rule). Said where the field is added, by --check and
// by sync, so that the version is checked before the spec records it. Where
// the changelog prints no rows at all (most saved copies: the page's text ends
// at its heading, whether the table is empty or the copy was cut there), every
// field would be said so: the run says it once, for all of them.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PageField, SipsPage } from "../read/page/page-model.js";
import { compareText } from "../rules/code-point-order.js";
import type { PageDifference, SyncSubject } from "./page-difference.js";

/** The words that say so, or null where the changelog has the field's row or prints no rows at all. */
export function unloggedField(field: PageField, page: SipsPage): string | null {
  if (page.changelog.length === 0) return null;
  const container = field.container?.value ?? "";
  if (page.changelog.some((r) => r.field === field.name && r.container === container)) return null;
  const since = field.since?.value;
  return `the page's changelog has no row for it${since === undefined ? "" : `, so ${since} is the field list's version alone: check it`}`;
}

/**
 * The differences, each field to add that the changelog has no row for saying so beside the page's words; one a
 * deviation keeps (`kept`) is not added, and its page's side stays the page's words alone (what its page: records).
 */
export function withUnloggedFields(
  differences: readonly PageDifference[],
  page: SipsPage,
  kept: ReadonlySet<string>,
): PageDifference[] {
  return differences.map((d) => {
    const said = d.fix?.kind === "add-field" && !kept.has(d.about) ? unloggedField(d.fix.field, page) : null;
    return said === null ? d : { ...d, page: `${d.page}; ${said}` };
  });
}

/** One line for the run, at the first field added from a page whose changelog prints no rows; null where none is. */
export function fieldsOfRowlessChangelogs(subjects: readonly SyncSubject[]): Diagnostic | null {
  const added = subjects.flatMap(({ page, differences }) =>
    page.changelog.length > 0 ? [] : differences.filter((d) => d.fix?.kind === "add-field").map((d) => ({ d, page })),
  );
  const first = added[0];
  if (first === undefined) return null;
  const pages = [...new Set(added.map(({ page }) => page.file.split(/[\\/]/).at(-1) ?? page.file))].sort(compareText);
  return diagnostic("page-changelog-no-rows", first.d.pageAt, { fields: added.length, pages });
}
