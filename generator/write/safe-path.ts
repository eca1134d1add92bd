const DOT = 46;

/** Whether `rel` names a file inside a folder: no absolute path, no ".", ".." or empty segment, "/" separated. */
export function isSafePath(rel: string): boolean {
  if (rel.includes("\\")) return false;
  // Segment by segment in place, by character codes: every run asks this of each of some 12,000 paths, in code
  // that has not run yet. An absolute path starts with an empty segment.
  for (let start = 0; ;) {
    const slash = rel.indexOf("/", start);
    const end = slash === -1 ? rel.length : slash;
    const length = end - start;
    if (
      length === 0 ||
      (length <= 2 && rel.charCodeAt(start) === DOT && (length === 1 || rel.charCodeAt(start + 1) === DOT))
    )
      return false;
    if (slash === -1) return true;
    start = slash + 1;
  }
}

export function assertSafePath(rel: string): void {
  if (!isSafePath(rel)) throw new Error(`refusing to write outside the output directory: ${rel}`);
}
