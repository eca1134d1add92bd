import path from "node:path";

/** The folders that hold these paths, at any depth, the root ("") included. */
export function foldersOf(paths: Iterable<string>): string[] {
  const parents = new Set<string>();
  for (const rel of paths) parents.add(path.posix.dirname(rel));
  const folders = new Set([""]);
  for (const parent of parents) for (let dir = parent; dir !== "."; dir = path.posix.dirname(dir)) folders.add(dir);
  return [...folders];
}
