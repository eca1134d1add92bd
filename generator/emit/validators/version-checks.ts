// The checks of the interface versions fields appeared in: a field newer
// than the version a message is checked against is reported where it is.
// Only containers that hold such fields (at any depth) take that version.

import { allFields } from "../../model/field-shape.js";
import type { ContainerModel, FieldModel, VersionModel } from "../../model/field-model.js";
import type { MessageModel } from "../../model/operation-model.js";
import { type Code, ts } from "../ts/code.js";
import { call, condition } from "../ts/layouts.js";
import { ifElse, statements } from "../ts/block-layouts.js";
import { runtime } from "../ts/symbols.js";
import { local, pointerTo, report, using, type Where } from "./where.js";

const is = runtime.issues;

const versionNumber = (version: VersionModel): number => version.major * 10000 + version.minor;

/** Interface versions start at 1.0: a field of 1.0 is in every version, and is not checked against one. */
export const versioned = (field: FieldModel): field is FieldModel & { since: VersionModel } =>
  field.since !== null && versionNumber(field.since) > 10000;

/** The fields whose version the checks compare: those after the floor, where a request has one. */
export function versionCompared(fields: readonly FieldModel[], where: Where): (FieldModel & { since: VersionModel })[] {
  const lowest = where.floor?.version ?? 0;
  return fields.filter(versioned).filter((f) => versionNumber(f.since) > lowest);
}

/**
 * Fields that appeared after the version checked against, in one block that
 * runs only when that version is older than the newest of them: a message of
 * a recent version pays one comparison. Below a request's floor the version
 * is itself the error (value-checks.ts for the declared one, pinnedFloorError
 * for one pinned), and no field is compared with it: a field of the floor or
 * earlier is then never newer than a version checked.
 */
export function versionChecks(fields: readonly FieldModel[], where: Where): Code[] {
  const lowest = where.floor?.version ?? 0;
  const checked = versionCompared(fields, where);
  if (checked.length === 0) return [];
  using(where, "version", "pinned", "declared");
  const newest = Math.max(...checked.map((f) => versionNumber(f.since)));
  const issues = checked.map((f) => {
    const since = versionNumber(f.since);
    // Inside the block the version is older than the newest field's: only an older field needs its own compare.
    const present = ts`${local(f.name)} !== undefined`;
    return ifElse([
      [
        since === newest ? present : condition("&&", [present, ts`version < ${since}`]),
        report(
          where,
          "lenient",
          call(is.sinceIssue, [
            pointerTo(where, [f.name]),
            ts`${f.since.major}`,
            ts`${f.since.minor}`,
            ts`pinned`,
            where.declared,
            local(f.name),
          ]),
        ),
      ],
    ]);
  });
  return [ifElse([[condition("&&", [ts`version >= ${lowest}`, ts`version < ${newest}`]), statements(issues)]])];
}

/**
 * Whether the checks of a message or a container need the version checked
 * against: a request's version field is checked with it, and a field that
 * appeared after 1.0, at any depth, against it.
 */
export const checksVersions = (holder: ContainerModel | MessageModel): boolean =>
  ("versionField" in holder && holder.unknownFields === "error" && holder.versionField !== null) ||
  allFields(holder.fields).some(versioned);
