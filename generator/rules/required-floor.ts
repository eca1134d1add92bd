// A request carries each of its required fields, and none may carry a field
// newer than the version it declares: so no request declares a version before
// the latest of its required top-level fields. The model's floor
// (model/version-floor.ts) and the spec's checks of recommended versions and
// examples (validate/) both take it from here, so they agree on it.

import type { RawField } from "./raw-spec.js";
import { resolveField } from "./resolve-field.js";
import { compareVersions as compare, parseVersion, type Version } from "./versions.js";

/** The latest version among a request's required fields, and the fields of that version. */
export interface RequiredFloor {
  readonly version: Version;
  readonly fields: readonly string[];
}

/** A top-level field as the floor needs it: its name, whether it is required, and its version (null: unknown). */
export interface FloorField {
  readonly name: string;
  readonly required: boolean;
  readonly since: Version | null;
}

/** Interface versions start at 1.0: a required field of 1.0 or earlier says nothing of a floor. */
const FIRST: Version = { text: "1.0", major: 1, minor: 0 };

/** The latest version among the required fields, after 1.0; null where none is later. */
export function requiredFieldsFloor(fields: readonly FloorField[]): RequiredFloor | null {
  let latest = FIRST;
  for (const f of fields) if (f.required && f.since && compare(f.since, latest) > 0) latest = f.since;
  if (latest === FIRST) return null;
  const names = fields.filter((f) => f.required && f.since && compare(f.since, latest) === 0).map((f) => f.name);
  return { version: latest, fields: names };
}

/**
 * The same floor for a request as the spec writes it: each top-level field resolved against the dictionary (one that
 * does not resolve is reported elsewhere and left out); none where the request has no interfaceVersion field, which
 * declares the version such a floor holds.
 */
export function rawRequiredFloor(
  fields: Readonly<Record<string, RawField>>,
  dictionary: ReadonlyMap<string, RawField>,
): RequiredFloor | null {
  const resolved: (FloorField & { type: string | undefined })[] = [];
  for (const name in fields) {
    const field = resolveField(name, fields[name] as RawField, dictionary);
    if (!field) continue;
    const since = /^\d+\.\d+$/.test(field.since) ? parseVersion(field.since) : null;
    resolved.push({ name, required: field.presence === "required", since, type: field.type });
  }
  if (!resolved.some((f) => f.type === "interfaceVersion")) return null;
  return requiredFieldsFloor(resolved);
}
