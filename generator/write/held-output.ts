import { isAscii } from "node:buffer";
import { sha256 } from "../memo/content-hash.js";
import { settled } from "../memo/settled-stat.js";
import { emptyTable, heldAt, holdAt, loadHeldTable, type HeldTable } from "./held-table.js";
import { stagingPathOf } from "./journal.js";
import { MANIFEST_FILE } from "./manifest.js";
import { lineHash, linePath, manifestLines, type ManifestLines } from "./manifest-lines.js";
import { pathsIn } from "./scan-folder.js";
import { textOfBytes } from "./text-of-bytes.js";
import { lstatOrAbsent, type WriteFs } from "./write-fs.js";

// The common case of a run after the one before wrote the folder: it holds
// exactly the files its manifest lists, nearly all as that run left them.
// Told from the manifest and the held table (held-table.ts), in the
// manifest's order, each file's stat compared where the table holds it: no
// map, no sorted list, no object per file, unlike the folder's full state
// (output-state.ts). Anything out of the ordinary (a file the manifest does
// not list, one missing, a link, a change a killed run left) is left to that
// full read, which has the messages: this answers only the common case.

/** The output folder as its manifest lists it, each file seen on disk. */
export interface HeldOutput {
  readonly lines: ManifestLines;
  readonly manifestHash: string;
  /** The files that no longer hold what the manifest lists (edited since): index -> SHA-256 of what they hold. */
  readonly edited: ReadonlyMap<number, string>;
  /** The folders the manifest's paths make, the folder itself ("") first; `folderOf[i]` is the i-th file's. */
  readonly folders: readonly string[];
  readonly folderOf: Int32Array;
  /** Each folder's parent (the folder itself: -1). */
  readonly parentOf: Int32Array;
  /** The table as this read leaves it: the settled stats it saw, of the folders first, then the files. */
  readonly table: HeldTable;
  /** Whether the read added to the table what it did not hold. */
  readonly learned: boolean;
  /** The manifest's bytes, when they are its text's characters one for one (ASCII, as manifestText writes it). */
  readonly manifestBytes?: Buffer;
}

/**
 * The folder `root` when it holds exactly its manifest's files (some maybe
 * edited) and nothing else, with no change of a killed run left beside it;
 * undefined otherwise. `tableFile`: where the held table is kept; undefined
 * too when it holds none for this manifest (a run that reads the whole folder
 * with the stat record then reads less: held-seed.ts makes the table after
 * it), unless there is no table to keep (no record either).
 */
export function readHeld(
  root: string,
  fs: WriteFs,
  tableFile: string | undefined,
  manifest = heldManifest(root, fs),
): HeldOutput | undefined {
  if (manifest === undefined) return undefined;
  const { text, manifestHash, bytes } = manifest;
  const lines = manifestLines(text);
  if (lines === undefined) return undefined;
  const pathOf = pathsIn(root);
  const { folders, folderOf, parentOf } = foldersOfLines(lines);
  const table =
    tableFile === undefined
      ? emptyTable(folders.length + lines.count)
      : loadHeldTable(tableFile, fs, root, manifestHash, folders.length + lines.count);
  if (table === undefined) return undefined;
  const lookedAt = Date.now();
  let learned = false;
  for (let f = 0; f < folders.length; f++) {
    const dir = pathOf(folders[f] as string);
    const stat = fs.lstat(dir);
    if (!stat?.isDirectory()) return undefined;
    if (heldAt(table, f, stat)) continue;
    const want = namesOf(f, lines, folders, { folderOf, parentOf });
    const listed = fs.list(dir);
    if (listed.length !== want.size || !listed.every((name) => want.has(name))) return undefined;
    if (settled(stat, lookedAt)) learned = holdAt(table, f, stat);
  }
  const edited = new Map<number, string>();
  for (let i = 0; i < lines.count; i++) {
    const file = pathOf(linePath(lines, i));
    const stat = fs.lstat(file);
    if (!stat?.isFile()) return undefined;
    const k = folders.length + i;
    if (heldAt(table, k, stat)) continue;
    const hash = fs.hashFile(file);
    if (hash !== lineHash(lines, i)) edited.set(i, hash);
    else if (settled(stat, lookedAt)) learned = holdAt(table, k, stat);
  }
  return {
    lines,
    manifestHash,
    edited,
    folders,
    folderOf,
    parentOf,
    table,
    learned,
    ...(bytes && { manifestBytes: bytes }),
  };
}

/** The text of a folder's manifest and its SHA-256. */
export interface HeldManifest {
  readonly text: string;
  readonly manifestHash: string;
  /** Its bytes, when they are its text's characters one for one (ASCII). */
  readonly bytes?: Buffer;
}

/**
 * The manifest of the folder `root`, read before any of its files is looked
 * at; undefined when it is not a file, or a change of a killed run is there.
 */
export function heldManifest(root: string, fs: WriteFs): HeldManifest | undefined {
  if (lstatOrAbsent(fs, stagingPathOf(root)) !== undefined) return undefined;
  const file = pathsIn(root)(MANIFEST_FILE);
  if (!fs.lstat(file)?.isFile()) return undefined;
  const bytes = fs.readFile(file);
  // ASCII, as manifestText writes it: the bytes are the text's UTF-8, hashed as they are rather than encoded again.
  if (isAscii(bytes)) return { text: bytes.toString("latin1"), manifestHash: sha256(bytes), bytes };
  const text = textOfBytes(bytes);
  return { text, manifestHash: sha256(text) };
}

/** Where each path is (`folderOf`, an index in the folders) and each folder (`parentOf`; the folder itself: -1). */
interface FolderIndex {
  readonly folderOf: Int32Array;
  readonly parentOf: Int32Array;
}

/** The folders the paths make, each once, the folder itself first, each path's, and each folder's parent. */
export function foldersOfLines(lines: ManifestLines): FolderIndex & { folders: string[] } {
  const index = new Map<string, number>([["", 0]]);
  const folders = [""];
  const parents = [-1];
  const folderOf = new Int32Array(lines.count);
  const add = (dir: string): number => {
    let f = index.get(dir);
    if (f !== undefined) return f;
    const slash = dir.lastIndexOf("/");
    const parent = slash === -1 ? 0 : add(dir.slice(0, slash));
    f = folders.length;
    index.set(dir, f);
    folders.push(dir);
    parents.push(parent);
    return f;
  };
  const { text, pathStart, pathEnd } = lines;
  // Sorted paths: most share the folder of the path before, compared in place rather than cut and looked up.
  let last = "";
  let lastAt = 0;
  for (let i = 0; i < lines.count; i++) {
    const start = pathStart[i] as number;
    const slash = text.lastIndexOf("/", pathEnd[i] as number);
    if (slash < start) folderOf[i] = 0;
    else if (slash - start === last.length && text.startsWith(last, start)) folderOf[i] = lastAt;
    else {
      last = text.slice(start, slash);
      lastAt = add(last);
      folderOf[i] = lastAt;
    }
  }
  return { folders, folderOf, parentOf: Int32Array.from(parents) };
}

/** The names folder `f` must hold: its files, its folders, and the manifest in the folder itself. */
function namesOf(f: number, lines: ManifestLines, folders: readonly string[], at: FolderIndex): Set<string> {
  const names = new Set<string>(f === 0 ? [MANIFEST_FILE] : []);
  for (let sub = 1; sub < folders.length; sub++) {
    if (at.parentOf[sub] !== f) continue;
    const dir = folders[sub] as string;
    names.add(dir.slice(dir.lastIndexOf("/") + 1));
  }
  for (let i = 0; i < lines.count; i++) {
    if (at.folderOf[i] !== f) continue;
    const rel = linePath(lines, i);
    names.add(rel.slice(rel.lastIndexOf("/") + 1));
  }
  return names;
}
