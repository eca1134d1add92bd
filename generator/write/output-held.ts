import type { FileStat } from "../memo/lean-stat.js";
import { sha256 } from "../memo/content-hash.js";
import { stagingPathOf } from "./journal.js";
import { MANIFEST_FILE, parseManifest } from "./manifest.js";
import { lineHash, linePath, manifestLines } from "./manifest-lines.js";
import { pathsIn } from "./scan-folder.js";
import type { StatRecord } from "./stat-record.js";
import { textOfBytes } from "./text-of-bytes.js";
import { lstatOrAbsent, type WriteFs } from "./write-fs.js";

// The common case of a run whose output is remembered (cli/run-memo.ts): the
// folder holds exactly the manifest's files, nearly all as the stat record
// knows them. Told here straight from each file's stat against the record and
// the manifest, without the folder's state (output-state.ts): no sorted list,
// no map of files, no text reader per file. Anything out of the ordinary is
// left to that full read, which has the messages: this only ever says yes.

/**
 * True when the folder `root` holds exactly the files its manifest lists, each
 * with its hash, and nothing else, and that manifest's text has SHA-256
 * `manifestHash`: what
 * holdsExactly(outputState(...)) would find. Undefined when that takes the
 * full read: anything differs, a staged change is there (a killed run's, which
 * the full read takes into account), or an entry is neither file nor folder.
 * Files read to be hashed (written too recently for the record) and folders
 * listed are recorded as the full read records them.
 */
export function heldByRecord(root: string, fs: WriteFs, record: StatRecord, manifestHash: string): true | undefined {
  if (lstatOrAbsent(fs, stagingPathOf(root)) !== undefined) return undefined;
  const pathOf = pathsIn(root);
  // Read first: what the files are compared with. The walk finds it again among them.
  if (!fs.lstat(pathOf(MANIFEST_FILE))?.isFile()) return undefined;
  const manifest = textOfBytes(fs.readFile(pathOf(MANIFEST_FILE)));
  if (sha256(manifest) !== manifestHash) return undefined;
  const listed = parseCanonicalManifest(manifest);
  if (listed === undefined) return undefined;
  const seen = new Set<string>();
  let found = 0;
  let manifestSeen = false;

  /** Whether the file `rel` holds what the manifest lists for it. */
  const fileHolds = (rel: string, stat: FileStat | undefined, lookedAt: number): boolean => {
    if (rel === MANIFEST_FILE) {
      manifestSeen = true;
      return stat?.isFile() === true;
    }
    const want = listed.get(rel);
    if (want === undefined || stat === undefined || !stat.isFile()) return false;
    found++;
    const known = record.hashIfUnchanged(rel, stat);
    if (known !== undefined) return known === want;
    const hash = fs.hashFile(pathOf(rel));
    record.record(rel, stat, hash, lookedAt);
    return hash === want;
  };

  /** Whether folder `rel` (with `stat`) and everything in it is as listed. */
  const folderHolds = (rel: string, stat: FileStat | undefined, lookedAt: number): boolean => {
    if (stat === undefined || !stat.isDirectory()) return false;
    seen.add(rel);
    const prefix = rel === "" ? "" : `${rel}/`;
    const known = record.listingIfUnchanged(rel, stat);
    if (known) {
      for (const name of known.files) {
        const sub = `${prefix}${name}`;
        const at = Date.now();
        if (!fileHolds(sub, fs.lstat(pathOf(sub)), at)) return false;
      }
      for (const name of known.folders) {
        const sub = `${prefix}${name}`;
        const at = Date.now();
        if (!folderHolds(sub, fs.lstat(pathOf(sub)), at)) return false;
      }
      return true;
    }
    const listing = { files: [] as string[], folders: [] as string[] };
    for (const name of fs.list(pathOf(rel))) {
      const sub = `${prefix}${name}`;
      const at = Date.now();
      const entry = fs.lstat(pathOf(sub));
      if (entry?.isDirectory()) {
        listing.folders.push(name);
        if (!folderHolds(sub, entry, at)) return false;
      } else {
        listing.files.push(name);
        if (!fileHolds(sub, entry, at)) return false;
      }
    }
    record.recordListing(rel, stat, listing, lookedAt);
    return true;
  };

  const lookedAt = Date.now();
  if (!folderHolds("", fs.lstat(root), lookedAt) || !manifestSeen || found !== listed.size) return undefined;
  record.keepOnly(listed);
  record.keepFolders(seen);
  return true;
}

/**
 * The files a manifest lists, read line by line when it is as manifestText
 * writes it (manifest-lines.ts); else as parseManifest reads it.
 */
export function parseCanonicalManifest(text: string): Map<string, string> | undefined {
  const lines = manifestLines(text);
  if (lines === undefined) return parseManifest(text);
  const listed = new Map<string, string>();
  for (let i = 0; i < lines.count; i++) listed.set(linePath(lines, i), lineHash(lines, i));
  return listed;
}
