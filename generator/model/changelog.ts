import { compareText } from "../diagnostics/diagnostic.js";
import type { ChangelogRowModel, FieldModel, MessageModel } from "./ir.js";
import { compareVersions, newerVersion } from "./versions.js";

/**
 * The operation's changelog, derived from the fields: one row per field name,
 * marked Request, Response or Request/Response. A field in both messages takes
 * the newer of its two versions, the one from which both carry it (this is how
 * the Sips pages print `seal`).
 */
export function buildChangelog(request: MessageModel, response: MessageModel): ChangelogRowModel[] {
  const rows = new Map<string, ChangelogRowModel>();
  const add = (field: FieldModel, attendance: "Request" | "Response"): void => {
    const key = field.name;
    const earlier = rows.get(key);
    rows.set(
      key,
      earlier
        ? { ...earlier, version: newerVersion(earlier.version, field.since), attendance: "Request/Response" }
        : { version: field.since, field: field.name, attendance, container: "" },
    );
  };
  for (const field of request.fields) add(field, "Request");
  for (const field of response.fields) add(field, "Response");
  return [...rows.values()].sort(
    (a, b) => compareVersions(b.version, a.version) || compareText(a.container, b.container) || compareText(a.field, b.field),
  );
}
