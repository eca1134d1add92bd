// Checks that span a page's parts: a field, or a value of a field's list,
// listed twice, a value without a meaning, and changelog rows that the field
// lists do not back (an unknown field, another version). A field is known by its container and its
// name: a container's field may bear the name of a field of the message (or of
// another container), as its row in the changelog bears the container's name.

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PageField, PageMessage, PageValue, SipsPage } from "./page-model.js";
import { PAGE_VERSION } from "./page-model.js";

export function checkPage(page: SipsPage): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkDuplicates(page.request, "Request", out);
  checkDuplicates(page.response, "Response", out);
  checkContainers(page.request, "Request", out);
  checkContainers(page.response, "Response", out);
  const request = byPlace(page.request);
  const response = byPlace(page.response);
  // A message an operation's page lacks (page-missing-section) backs no row and contradicts none.
  const lacks = { request: page.request.at === null && page.kind === "operation", response: page.response.at === null };
  for (const row of page.changelog) {
    const sides = [
      row.attendance !== "Response"
        ? { lacking: lacks.request, field: request.get(placeKey(row.container, row.field)) }
        : null,
      row.attendance !== "Request"
        ? { lacking: lacks.response, field: response.get(placeKey(row.container, row.field)) }
        : null,
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
    const key = placeKey(field.container?.value ?? "", field.name);
    const first = seen.get(key);
    if (first)
      out.push(
        diagnostic("page-duplicate-field", field.at, { field: field.name, message: name }, [
          { ...first.at, message: "first listed here" },
        ]),
      );
    else seen.set(key, field);
    checkValues(field, name, out);
  }
}

/**
 * A value listed twice: sync took the meanings printed last, and the others went unread. A value printed without
 * a meaning (its "- " lines lost, or a copy cut after it): sync gave it its code as its meaning, which no page says.
 */
function checkValues(field: PageField, name: string, out: Diagnostic[]): void {
  const seen = new Map<string, PageValue>();
  for (const value of field.values) {
    if (value.meanings.length === 0)
      out.push(
        diagnostic("page-value-without-meaning", value.at, { value: value.value, field: field.name, message: name }),
      );
    const first = seen.get(value.value);
    if (first)
      out.push(
        diagnostic("page-duplicate-value", value.at, { value: value.value, field: field.name, message: name }, [
          { ...first.at, message: "first listed here" },
        ]),
      );
    else seen.set(value.value, value);
  }
}

/**
 * What a field's `- Container` makes of the fields it names: a field that holds fields is a container, which lists no
 * values (sync made a value list of them that named the container's type too); and no field is held by itself.
 */
function checkContainers(message: PageMessage, name: string, out: Diagnostic[]): void {
  const held = new Map<string, string[]>();
  for (const field of message.fields)
    if (field.container) held.set(field.container.value, [...(held.get(field.container.value) ?? []), field.name]);
  const containerOf = new Map(message.fields.map((f) => [f.name, f.container?.value ?? null]));
  for (const field of message.fields) {
    const inside = held.get(field.name);
    const [first] = field.values;
    if (inside && first)
      out.push(
        diagnostic("page-container-values-listed", first.at, {
          field: field.name,
          message: name,
          held: inside.join(", "),
        }),
      );
    const chain = [field.name];
    for (let up = field.container?.value ?? null; up !== null && chain.length <= message.fields.length;) {
      chain.push(up);
      if (up === field.name) {
        const at = field.container?.at ?? field.at;
        out.push(
          diagnostic("page-container-cycle", at, { field: field.name, message: name, chain: chain.join(" in ") }),
        );
        break;
      }
      up = containerOf.get(up) ?? null;
    }
  }
}

/** A field's place: its container ("" at the message's top) and its name. */
const placeKey = (container: string, name: string): string => `${container}\u0000${name}`;

/** Fields by place, the first of duplicates. */
const byPlace = (message: PageMessage): Map<string, PageField> => {
  const map = new Map<string, PageField>();
  for (const field of [...message.fields].reverse()) map.set(placeKey(field.container?.value ?? "", field.name), field);
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
