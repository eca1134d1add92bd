// Checks that span a page's parts: a field listed twice, and changelog rows
// that the field lists do not back (an unknown field, another version).

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PageField, PageMessage, SipsPage } from "./page-model.js";
import { PAGE_VERSION } from "./page-model.js";

export function checkPage(page: SipsPage): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkDuplicates(page.request, "Request", out);
  checkDuplicates(page.response, "Response", out);
  const request = byName(page.request);
  const response = byName(page.response);
  // A message an operation's page lacks (page-missing-section) backs no row and contradicts none.
  const lacks = { request: page.request.at === null && page.kind === "operation", response: page.response.at === null };
  for (const row of page.changelog) {
    const sides = [
      row.attendance !== "Response" ? { lacking: lacks.request, field: request.get(row.field) } : null,
      row.attendance !== "Request" ? { lacking: lacks.response, field: response.get(row.field) } : null,
    ].filter((side) => side !== null);
    if (sides.some((side) => !side.lacking && side.field === undefined)) {
      out.push(diagnostic("page-changelog-field", row.at, { field: row.field, attendance: row.attendance }));
      continue;
    }
    // The row's version is the newest of its sides': unknown while a side is lacking.
    const listed = sides.some((side) => side.lacking)
      ? null
      : newest(sides.map((side) => side.field?.since?.value ?? null));
    if (listed !== null && PAGE_VERSION.test(row.version) && listed !== row.version) {
      out.push(diagnostic("page-changelog-version", row.at, { field: row.field, row: row.version, listed }));
    }
  }
  return out;
}

function checkDuplicates(message: PageMessage, name: string, out: Diagnostic[]): void {
  const seen = new Map<string, PageField>();
  for (const field of message.fields) {
    const first = seen.get(field.name);
    if (first)
      out.push(
        diagnostic("page-duplicate-field", field.at, { field: field.name, message: name }, [
          { ...first.at, message: "first listed here" },
        ]),
      );
    else seen.set(field.name, field);
  }
}

/** Fields by name, the first of duplicates (containers' fields are listed with their container's name too). */
const byName = (message: PageMessage): Map<string, PageField> => {
  const map = new Map<string, PageField>();
  for (const field of [...message.fields].reverse()) map.set(field.name, field);
  return map;
};

/** The newest of the versions, null when one is unknown (a version defect is reported where it is printed). */
function newest(versions: readonly (string | null)[]): string | null {
  if (versions.some((v) => v === null)) return null;
  return (versions as string[]).reduce<string | null>(
    (found, v) => (found === null || compare(v, found) > 0 ? v : found),
    null,
  );
}

const compare = (a: string, b: string): number => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
};
