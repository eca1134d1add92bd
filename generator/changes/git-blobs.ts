// The files of a tree at a git ref, and their bytes read by one git: a git
// started per file (`git show ref:path`) cost a spec of many files a process
// each, about 10 ms of CPU apiece.

import { execFileSync } from "node:child_process";

/** A file as `git ls-tree -r` lists it: its mode (120000 a symbolic link), type (a blob; a submodule's is a commit) and object's id. */
export interface TreeEntry {
  readonly mode: string;
  readonly type: string;
  readonly id: string;
}

/** The output of `git ls-tree -r -z`, by path. */
export function treeEntries(listing: string): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const line of listing.split("\0")) {
    if (line === "") continue;
    // "<mode> <type> <id>\t<path>": with -z the path is as it is, tabs and newlines included.
    const tab = line.indexOf("\t");
    const [mode = "", type = "", id = ""] = line.slice(0, tab).split(" ");
    entries.set(line.slice(tab + 1), { mode, type, id });
  }
  return entries;
}

/** The bytes of the blobs `ids` name, in their order, from one `git cat-file --batch` run in `cwd`. */
export function blobBytes(cwd: string, ids: readonly string[]): Buffer[] {
  if (ids.length === 0) return [];
  const out = execFileSync("git", ["cat-file", "--batch"], {
    cwd,
    input: ids.map((id) => `${id}\n`).join(""),
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const contents: Buffer[] = [];
  let at = 0;
  for (const id of ids) {
    // Each object: "<id> blob <size>\n", its bytes, "\n".
    const end = out.indexOf(10, at);
    const header = out.toString("latin1", at, end === -1 ? out.length : end);
    const [named, type, size] = header.split(" ");
    if (end === -1 || named !== id || type !== "blob" || size === undefined)
      throw new Error(`git cat-file answered "${header}" for the blob ${id}`);
    contents.push(out.subarray(end + 1, end + 1 + Number(size)));
    at = end + 1 + Number(size) + 1;
  }
  return contents;
}

/**
 * The bytes of the file that `name` (`ref:path`, the path from the repository's top) names, from one
 * `git cat-file --batch` run in `cwd`, a folder of the repository; undefined where the ref has no file there (no
 * such path, or a folder). A symbolic link gives the path it stores, a blob as `git ls-tree` lists it.
 */
export function namedBlob(cwd: string, name: string): Buffer | undefined {
  const out = execFileSync("git", ["cat-file", "--batch"], {
    cwd,
    input: `${name}\n`,
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const end = out.indexOf(10);
  const header = out.toString("latin1", 0, end === -1 ? out.length : end);
  // "<name> missing" where nothing is there (the name may hold spaces: its last word is the answer).
  if (header.endsWith(" missing") || header.endsWith(" ambiguous")) return undefined;
  const [, type, size] = header.split(" ");
  if (end === -1 || size === undefined) throw new Error(`git cat-file answered "${header}" for ${name}`);
  return type === "blob" ? out.subarray(end + 1, end + 1 + Number(size)) : undefined;
}
