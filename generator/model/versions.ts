import type { VersionModel } from "./field-model.js";

/** "2.37" -> {major: 2, minor: 37}. Callers pass validated text (major.minor). */
export function parseVersion(text: string): VersionModel {
  const [major = "0", minor = "0"] = text.split(".");
  return { text, major: Number(major), minor: Number(minor) };
}

/** Numeric order: 2.5 < 2.37 < 3.0. */
export const compareVersions = (a: VersionModel, b: VersionModel): number => a.major - b.major || a.minor - b.minor;

/** The newer of two versions, either of which may be unknown (null); the first of two equal ones. */
export const newerVersion = (a: VersionModel | null, b: VersionModel | null): VersionModel | null =>
  a && b ? (compareVersions(a, b) >= 0 ? a : b) : (a ?? b);
