import { sha256 } from "../memo/content-hash.js";
import {
  emptyTable,
  forgetAt,
  type HeldStat,
  heldTableOf,
  holdAt,
  loadHeldTable,
  saveHeldTable,
} from "./held-table.js";
import { foldersOfLines } from "./held-output.js";
import { lineHash, linePath, manifestLines } from "./manifest-lines.js";
import type { StatRecord } from "./stat-record.js";
import type { WriteFs } from "./write-fs.js";

/**
 * After a run that read the whole folder (output-state.ts, output-held.ts),
 * the held table of its manifest, made from what the stat record knows: a
 * file the record saw holding the hash the manifest lists holds it while its
 * stat is the same. `written`: the files this run committed, with the content
 * the manifest lists, by the stat they were committed with (written-stamp.ts;
 * undefined when no longer the stamped file), which the record, keeping only
 * settled stats, does not hold: without them a first run, which writes every
 * file, would leave the next run every file to hash. The folders are left to
 * the next run to list. So the run after takes the common case's quick read
 * (held-output.ts). Nothing when the table of that manifest is there already
 * and this run wrote nothing (with files written, that table is kept, theirs
 * changed), the record knows none of its files (such a table would only keep
 * the next run from the record), or the manifest is not as the generator
 * writes it.
 */
export function seedHeldTable(
  root: string,
  fs: WriteFs,
  statRecord: string | undefined,
  manifestText: string,
  record: StatRecord,
  written: ReadonlyMap<string, HeldStat | undefined> = new Map(),
): void {
  if (statRecord === undefined) return;
  const lines = manifestLines(manifestText);
  if (lines === undefined) return;
  const file = heldTableOf(statRecord);
  const manifestHash = sha256(manifestText);
  const { folders } = foldersOfLines(lines);
  const kept = loadHeldTable(file, fs, root, manifestHash, folders.length + lines.count);
  if (kept !== undefined && written.size === 0) return;
  const table = kept ?? emptyTable(folders.length + lines.count);
  let knows = kept !== undefined;
  for (let i = 0; i < lines.count; i++) {
    const rel = linePath(lines, i);
    if (written.has(rel)) {
      const stat = written.get(rel);
      if (stat) knows = holdAt(table, folders.length + i, stat);
      else forgetAt(table, folders.length + i);
      continue;
    }
    if (kept !== undefined) continue;
    const known = record.known(rel);
    if (known === undefined || known.hash !== lineHash(lines, i)) continue;
    const [dev, ino, size, mtimeNs, ctimeNs] = numbers(known.stat);
    if (dev !== undefined && ino !== undefined && size !== undefined && mtimeNs !== undefined && ctimeNs !== undefined)
      knows = holdAt(table, folders.length + i, { dev, ino, size, mtimeNs, ctimeNs });
  }
  if (knows) saveHeldTable(file, fs, root, manifestHash, table);
}

/** The numbers of a stat as the record holds it (statKey's text); none when the text is damaged. */
function numbers(stat: string): bigint[] {
  try {
    return stat.split(" ").map(BigInt);
  } catch {
    return [];
  }
}
