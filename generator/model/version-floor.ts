// The lowest interface version a request of an operation may declare, as
// its interfaceVersion field's prefix values say: a page prints one as
// CD_EF_2. (the interface's 2.x versions), and a value may give a minor too
// (CD_EF_2.47). Its required fields say it too (and those of a required
// container, which every request sends): a request carries each of them, and
// none may carry a field newer than the version it declares, so no request
// declares a version before the latest of them (where the values give no
// version, CD_EF_, but every field of the request, its version field
// included, appeared in 2.37, that is 2.37). The floor is the later of the
// two. The validators refuse a request below it (later versions stay accepted: Sips
// releases them before the pages list them), so a field's `since` at or
// below it restricts no valid request.

import type { FieldModel, VersionModel } from "./field-model.js";
import { requiredFieldsFloor, type FloorField } from "../rules/required-floor.js";
import { valuesFloor } from "../rules/values-floor.js";
import { valuesOf } from "./field-shape.js";
import type { MessageModel } from "./operation-model.js";
import { compareVersions } from "./versions.js";

/** A version below which no request declares one, and the facts that say so. */
export interface VersionFloor {
  readonly version: VersionModel;
  /** The version field's values of the message's interface, as printed, where they give the floor; else empty. */
  readonly values: readonly string[];
  /** The required fields of the floor's version, where they give a later one than the values (or the values none). */
  readonly required: readonly string[];
}

/**
 * The floor of a message's versions: the later of the lowest that its version field's prefix values of the
 * message's interface allow and the latest version among its required fields; null where neither gives one (the
 * values missing or one saying nothing of the version, as CD_EF_ and AB_x.x do, and no required field after 1.0).
 */
export function versionFloor(message: MessageModel): VersionFloor | null {
  const byValues = ownValuesFloor(message);
  const byFields = requiredFloor(message);
  return byFields && (!byValues || compareVersions(byFields.version, byValues.version) > 0) ? byFields : byValues;
}

/** The lowest version the message's own prefix values allow (rules/values-floor.ts, which the spec's checks share). */
function ownValuesFloor(message: MessageModel): VersionFloor | null {
  const field = message.fields.find((f) => f.name === message.versionField);
  const taken = field ? valuesOf(field) : null;
  if (taken?.list.match !== "prefix") return null;
  const own = taken.values.filter((v) => v.prefix === message.interfacePrefix).map((v) => v.value);
  const floor = valuesFloor(message.interfacePrefix, own);
  return floor && { version: floor.version, values: floor.values, required: [] };
}

/**
 * The latest version among the fields every request carries: its required fields, and a required container's, at any
 * depth (rules/required-floor.ts, which the spec's checks share); none where the message has no version field, which
 * declares the version such a floor holds.
 */
function requiredFloor(message: MessageModel): VersionFloor | null {
  if (message.versionField === null) return null;
  const latest = requiredFieldsFloor(floorFields(message.fields));
  return latest && { version: latest.version, values: [], required: latest.fields };
}

/** Fields as the floor reads them: a required container's with its fields (not a list's items: it may be empty). */
const floorFields = (fields: readonly FieldModel[]): FloorField[] =>
  fields.map(({ name, required, since, type }) => ({
    name,
    required,
    since,
    fields: required && type.kind === "container" ? floorFields(type.container.fields) : [],
  }));

/** What sets the floor, as a sentence's end: the operation's interfaceVersion values, or its required fields. */
export const floorReason = (floor: VersionFloor): string =>
  floor.required.length > 0
    ? `every request carries its required fields, and ${floor.required.join(", ")} appeared in ${floor.version.text}`
    : `the operation's interfaceVersion values (${floor.values.join(", ")}) start there`;

/** The floor as the validators compare versions: major * 10000 + minor (runtime/interface-version.ts). */
export const floorNumber = (floor: VersionFloor): number => floor.version.major * 10000 + floor.version.minor;

/** The floor as a request declares it, its interface's prefix and the version: CD_EF_2.0. */
export const floorText = (message: Pick<MessageModel, "interfacePrefix">, floor: VersionFloor): string =>
  `${message.interfacePrefix}${floor.version.text}`;
