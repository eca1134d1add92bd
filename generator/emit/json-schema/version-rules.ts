import { allFields, containerOf } from "../../model/field-shape.js";
import toRegexRange from "to-regex-range";
import type { FieldModel, VersionModel } from "../../model/field-model.js";
import type { JsonObject } from "../../model/json-value.js";
import { compareVersions } from "../../model/versions.js";
import { versioned } from "../validators/version-checks.js";
import { VERSION_PART } from "./value-schema.js";

/**
 * The interface-version rule as JSON Schema: for each version V in which some
 * field appeared, "if the message declares a version older than V, the fields
 * that appeared in V are absent". Nested fields are reached through their
 * containers and lists. Where a request has a floor (model/version-floor.ts),
 * a version below it is the one error, as in its validator: the rules hold
 * versions from the floor on, and none is written for a V at or below it.
 * Nor for a V of 1.0 or earlier, which the validators check no field against.
 */
export function versionRules(
  fields: readonly FieldModel[],
  versionField: string,
  prefix: string,
  floor: VersionModel | null = null,
): JsonObject[] {
  const versions = distinctVersions(fields).filter((v) => floor === null || compareVersions(v, floor) > 0);
  const fromFloor = floor === null ? {} : { not: { type: "string", pattern: olderThan(prefix, floor) } };
  return versions.map((since) => ({
    if: {
      properties: { [versionField]: { type: "string", pattern: olderThan(prefix, since), ...fromFloor } },
      required: [versionField],
    },
    then: absentSince(fields, since) ?? {},
  }));
}

/** A pattern matching "<prefix><major>.<minor>" for every version older than `v`. */
export function olderThan(prefix: string, v: VersionModel): string {
  const branches: string[] = [];
  if (v.major > 0) branches.push(`(?:${toRegexRange(0, v.major - 1)})\\.${VERSION_PART}`);
  if (v.minor > 0) branches.push(`${v.major}\\.(?:${toRegexRange(0, v.minor - 1)})`);
  // Version 0.0 has nothing older: a pattern that matches nothing.
  return branches.length === 0 ? "(?!)" : `^${prefix}(?:${branches.join("|")})$`;
}

/** The schema that forbids, at any depth, the fields that appeared in `since`; undefined when there are none. */
function absentSince(fields: readonly FieldModel[], since: VersionModel): JsonObject | undefined {
  const properties: JsonObject = {};
  for (const field of fields) {
    if (field.since && compareVersions(field.since, since) === 0) {
      properties[field.name] = false;
      continue;
    }
    const nested = nestedAbsent(field, since);
    if (nested) properties[field.name] = nested;
  }
  // Types are restated so that a strict validator (ajv strictTypes) reads the rule unambiguously.
  return Object.keys(properties).length > 0 ? { type: "object", properties } : undefined;
}

function nestedAbsent(field: FieldModel, since: VersionModel): JsonObject | undefined {
  const held = containerOf(field);
  const rule = held ? absentSince(held.fields, since) : undefined;
  return rule && field.type.kind === "list" ? { type: "array", items: rule } : rule;
}

/** The versions after 1.0 that fields appeared in: one of 1.0 or earlier is in every version, as the validators hold it. */
function distinctVersions(fields: readonly FieldModel[]): VersionModel[] {
  const found = new Map<string, VersionModel>();
  for (const f of allFields(fields)) if (versioned(f)) found.set(f.since.text, f.since);
  return [...found.values()].sort(compareVersions);
}
