import path from "node:path";

/** Whether `rel` names a file inside a folder: no absolute path, no ".", ".." or empty segment, "/" separated. */
export function isSafePath(rel: string): boolean {
  const segments = rel.split("/");
  return !(
    path.posix.isAbsolute(rel) ||
    rel.includes("\\") ||
    segments.some((s) => s === "" || s === "." || s === "..")
  );
}

export function assertSafePath(rel: string): void {
  if (!isSafePath(rel)) throw new Error(`refusing to write outside the output directory: ${rel}`);
}
