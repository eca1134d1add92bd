import type { FileStat } from "../memo/lean-stat.js";
import path from "node:path";
import type { WriteFs } from "./write-fs.js";
import { tempName } from "../threads/temp-name.js";

/**
 * What a run knows of the output folder without reading its files, laid out
 * as its manifest lists them (held-output.ts): for each folder the manifest's
 * paths make, then for each file in the manifest's order, the stat (device,
 * inode, size, modification and change times) with which it was last seen to
 * hold exactly what the manifest says: a folder its files and folders, a
 * file the content of its hash. A stat unchanged since stands for that, as in
 * the stat record (stat-record.ts, settled-stat.ts: only a settled stat is
 * kept). Numbers, not text: read and compared as they stand, with no string
 * nor object per file. Kept beside the stat record, for one manifest (its
 * SHA-256 in the header): a folder whose manifest is another reads none of it.
 * A cache: a run that finds none, or a damaged one, reads the files.
 */
export type HeldTable = BigInt64Array;

const MAGIC = "sips-json held table 1";
const FIELDS = 5;
/** The change time of an entry seen with no settled stat: no file's. */
const UNKNOWN = -1n;

/** Where the table of the output whose stat record is `statRecord` is kept. */
export const heldTableOf = (statRecord: string): string => `${statRecord}.held`;

/** A table of `size` entries that knows nothing. */
export function emptyTable(size: number): HeldTable {
  return new BigInt64Array(size * FIELDS).fill(UNKNOWN);
}

/** What of a stat the table keeps. */
export type HeldStat = Pick<FileStat, "dev" | "ino" | "size" | "mtimeNs" | "ctimeNs">;

/** The table kept in `file` for `root` and the manifest of SHA-256 `manifestHash`; undefined when there is none. */
export function loadHeldTable(
  file: string,
  fs: WriteFs,
  root: string,
  manifestHash: string,
  size: number,
): HeldTable | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFile(file);
  } catch {
    return undefined;
  }
  const table = emptyTable(size);
  const head = headerOf(root, manifestHash, size);
  if (bytes.length !== head.length + table.byteLength || !bytes.subarray(0, head.length).equals(head)) return undefined;
  new Uint8Array(table.buffer).set(bytes.subarray(head.length));
  return table;
}

/** Writes `table` to `file` whole (a new file renamed into place); a failure only makes the next run slower. */
export function saveHeldTable(file: string, fs: WriteFs, root: string, manifestHash: string, table: HeldTable): void {
  const temp = tempName(file, ".tmp");
  try {
    fs.mkdir(path.dirname(file));
    fs.createFile(temp, [headerOf(root, manifestHash, table.length / FIELDS), new Uint8Array(table.buffer)]);
    fs.rename(temp, file);
  } catch {
    try {
      fs.unlink(temp);
    } catch {
      // Nothing was left, or it cannot be removed either: a cache, not the output.
    }
  }
}

/** Whether entry `k` was seen with `stat`. */
export function heldAt(table: HeldTable, k: number, stat: HeldStat): boolean {
  const at = k * FIELDS;
  return (
    table[at + 4] === stat.ctimeNs &&
    table[at + 3] === stat.mtimeNs &&
    table[at + 2] === stat.size &&
    table[at + 1] === stat.ino &&
    table[at] === stat.dev
  );
}

/** Records that entry `k` was seen with `stat` (which must be settled); true. */
export function holdAt(table: HeldTable, k: number, stat: HeldStat): true {
  const at = k * FIELDS;
  table[at] = stat.dev;
  table[at + 1] = stat.ino;
  table[at + 2] = stat.size;
  table[at + 3] = stat.mtimeNs;
  table[at + 4] = stat.ctimeNs;
  return true;
}

/** Forgets entry `k`: what it holds is to be seen again. */
export function forgetAt(table: HeldTable, k: number): void {
  table[k * FIELDS + 4] = UNKNOWN;
}

/** The header, padded with spaces so that the numbers after it are aligned. */
function headerOf(root: string, manifestHash: string, size: number): Buffer {
  const text = `${MAGIC}\n${JSON.stringify(root)}\n${manifestHash}\n${size}\n`;
  const length = Buffer.byteLength(text);
  return Buffer.from(text + " ".repeat((8 - (length % 8)) % 8));
}
