import type { VersionModel } from "./field-model.js";
import { compareVersions } from "../rules/versions.js";

export { compareVersions, parseVersion } from "../rules/versions.js";

/** The newer of two versions, either of which may be unknown (null); the first of two equal ones. */
export const newerVersion = (a: VersionModel | null, b: VersionModel | null): VersionModel | null =>
  a && b ? (compareVersions(a, b) >= 0 ? a : b) : (a ?? b);
