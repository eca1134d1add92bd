// For a process that writes the output folder again and again (--watch): a
// large file a save replaces (openapi.json, 16 MB for 1,000 operations) is
// not freed when the new copy is renamed over it, but kept under a second
// name beside the folder, and the next save writes the new copy over it
// rather than into a new file. Freeing megabytes of blocks in the rename and
// allocating as many for the new file made the file system wait on its
// journal: 20-60 ms of a save on a busy machine, against 2-5 ms for writing
// over blocks that are there. What a spare held never matters (it is written
// over whole); that it is no file of the folder does, and is checked before
// each use: its only name is its spare one.

import path from "node:path";
import type { Bytes } from "../memo/content-hash.js";
import { lstatOrAbsent, tolerating, type WriteFs } from "./write-fs.js";

/** Files at least this long are kept as spares when replaced: shorter ones cost little to free and allocate. */
export const SPARE_BYTES = 256 << 10;

/** Where the spares of `root` are kept: beside it, as its journal is, never inside it. */
export const sparesPathOf = (root: string): string => `${root}.sips-json-spare`;

/** The spare of the file at `rel` in `root`: one folder, the path made one name. */
const spareOf = (root: string, rel: string): string => path.join(sparesPathOf(root), encodeURIComponent(rel));

/** Whether `content` is long enough to be written over a spare, and its old copy kept as one. */
export function worthSparing(content: string | Bytes): boolean {
  // A string's length in UTF-16 units: its UTF-8 bytes are at least as many.
  if (typeof content === "string" || content instanceof Uint8Array) return content.length >= SPARE_BYTES;
  let length = 0;
  for (const part of content) length += part.length;
  return length >= SPARE_BYTES;
}

/**
 * Makes `staged` (a new path of the staging tree) hold `content`, written
 * over the spare of `rel` when there is one that is no other file's name too;
 * false, having done nothing, when there is none.
 */
export function stageOverSpare(
  fs: WriteFs,
  root: string,
  rel: string,
  staged: string,
  content: string | Bytes,
): boolean {
  const spare = spareOf(root, rel);
  const stat = lstatOrAbsent(fs, spare);
  if (stat === undefined) return false;
  // A second name (the rename over the file of the folder never came) or anything but a file: not ours to write.
  if (!stat.isFile() || stat.nlink !== 1n) {
    fs.rmTree(spare);
    return false;
  }
  fs.rename(spare, staged);
  fs.overwriteFile(staged, content);
  return true;
}

/**
 * Before the new copy of `rel` is renamed over `target`: gives the file
 * there its spare name too, so that the rename does not free it. Nothing
 * when there is no file there (an added file) or a spare is kept already.
 */
export function keepAsSpare(fs: WriteFs, root: string, rel: string, target: string): void {
  fs.mkdir(sparesPathOf(root));
  tolerating(["ENOENT", "EEXIST"], () => fs.link(target, spareOf(root, rel)));
}

/** Removes the spares of `root`, if any (a process that keeps none, or at the end of the one that kept them). */
export function dropSpares(fs: WriteFs, root: string): void {
  if (lstatOrAbsent(fs, sparesPathOf(root)) !== undefined) fs.rmTree(sparesPathOf(root));
}
