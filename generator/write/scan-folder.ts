import type { FileStat } from "../memo/lean-stat.js";
import path from "node:path";
import type { FolderListings } from "./folder-listing.js";
import { errorCode, lstatThere, WriteRefusal, type WriteFs } from "./write-fs.js";

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

/**
 * The path of a file or folder of `root` from its path relative to it, as
 * path.join gives it for the paths a scan finds ("/"-separated, no "." nor
 * ".." segment): a run looks at some 12,000, and path.join normalizes each
 * (a tenth of the write stage's garbage).
 */
export function pathsIn(root: string): (rel: string) => string {
  if (path.sep !== "/") return (rel) => path.join(root, rel);
  const prefix = root.endsWith("/") ? root : `${root}/`;
  return (rel) => (rel === "" ? root : `${prefix}${rel}`);
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

/** What scanKnownFolder found: the files' paths (as scanFolder gives them), and the stat of each file it looked at, with when. */
export interface KnownScan {
  readonly files: string[];
  /** Every folder, the folder itself ("") included. */
  readonly folders: string[];
  readonly stats: ReadonlyMap<string, { readonly stat: FileStat; readonly lookedAt: number }>;
}

/**
 * scanFolder, with a record of the folders' names (stat-record.ts): a folder
 * whose stat is as recorded is not listed again, its names are the recorded
 * ones; any other is listed, each entry looked at, and recorded. The same
 * paths and the same refusals as scanFolder: a link or an odd entry can only
 * appear in a folder whose stat changed, which is listed.
 */
export function scanKnownFolder(root: string, fs: WriteFs, listings: FolderListings): KnownScan | undefined {
  const lookedAt = Date.now();
  let rootStat: FileStat | undefined;
  try {
    rootStat = fs.lstat(root);
  } catch (error) {
    if (errorCode(error) === "ENOTDIR") throw new WriteRefusal(`${root} is not a folder; move it away first`);
    throw error;
  }
  if (rootStat === undefined) return undefined;
  if (rootStat.isSymbolicLink())
    throw new WriteRefusal(`${root} is a symbolic link; the generator writes only into a real folder`);
  if (!rootStat.isDirectory()) throw new WriteRefusal(`${root} is not a folder; move it away first`);
  const files: string[] = [];
  const pathOf = pathsIn(root);
  const stats = new Map<string, { stat: FileStat; lookedAt: number }>();
  const links: string[] = [];
  const odd: string[] = [];
  const seen = new Set<string>();
  const visit = (rel: string, stat: FileStat, at: number): void => {
    seen.add(rel);
    const prefix = rel === "" ? "" : `${rel}/`;
    const known = listings.listingIfUnchanged(rel, stat);
    if (known) {
      for (const name of known.files) files.push(`${prefix}${name}`);
      for (const name of known.folders) {
        const sub = `${prefix}${name}`;
        const subAt = Date.now();
        visit(sub, lstatThere(fs, pathOf(sub)), subAt);
      }
      return;
    }
    const listing = { files: [] as string[], folders: [] as string[] };
    const refused = links.length + odd.length;
    for (const name of fs.list(pathOf(rel))) {
      const sub = `${prefix}${name}`;
      const subAt = Date.now();
      const entry = lstatThere(fs, pathOf(sub));
      if (entry.isSymbolicLink()) links.push(sub);
      else if (entry.isDirectory()) {
        listing.folders.push(name);
        visit(sub, entry, subAt);
      } else if (entry.isFile()) {
        listing.files.push(name);
        files.push(sub);
        stats.set(sub, { stat: entry, lookedAt: subAt });
      } else odd.push(sub);
    }
    // A folder that holds what is refused is never recorded: it is listed, and refused, again.
    if (links.length + odd.length === refused) listings.recordListing(rel, stat, listing, at);
  };
  visit("", rootStat, lookedAt);
  listings.keepFolders(seen);
  if (links.length > 0)
    throw new WriteRefusal(
      `${root} holds symbolic links, which the generator never writes through; remove them: ${listed(links)}`,
    );
  if (odd.length > 0)
    throw new WriteRefusal(
      `${root} holds entries that are neither files nor folders; move them out first: ${listed(odd)}`,
    );
  return { files: files.sort(), folders: [...seen], stats };
}
