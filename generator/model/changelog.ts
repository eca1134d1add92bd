import { containerOf } from "./field-shape.js";
import { compareText } from "../rules/code-point-order.js";
import type { FieldModel, VersionModel } from "./field-model.js";
import type { ChangelogRowModel, MessageModel } from "./operation-model.js";
import { compareVersions, newerVersion } from "./versions.js";

/**
 * The operation's changelog, derived from the fields: one row per field and
 * enclosing container, marked Request, Response or Request/Response. A field
 * in both messages takes the newer of its two versions, the one from which
 * both carry it (this is how the Sips pages print `seal`); where either is
 * undocumented, so is that one. Fields whose version is undocumented come last. Where the operation has a page, `pageOrder` (its
 * changelog rows) orders the table as the page does, rows it lacks after.
 */
export function buildChangelog(
  request: MessageModel,
  response: MessageModel,
  pageOrder: readonly { readonly field: string; readonly container: string }[] = [],
): ChangelogRowModel[] {
  const rows = new Map<string, ChangelogRowModel>();
  const add = (field: FieldModel, container: string, attendance: "Request" | "Response"): void => {
    const key = `${container}\u0000${field.name}`;
    const earlier = rows.get(key);
    // A row met again in a message that has it already (one container type held under one name at two places)
    // stays that message's: only the other message makes it Request/Response.
    if (!earlier) rows.set(key, { version: field.since, field: field.name, attendance, container });
    else if (earlier.attendance !== attendance && earlier.attendance !== "Request/Response")
      rows.set(key, { ...earlier, version: bothSince(earlier.version, field.since), attendance: "Request/Response" });
    for (const [child, name] of nested(field)) add(child, name, attendance);
  };
  for (const field of request.fields) add(field, "", "Request");
  for (const field of response.fields) add(field, "", "Response");
  const onPage = new Map(pageOrder.map((r, index) => [`${r.container}\u0000${r.field}`, index]));
  // Each row's place on the page found once, not at each comparison.
  const placed = [...rows].map(([key, row]) => ({ row, position: onPage.get(key) ?? Infinity }));
  return placed
    .sort(
      (a, b) =>
        comparePositions(a.position, b.position) ||
        compareSince(b.row.version, a.row.version) ||
        compareText(a.row.container, b.row.container) ||
        compareText(a.row.field, b.row.field),
    )
    .map((p) => p.row);
}

/**
 * A callback's changelog (what Sips posts back, with a page of its own): its
 * fields' rows, Response as its page prints them, in its page's order as an
 * operation's are (`pageOrder`), else newest first. Kept apart from the
 * operation's rows, so that a callback field never merges with a response
 * field of the same name.
 */
export function buildCallbackChangelog(
  callback: MessageModel,
  pageOrder: readonly { readonly field: string; readonly container: string }[] = [],
): ChangelogRowModel[] {
  return buildChangelog({ ...callback, fields: [] }, callback, pageOrder);
}

/** The fields a container or a list of containers holds, with the name they are listed under. */
function nested(field: FieldModel): [FieldModel, string][] {
  return (containerOf(field)?.fields ?? []).map((child) => [child, field.name]);
}

/** The version from which both messages carry a field: unknown where either message's is. */
const bothSince = (a: VersionModel | null, b: VersionModel | null): VersionModel | null =>
  a && b ? newerVersion(a, b) : null;

const comparePositions = (a: number, b: number): number => (a === b ? 0 : a < b ? -1 : 1);

/** Undocumented sorts as the oldest, so that it comes last in a newest-first table. */
const compareSince = (a: VersionModel | null, b: VersionModel | null): number =>
  a && b ? compareVersions(a, b) : a ? 1 : b ? -1 : 0;
