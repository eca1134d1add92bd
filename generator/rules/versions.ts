// Interface versions as the spec writes them (major.minor) and their order:
// every stage reads and compares them, the validate stage on the raw spec as
// the model on its own, so they are read and ordered in one place.

/** A version as major.minor, with the text the spec writes ("2.37"). */
export interface Version {
  readonly text: string;
  readonly major: number;
  readonly minor: number;
}

/** "2.37" -> {major: 2, minor: 37}. Callers pass validated text (major.minor). */
export function parseVersion(text: string): Version {
  const [major = "0", minor = "0"] = text.split(".");
  return { text, major: Number(major), minor: Number(minor) };
}

/** A version to order: its text, where it has one, does not count. */
type Ordered = Pick<Version, "major" | "minor"> & { readonly text?: string };

/** Numeric order: 2.5 < 2.37 < 3.0. */
export const compareVersions = (a: Ordered, b: Ordered): number => a.major - b.major || a.minor - b.minor;
