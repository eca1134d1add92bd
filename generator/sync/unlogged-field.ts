// A field a release adds that the page's changelog, which lists rows for its
// other fields, has no row for: the version sync writes is then the field
// list's alone, one the changelog does not confirm (a field new in the release
// has its row there as a rule). Said where the field is added, by --check and
// by sync, so that the version is checked before the spec records it.

import type { PageField, SipsPage } from "../read/page/page-model.js";
import type { PageDifference } from "./page-difference.js";

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
