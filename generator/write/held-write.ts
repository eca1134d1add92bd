import path from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { fileBytes, fileHash, sha256, type Bytes } from "../memo/content-hash.js";
import { lazyChange, type OutputChange } from "./compare-output.js";
import { commitChanges, type FileChange } from "./file-set.js";
import { readHeld } from "./held-output.js";
import { forgetAt, heldTableOf, holdAt, saveHeldTable } from "./held-table.js";
import { MANIFEST_FILE, MANIFEST_HEAD } from "./manifest.js";
import { lineHash, lineHashAt, lineIs } from "./manifest-lines.js";
import { textAt } from "./output-state.js";
import type { WriteFs } from "./write-fs.js";
import { stampedStat, type WrittenStamp } from "./written-stamp.js";

/** What writeHeld did: the files it changed, by path (the manifest apart), and how many it left. */
export interface HeldWriteReport {
  readonly changes: readonly OutputChange[];
  readonly unchanged: number;
  /** Undefined when the manifest's head is not the generator's (a hand edit there, which this write leaves). */
  readonly manifestHash: string | undefined;
}

/**
 * writeOutput's common case (held-output.ts): the folder holds exactly its
 * manifest's files, and `files` are those same paths in the same order, some
 * with a new content. Only the changed files and the manifest, its hashes
 * patched in place, go through the journal (file-set.ts), and the held table
 * is kept for the next run: the files written held by the stat they were
 * committed with (written-stamp.ts), those listed anew but not written (a
 * hand edit that made them what they are to be) forgotten. Undefined,
 * having written nothing, when the case is not that one: writeOutput then
 * reads the whole folder. Expects the folder's lock to be held, and what a
 * killed run left finished.
 */
export function writeHeld(
  root: string,
  files: readonly GeneratedFile[],
  fs: WriteFs,
  statRecord: string | undefined,
): HeldWriteReport | undefined {
  const tableFile = statRecord === undefined ? undefined : heldTableOf(statRecord);
  const held = readHeld(root, fs, tableFile);
  if (held === undefined || held.lines.count !== files.length) return undefined;
  const { lines } = held;
  const changes: OutputChange[] = [];
  const fileChanges: FileChange[] = [];
  /** The files whose hash the manifest lists no longer, and their new hashes. */
  const relisted: number[] = [];
  const hashes: string[] = [];
  /** The files written. */
  const written: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as GeneratedFile;
    if (!lineIs(lines, i, file.path)) return undefined;
    const hash = fileHash(file);
    const listed = lines.text.startsWith(hash, lineHashAt(lines, i));
    if (!listed) {
      relisted.push(i);
      hashes.push(hash);
    }
    const edited = held.edited.get(i);
    if (edited === undefined ? listed : edited === hash) continue;
    const before = edited ?? lineHash(lines, i);
    const now = { hash: before, text: textAt(fs, path.join(root, file.path)) };
    changes.push(lazyChange(file.path, "changed", now, file, edited !== undefined));
    // Bytes as they were made, when they were: never decoded only to be encoded again.
    fileChanges.push({ path: file.path, content: fileBytes(file) ?? file.content, before, after: hash });
    written.push(i);
  }
  let manifestHash = held.manifestHash;
  if (relisted.length > 0) {
    const offsets = relisted.map((i) => lineHashAt(lines, i));
    // Read as ASCII, the manifest is patched, hashed and written as its bytes, never joined nor encoded as a text.
    const content = held.manifestBytes
      ? patchedBytes(held.manifestBytes, offsets, hashes)
      : patched(lines.text, offsets, hashes);
    manifestHash = sha256(content);
    fileChanges.push({ path: MANIFEST_FILE, content, before: held.manifestHash, after: manifestHash });
  }
  const stamps = tableFile === undefined ? undefined : new Map<string, WrittenStamp>();
  commitChanges(root, fileChanges, fs, false, stamps);
  if (tableFile !== undefined && (held.learned || relisted.length > 0 || written.length > 0)) {
    // What the table says of a file is that it holds the hash the manifest lists: a file listed anew was never
    // seen holding its new one, unless this run wrote it. A folder's names are as they were, whatever its stat says.
    for (const i of relisted) forgetAt(held.table, held.folders.length + i);
    for (const i of written) {
      const rel = (files[i] as GeneratedFile).path;
      const stamp = stamps?.get(rel);
      const stat = stamp && stampedStat(fs, path.join(root, rel), stamp);
      if (stat) holdAt(held.table, held.folders.length + i, stat);
      else forgetAt(held.table, held.folders.length + i);
    }
    saveHeldTable(tableFile, fs, root, manifestHash, held.table);
  }
  // The lines are the files' as manifestText writes them (manifestLines, lineIs): with its head, the whole text is.
  const asWritten = lines.text.startsWith(MANIFEST_HEAD);
  return { changes, unchanged: files.length - changes.length, manifestHash: asWritten ? manifestHash : undefined };
}

/** Up to this many hashes patched, the manifest is given as parts: more would cost a call of the hash for each part. */
const FEW_PATCHES = 64;

/**
 * ASCII `bytes` with the 64 at each of `offsets` (ascending) replaced by the hash of the same rank (hex: one byte a
 * character). For a few, as the list of its parts, hashed and written one after the other: the bytes read are not
 * copied into a fresh buffer of 1.4 MB, whose first touch costs more than the copy (an edit relists some ten files).
 */
function patchedBytes(bytes: Buffer, offsets: readonly number[], hashes: readonly string[]): Bytes {
  if (offsets.length > FEW_PATCHES) {
    const out = Buffer.allocUnsafe(bytes.length);
    bytes.copy(out);
    for (const [j, at] of offsets.entries()) out.write(hashes[j] as string, at, 64, "latin1");
    return out;
  }
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const [j, at] of offsets.entries()) {
    parts.push(bytes.subarray(from, at), Buffer.from(hashes[j] as string, "latin1"));
    from = at + 64;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

/** `text` with the 64 characters at each of `offsets` (ascending) replaced by the hash of the same rank. */
function patched(text: string, offsets: readonly number[], hashes: readonly string[]): string {
  let out = "";
  let from = 0;
  for (const [j, at] of offsets.entries()) {
    out += text.slice(from, at) + hashes[j];
    from = at + 64;
  }
  return out + text.slice(from);
}
