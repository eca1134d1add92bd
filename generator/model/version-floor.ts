// The lowest interface version a request of an operation may declare, as
// its interfaceVersion field's prefix values say: a page prints one as
// CD_EF_2. (the interface's 2.x versions), and a value may give a minor too
// (CD_EF_2.47). The validators refuse a request below it (later versions
// stay accepted: Sips releases them before the pages list them), so a
// field's `since` at or below it restricts no valid request.

import type { VersionModel } from "./field-model.js";
import { printedVersion } from "../rules/list-prefix.js";
import { valuesOf } from "./field-shape.js";
import type { MessageModel } from "./operation-model.js";
import { compareVersions } from "./versions.js";

/** A version below which no request declares one, and the values that say so. */
export interface VersionFloor {
  readonly version: VersionModel;
  /** The version field's values of the message's interface, as printed. */
  readonly values: readonly string[];
}

/**
 * The floor of a message's versions: the lowest that its version field's prefix values of the message's interface
 * allow; null where the message has no such values or one of them says nothing of the version (CD_EF_, AB_x.x).
 */
export function versionFloor(message: MessageModel): VersionFloor | null {
  const field = message.fields.find((f) => f.name === message.versionField);
  const taken = field ? valuesOf(field) : null;
  if (taken?.list.match !== "prefix") return null;
  const own = taken.values.filter((v) => v.prefix === message.interfacePrefix);
  let lowest: VersionModel | null = null;
  for (const { value } of own) {
    const read = printedVersion(value, message.interfacePrefix);
    if (!read) return null;
    const version = { text: `${read.major}.${read.minor}`, ...read };
    if (lowest === null || compareVersions(version, lowest) < 0) lowest = version;
  }
  return lowest && { version: lowest, values: own.map((v) => v.value) };
}

/** The floor as the validators compare versions: major * 10000 + minor (runtime/interface-version.ts). */
export const floorNumber = (floor: VersionFloor): number => floor.version.major * 10000 + floor.version.minor;

/** The floor as a request declares it, its interface's prefix and the version: CD_EF_2.0. */
export const floorText = (message: Pick<MessageModel, "interfacePrefix">, floor: VersionFloor): string =>
  `${message.interfacePrefix}${floor.version.text}`;

/** The floor both specs agree on: the lower one, null unless both give one. */
export function sharedFloor(before: VersionFloor | null, after: VersionFloor | null): VersionFloor | null {
  if (!before || !after) return null;
  return compareVersions(before.version, after.version) <= 0 ? before : after;
}
