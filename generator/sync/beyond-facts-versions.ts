// A field beyond a message's saved facts (after factsStop.after, or any field
// where the stop has no after) is one no page printed: a request sample, an SDK
// or an integration names it, and none of them gives the interface version it
// appeared in. A version written there is no source's, yet the validators hold
// it: a request declaring an earlier version that carries the field is refused.
// The comparison with the page reads only the fields the page prints, so such a
// version (one copied from another operation whose page prints the field) went
// unreported.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { MessageModel } from "../model/operation-model.js";
import type { PageDifference, SpecMessage } from "./page-difference.js";

/**
 * A difference for each top-level field beyond the saved facts that the page does not print and the spec gives a
 * version: sync writes `undocumented`. A field the page prints beyond them is the page's (facts-stop-reach.ts moves
 * the stop past it, and its version is compared with the page's), not one of these.
 */
export function beyondFactsVersions(
  spec: MessageModel,
  printed: ReadonlySet<string>,
  as: SpecMessage,
  pageAt: SourceLocation,
): PageDifference[] {
  const stop = spec.factsStop;
  if (stop === null) return [];
  const names = spec.fields.map((f) => f.name);
  const from = stop.after === null ? 0 : names.indexOf(stop.after) + 1;
  return spec.fields.slice(from).flatMap((field) =>
    field.since === null || printed.has(field.name)
      ? []
      : [
          {
            about: `${as}.fields.${field.name}.since`,
            spec: field.since.text,
            page: `no version: the field is beyond the saved facts (${as}.factsStop), which no page printed, and a sample or an SDK that names a field gives no version of it`,
            pageAt,
            place: { in: "operation", path: [as, "fields", field.name, "since"] },
            fix: {
              kind: "set-field",
              message: as,
              at: [as, "fields"],
              field: field.name,
              key: "since",
              value: "undocumented",
            },
          },
        ],
  );
}
