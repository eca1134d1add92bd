// A request field a release adds in a version later than the operation's
// recommended one, or moves to such a version: the client declares the
// recommended version when a call gives none, and the validators refuse a
// field of a later version, so the field is out of reach of a call that gives
// none (and where it was already, the version a call must give moved). The change stays what it
// is (additive where the field is optional; a required one there is refused
// by the spec's checks, recommended-below-floor); its line says what to do.

import { versioned } from "../emit/validators/version-checks.js";
import type { OperationModel } from "../model/operation-model.js";
import { compareVersions } from "../model/versions.js";
import type { Change } from "./change.js";
import { fieldsByPointer } from "./field-places.js";

/** `changes` with a note on each request field added, or whose version moved, after `op`'s recommended version. */
export function withBeyondRecommended(op: OperationModel, changes: readonly Change[]): Change[] {
  const { prefix, recommended, recommendedVersion } = op.interfaceVersion;
  if (op.request.versionField === null || recommended === null || recommendedVersion === null) return [...changes];
  const fields = fieldsByPointer(op.request.fields);
  return changes.map((change) => {
    const noted = change.kind === "field-added" || change.kind === "since";
    if (!noted || change.message !== "request" || change.field === null) return change;
    const field = fields.get(change.field);
    if (!field || !versioned(field) || compareVersions(field.since, recommendedVersion) <= 0) return change;
    const since = `${prefix}${field.since.text}`;
    return {
      ...change,
      summary: `${change.summary} Later than the recommended ${recommended}, which the client declares for a call that gives no interfaceVersion and under which the field is refused: a call that sets it must give interfaceVersion ${since} or later (in the request or the client's interfaceVersions), or raise interfaceVersion.recommended to ${since} once Sips supports it.`,
    };
  });
}
