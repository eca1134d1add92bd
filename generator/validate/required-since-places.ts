// Where a request writes the versions that raise the lowest version it may
// declare above its recommended one (recommended-below-floor): a required
// field's `since` mistyped or copied from another page is as likely a slip as
// the recommended version, so the error points at both.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { RawField, RawOperation } from "../rules/raw-spec.js";
import type { Located } from "./located.js";

/**
 * The `since` of each named required field (a path such as `customer.name`, as rules/required-floor.ts names
 * them) where the operation writes it; a version the dictionary gives, or a field inside a container taken from
 * the dictionary, is written elsewhere and left out.
 */
export function requiredSincePlaces(
  op: Located<RawOperation>,
  names: readonly string[],
  version: string,
): (SourceLocation & { readonly message: string })[] {
  const out: (SourceLocation & { readonly message: string })[] = [];
  for (const name of names) {
    const path: string[] = ["request"];
    let fields: Readonly<Record<string, RawField>> | undefined = op.raw.request.fields;
    let field: RawField | undefined;
    for (const part of name.split(".")) {
      field = fields?.[part];
      if (field === undefined) break;
      path.push("fields", part);
      fields = field.from === "dictionary" ? undefined : field.fields;
    }
    if (field?.since === undefined) continue;
    out.push({ ...op.map.value([...path, "since"]), message: `${name}: required, since ${version}` });
  }
  return out;
}
