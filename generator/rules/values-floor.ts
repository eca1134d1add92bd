// The lowest version an interface's values of a prefix list give: a page
// prints one as CD_EF_2. (the interface's 2.x versions), and a value may give
// a minor too (CD_EF_2.47). The model's floor (model/version-floor.ts) and the
// spec's checks of recommended versions and examples (validate/) both read it
// here, the model from its values and the checks from the raw list, so that
// they agree on it.

import { printedVersion } from "./list-prefix.js";
import { compareVersions, type Version } from "./versions.js";

/** The lowest version an interface's values allow, and those values as printed. */
export interface ValuesFloor {
  readonly version: Version;
  readonly values: readonly string[];
}

/**
 * The lowest version that the printed values standing for an interface's
 * prefix allow; null where there are none, or where one says nothing of the
 * version (CD_EF_, AB_x.x): that value admits every version.
 */
export function valuesFloor(prefix: string, printed: readonly string[]): ValuesFloor | null {
  let lowest: Version | null = null;
  for (const value of printed) {
    const read = printedVersion(value, prefix);
    if (!read) return null;
    const version = { text: `${read.major}.${read.minor}`, ...read };
    if (lowest === null || compareVersions(version, lowest) < 0) lowest = version;
  }
  return lowest && { version: lowest, values: printed };
}
