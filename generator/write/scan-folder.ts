import path from "node:path";
import { errorCode, WriteRefusal, type WriteFs } from "./write-fs.js";

/**
 * The one reader of a folder the write stage changes: the paths of its files,
 * sorted, "/" separated; undefined when the folder does not exist. One policy
 * for everyone: a symbolic link anywhere in it (or the folder being one) is
 * refused, since a write or a removal through it would reach outside the
 * folder, and so is any entry that is neither a file nor a folder.
 */
export function scanFolder(root: string, fs: WriteFs): string[] | undefined {
  let entries: ReturnType<WriteFs["walk"]>;
  try {
    const stat = fs.lstat(root);
    if (stat === undefined) return undefined;
    if (stat.isSymbolicLink())
      throw new WriteRefusal(`${root} is a symbolic link; the generator writes only into a real folder`);
    entries = fs.walk(root);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    if (errorCode(error) === "ENOTDIR") throw new WriteRefusal(`${root} is not a folder; move it away first`);
    throw error;
  }
  // Worked out once per folder, not per file: thousands of files share a few hundred folders.
  const folders = new Map<string, string>();
  const relative = (e: { parentPath: string; name: string }) => {
    let under = folders.get(e.parentPath);
    if (under === undefined) {
      const rel = path.relative(root, e.parentPath).split(path.sep).join("/");
      under = rel === "" ? "" : `${rel}/`;
      folders.set(e.parentPath, under);
    }
    return `${under}${e.name}`;
  };
  const links = entries.filter((e) => e.isSymbolicLink()).map(relative);
  if (links.length > 0)
    throw new WriteRefusal(
      `${root} holds symbolic links, which the generator never writes through; remove them: ${listed(links)}`,
    );
  const odd = entries.filter((e) => !e.isFile() && !e.isDirectory()).map(relative);
  if (odd.length > 0)
    throw new WriteRefusal(
      `${root} holds entries that are neither files nor folders; move them out first: ${listed(odd)}`,
    );
  return entries
    .filter((e) => e.isFile())
    .map(relative)
    .sort();
}

/** Paths for a message: sorted, the first ten and a count of the others. */
export function listed(paths: readonly string[]): string {
  const sorted = [...paths].sort();
  const more = sorted.length - 10;
  return `${sorted.slice(0, 10).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/**
 * Refuses when a path inside `root` passes through a symbolic link (the
 * file itself included): for changes to a few known files, where scanning the
 * whole folder would be wasted.
 */
export function assertNoLinkOnPath(root: string, rel: string, fs: WriteFs): void {
  const segments = rel.split("/");
  for (let i = 0; i <= segments.length; i++) {
    const sub = segments.slice(0, i).join("/");
    const stat = fs.lstat(path.join(root, sub));
    if (stat === undefined) return;
    if (stat.isSymbolicLink())
      throw new WriteRefusal(`${path.join(root, sub)} is a symbolic link, which the generator never writes through`);
  }
}
