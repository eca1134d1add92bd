// A field beyond a message's saved facts (after factsStop.after, or any field
// where the stop has no after) that the page does not print is one no page
// printed: a request sample, an SDK or an integration names it, and none of them
// gives the interface version it appeared in, nor whether Sips asks for it (a
// sample sending a field says nothing of that). A version or a presence written
// there is no source's, yet the validators hold it: a request declaring an
// earlier version that carries the field is refused, and a `required` one
// refuses every request without it (a reply without it is invalid). The
// comparison with the page reads only the fields the page prints, so such claims
// (copied from another operation whose page prints the field) went unreported.
// The platform's rules give some fields to every message whatever its page
// prints: the seal, and in a request the credentials and the interface version;
// those keep `required`.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { PageMessage } from "../read/page/page-model.js";
import type { RawMessage, RawOperation, RawPlatform } from "../rules/raw-spec.js";
import type { FieldKey, PageDifference, SpecMessage } from "./page-difference.js";

/**
 * A difference for each field beyond the saved facts that the spec gives a version: sync writes `undocumented`. A
 * field the page prints beyond them is the page's (facts-stop-reach.ts moves the stop past it, and its version is
 * compared with the page's), not one of these.
 */
export function beyondFactsVersions(spec: MessageModel, page: PageMessage, as: SpecMessage): PageDifference[] {
  return beyondFacts(spec, page).flatMap(({ field, pageAt }) =>
    field.since === null ? [] : [claim(as, field.name, "since", field.since.text, pageAt, "gives no version of it")],
  );
}

/**
 * A difference for each field of the request and the response beyond the saved facts whose presence the operation
 * writes (not the dictionary's) other than undocumented, but `required` on a field the platform's rules give the
 * message: sync writes `undocumented`. The operation's own entry is read, as a presence taken from the dictionary
 * (the seal algorithm field's optional, by the seal rule) is no claim of the operation's.
 */
export function beyondFactsPresence(
  op: OperationModel,
  raw: RawOperation,
  platform: RawPlatform,
  pages: { readonly request: PageMessage; readonly response: PageMessage },
): PageDifference[] {
  return (["request", "response"] as const).flatMap((kind) =>
    beyondFactsPresenceOf(op[kind], raw[kind], pages[kind], kind, platform),
  );
}

/**
 * The same for one message written as `as`: a callback's fields are a response's, whose rules give it the seal
 * alone, and its own page says no more of a field beyond its facts than an operation's does.
 */
export function beyondFactsPresenceOf(
  spec: MessageModel,
  raw: RawMessage,
  page: PageMessage,
  as: SpecMessage,
  platform: RawPlatform,
): PageDifference[] {
  const ruled = (field: FieldModel): boolean =>
    field.name === platform.seal.field ||
    (as === "request" &&
      (field.name === platform.credentials.merchantIdField ||
        field.name === platform.credentials.keyVersionField ||
        field.type.kind === "interfaceVersion"));
  return beyondFacts(spec, page).flatMap(({ field, pageAt }) => {
    const presence = raw.fields[field.name]?.presence;
    return presence === undefined || presence === "undocumented" || (presence === "required" && ruled(field))
      ? []
      : [claim(as, field.name, "presence", presence, pageAt, "does not say whether Sips asks for it")];
  });
}

/** The top-level fields beyond the message's saved facts that the page does not print, with the page's message. */
function beyondFacts(
  spec: MessageModel,
  page: PageMessage,
): { readonly field: FieldModel; readonly pageAt: SourceLocation }[] {
  const stop = spec.factsStop;
  const pageAt = page.at;
  // A page without this message's section says nothing of its fields (page-missing-section).
  if (stop === null || pageAt === null) return [];
  const printed = new Set(page.fields.filter((f) => f.container === null).map((f) => f.name));
  const names = spec.fields.map((f) => f.name);
  const from = stop.after === null ? 0 : names.indexOf(stop.after) + 1;
  return spec.fields
    .slice(from)
    .filter((field) => !printed.has(field.name))
    .map((field) => ({ field, pageAt }));
}

/** The claim, said as the page's absence of it, with the edit that writes undocumented. */
function claim(
  as: SpecMessage,
  field: string,
  key: Exclude<FieldKey, "description">,
  spec: string,
  pageAt: SourceLocation,
  why: string,
): PageDifference {
  const what = key === "since" ? "version" : "presence";
  return {
    about: `${as}.fields.${field}.${key}`,
    spec,
    page: `no ${what}: the field is beyond the saved facts (${as}.factsStop), which no page printed, and a sample or an SDK that names a field ${why}`,
    pageAt,
    place: { in: "operation", path: [as, "fields", field, key] },
    fix: { kind: "set-field", message: as, at: [as, "fields"], field, key, value: "undocumented" },
  };
}
