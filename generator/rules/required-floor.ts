// A request carries each of its required fields, and none may carry a field
// newer than the version it declares: so no request declares a version before
// the latest of the fields it carries. Those are its required fields and, of
// each required container, its required fields, at any depth: a container
// that is sent carries them (an optional one need not be sent, and a list,
// however required, may be empty, carrying no item). The model's floor
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

/** A field as the floor needs it: its name, whether it is required, its version (null: unknown), its own fields. */
export interface FloorField {
  readonly name: string;
  readonly required: boolean;
  readonly since: Version | null;
  /** Where it is a container (an object, not a list of them), its fields; else none. */
  readonly fields?: readonly FloorField[];
}

/** Interface versions start at 1.0: a required field of 1.0 or earlier says nothing of a floor. */
const FIRST: Version = { text: "1.0", major: 1, minor: 0 };

/** The latest version among the fields a request carries, after 1.0, named by path (customer.name); null where none is later. */
export function requiredFieldsFloor(fields: readonly FloorField[]): RequiredFloor | null {
  const carried = carriedFields(fields, "");
  let latest = FIRST;
  for (const f of carried) if (f.since && compare(f.since, latest) > 0) latest = f.since;
  if (latest === FIRST) return null;
  const names = carried.filter((f) => f.since && compare(f.since, latest) === 0).map((f) => f.name);
  return { version: latest, fields: names };
}

/** The required fields, each followed by those a required container of them carries, named by their path. */
function carriedFields(fields: readonly FloorField[], path: string): FloorField[] {
  return fields.flatMap((f) => {
    if (!f.required) return [];
    const name = `${path}${f.name}`;
    return [{ ...f, name }, ...carriedFields(f.fields ?? [], `${name}.`)];
  });
}

/**
 * The same floor for a request as the spec writes it: each field resolved against the dictionary (one that does not
 * resolve is reported elsewhere and left out), a container's fields too; none where the request has no
 * interfaceVersion field, which declares the version such a floor holds.
 */
export function rawRequiredFloor(
  fields: Readonly<Record<string, RawField>>,
  dictionary: ReadonlyMap<string, RawField>,
): RequiredFloor | null {
  const resolved = rawFloorFields(fields, dictionary);
  if (!resolved.some((f) => f.type === "interfaceVersion")) return null;
  return requiredFieldsFloor(resolved);
}

/** Fields as the spec writes them, resolved, as the floor needs them (with their type, to find the version field). */
function rawFloorFields(
  fields: Readonly<Record<string, RawField>>,
  dictionary: ReadonlyMap<string, RawField>,
): (FloorField & { type: string | undefined })[] {
  const resolved: (FloorField & { type: string | undefined })[] = [];
  for (const name in fields) {
    const field = resolveField(name, fields[name] as RawField, dictionary);
    if (!field) continue;
    const since = /^\d+\.\d+$/.test(field.since) ? parseVersion(field.since) : null;
    const required = field.presence === "required";
    // Only a required container's fields are carried by every request.
    const own = required && field.type === "container" && field.fields ? rawFloorFields(field.fields, dictionary) : [];
    resolved.push({ name, required, since, type: field.type, fields: own });
  }
  return resolved;
}
