// The character classes at a git ref and in the generator that runs
// (format-classes.ts): read from runtime/formats.ts of the repository that
// holds the spec, where that repository is the generator's.

import { execFileSync } from "node:child_process";
import { runtimeSource } from "../runtime-sources.js";
import { blobBytes, treeEntries } from "./git-blobs.js";
import { classPatternsOf, FORMATS_SOURCE, type ClassPatterns } from "./format-classes.js";

/**
 * The classes at `ref` and the generator's own; null where the spec's repository held no runtime/formats.ts at the
 * ref (a spec kept apart from the generator), or either text holds no table of patterns to read.
 */
export function classPatternsSince(
  specDir: string,
  ref: string,
): { readonly before: ClassPatterns; readonly after: ClassPatterns } | null {
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: specDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const top = git("rev-parse", "--show-toplevel").trim();
  const entry = treeEntries(git("-C", top, "ls-tree", "-z", ref, "--", FORMATS_SOURCE)).get(FORMATS_SOURCE);
  if (entry === undefined || entry.type !== "blob") return null;
  const [bytes] = blobBytes(top, [entry.id]);
  const before = bytes === undefined ? null : classPatternsOf(bytes.toString("utf8"));
  const after = classPatternsOf(runtimeSource("formats"));
  return before && after && { before, after };
}
