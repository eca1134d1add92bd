// The SHA-256 of some files of a folder, read only when their stat is not the
// one recorded beside their hash (settled-stat.ts: the same rule as the
// output's stat record and the launcher's, scripts/run-bundled.cjs). The
// generator's fingerprint (fingerprint.ts) hashes its ~250 sources in every
// process: with the record, a process with nothing changed reads none.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathsUnder } from "../list-files.js";
import { type FileStat, statLean } from "./lean-stat.js";
import { settled, statKey } from "./settled-stat.js";
import { tempName } from "../threads/temp-name.js";

const HEADER = "sips-json hashes by stat 1";

/** The file reads of hashesByStat: node's, or a test's that counts them. */
export interface StatReads {
  /** Following a symbolic link, as the read does: the stat of the bytes read. */
  stat(file: string): FileStat;
  readFile(file: string): Buffer;
}

const nodeReads: StatReads = {
  stat: statLean,
  readFile: (file) => readFileSync(file),
};

/** The record's content: each file's path, its hash, and its stat then (null: too recent to stand for its bytes). */
type Recorded = Record<string, readonly [hash: string, stat: string | null]>;

/**
 * The SHA-256 (hex) of each of `rels` (paths relative to `root`), in order,
 * taken from the record in `recordFile` for a file whose stat is exactly as
 * recorded, else read; what was read is recorded when settled. A missing,
 * damaged or unwritable record only makes the call slower. Throws as
 * readFileSync does when a file is not there.
 */
export function hashesByStat(
  root: string,
  rels: readonly string[],
  recordFile: string,
  reads: StatReads = nodeReads,
): string[] {
  const known = readRecorded(recordFile, root);
  const now: Recorded = Object.create(null);
  let changed = false;
  const fileOf = pathsUnder(root);
  const hashes = rels.map((rel) => {
    const file = fileOf(rel);
    const lookedAt = Date.now();
    const stat = reads.stat(file);
    const key = statKey(stat);
    const was = known[rel];
    if (was !== undefined && was[1] === key) {
      now[rel] = was;
      return was[0];
    }
    const hash = createHash("sha256").update(reads.readFile(file)).digest("hex");
    now[rel] = [hash, settled(stat, lookedAt) ? key : null];
    changed ||= was === undefined || was[0] !== hash || was[1] !== now[rel][1];
    return hash;
  });
  if (changed || Object.keys(known).length !== rels.length) writeRecorded(recordFile, root, now);
  return hashes;
}

function readRecorded(file: string, root: string): Recorded {
  try {
    const text = readFileSync(file, "utf8");
    const header = `${HEADER} ${JSON.stringify(root)}\n`;
    if (!text.startsWith(header)) return {};
    const parsed = JSON.parse(text.slice(header.length)) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const recorded: Recorded = Object.create(null);
    for (const [rel, entry] of Object.entries(parsed)) {
      if (!Array.isArray(entry) || entry.length !== 2) continue;
      const [hash, stat] = entry as unknown[];
      if (typeof hash === "string" && (typeof stat === "string" || stat === null)) recorded[rel] = [hash, stat];
    }
    return recorded;
  } catch {
    // No record yet, or a damaged one: every file is read.
    return {};
  }
}

/** Written under a name of its own, then renamed: two processes (or threads) at once never read half a record. */
function writeRecorded(file: string, root: string, recorded: Recorded): void {
  const temp = tempName(file, ".tmp");
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, `${HEADER} ${JSON.stringify(root)}\n${JSON.stringify(recorded)}\n`);
    renameSync(temp, file);
  } catch {
    // A cache: the next process reads the files again.
    rmSync(temp, { force: true });
  }
}
