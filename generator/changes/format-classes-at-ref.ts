// The character classes at a git ref and in the generator that runs
// (format-classes.ts): read from runtime/formats.ts of the repository that
// holds the spec, where that repository is the generator's.

import { runtimeSource } from "../runtime-sources.js";
import { namedBlob } from "./git-blobs.js";
import { classPatternsOf, FORMATS_SOURCE, type ClassPatterns } from "./format-classes.js";

/** The classes at the ref and the generator's own, or why they are not compared (said, never silent). */
export type ClassesSince =
  { readonly before: ClassPatterns; readonly after: ClassPatterns } | { readonly unread: string } | null;

/**
 * The classes at `ref` and the generator's own; null where the spec's repository held no runtime/formats.ts at the
 * ref (a spec kept apart from the generator). Where either text holds no table this reads, or the ref's lacks a
 * class the generator has, why they are not compared: a change of the table's layout must not pass for no change.
 */
export function classPatternsSince(specDir: string, ref: string): ClassesSince {
  // One git: `ref:path` names the file by its path from the repository's top, from any folder in it (a git per
  // process costs the tests' large worker more than the git's own work: the fork copies its page tables).
  const bytes = namedBlob(specDir, `${ref}:${FORMATS_SOURCE}`);
  if (bytes === undefined) return null;
  const before = classPatternsOf(bytes.toString("utf8"));
  const after = classPatternsOf(runtimeSource("formats"));
  if (after === null) return { unread: `the generator's ${FORMATS_SOURCE} holds no FORMAT_PATTERNS table it reads` };
  if (before === null)
    return { unread: `${FORMATS_SOURCE} at ${ref} holds no FORMAT_PATTERNS table this version reads` };
  const missing = [...after.keys()].filter((name) => !before.has(name));
  return missing.length > 0
    ? { unread: `${FORMATS_SOURCE} at ${ref} defines no ${missing.join(", ")}` }
    : { before, after };
}
