// A presence the operation writes on a field beyond a message's saved facts is
// no page's: a request sample or an SDK names the field, and a sample sending
// it says nothing of whether Sips asks for it. Yet `required` is held by the
// validators (a request without it is refused, a reply without it is invalid).
// The platform's rules give some fields to every message whatever its page
// prints: the seal, and in a request the credentials and the interface
// version; those keep theirs.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { PageMessage } from "../read/page/page-model.js";
import type { RawMessage, RawOperation, RawPlatform } from "../rules/raw-spec.js";
import type { PageDifference } from "./page-difference.js";

/**
 * A difference for each top-level field of the request and the response beyond the saved facts, not printed by the
 * page, whose presence the operation writes other than undocumented: sync writes undocumented. A field the page
 * prints beyond the stop is the page's (facts-stop-reach.ts), compared with its presence as any other.
 */
export function beyondFactsPresence(
  op: OperationModel,
  raw: RawOperation,
  platform: RawPlatform,
  pages: { readonly request: PageMessage; readonly response: PageMessage },
): PageDifference[] {
  const ruled = (kind: "request" | "response", field: FieldModel): boolean =>
    field.name === platform.seal.field ||
    (kind === "request" &&
      (field.name === platform.credentials.merchantIdField ||
        field.name === platform.credentials.keyVersionField ||
        field.type.kind === "interfaceVersion"));
  return (["request", "response"] as const).flatMap((kind) =>
    claims(op[kind], raw[kind], pages[kind]).flatMap(({ field, presence, pageAt }) =>
      presence === "required" && ruled(kind, field)
        ? []
        : [
            {
              about: `${kind}.fields.${field.name}.presence`,
              spec: presence,
              page: `no presence: the field is beyond the saved facts (${kind}.factsStop), which no page printed, and a sample or an SDK that names a field does not say whether Sips asks for it`,
              pageAt,
              place: { in: "operation", path: [kind, "fields", field.name, "presence"] },
              fix: {
                kind: "set-field",
                message: kind,
                at: [kind, "fields"],
                field: field.name,
                key: "presence",
                value: "undocumented",
              },
            },
          ],
    ),
  );
}

/** The fields beyond the message's saved facts that the page does not print, with the presence the operation writes. */
function claims(
  spec: MessageModel,
  raw: RawMessage,
  page: PageMessage,
): { readonly field: FieldModel; readonly presence: string; readonly pageAt: SourceLocation }[] {
  const stop = spec.factsStop;
  // A page without this message's section says nothing of its fields (page-missing-section).
  const pageAt = page.at;
  if (stop === null || pageAt === null) return [];
  const printed = new Set(page.fields.filter((f) => f.container === null).map((f) => f.name));
  const names = spec.fields.map((f) => f.name);
  const from = stop.after === null ? 0 : names.indexOf(stop.after) + 1;
  return spec.fields.slice(from).flatMap((field) => {
    const presence = raw.fields[field.name]?.presence;
    return presence === undefined || presence === "undocumented" || printed.has(field.name)
      ? []
      : [{ field, presence, pageAt }];
  });
}
