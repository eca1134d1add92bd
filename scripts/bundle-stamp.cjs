// The stamp of a command's bundle (node_modules/.cache/sips-json/<command>-<checkout>.json):
// the bundle's folder and entry, and each file it was built from with its
// text's hash and, once settled, its stat. Read by every run of a command
// (freshEntry, for run-bundled.cjs), written by a build (bundle-build.cjs) and
// by a run that finds a source unchanged and settled.

"use strict";
const { createHash } = require("node:crypto");
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const path = require("node:path");

/**
 * When a file's stat stands for its bytes, as in generator/memo/settled-stat.ts:
 * any write sets a file's change time, which no program can set back, and a
 * stat is recorded only when that time is older by a margin than the moment
 * before the file was read, so that a write within the same tick of a coarse
 * file system clock is never taken for the bytes read.
 */
const MARGIN_MS = 2_000;
const statKey = (s) => `${s.dev} ${s.ino} ${s.size} ${s.mtimeNs} ${s.ctimeNs}`;
const settled = (s, lookedAt) => s.ctimeNs < BigInt(lookedAt - MARGIN_MS) * 1_000_000n;
const textHash = (text) => createHash("sha256").update(text).digest("hex");

/** Writes the stamp under a name of its own, then renames it: two runs at once never read half a stamp. */
function writeStamp(stampFile, stamp) {
  const partial = `${stampFile}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(stamp)}\n`);
  renameSync(partial, stampFile);
}

/** The name of a thread's module in the bundle's folder. */
function threadEntry(thread) {
  return `${path.basename(thread, ".ts")}.mjs`;
}

/**
 * The entry of the last build when every file it was built from still holds
 * the bytes it was built from, else undefined. A file whose stat is as
 * recorded is not read; one that is read and found unchanged has its stat
 * recorded now, when settled, so that the next run need not read it.
 */
function freshEntry(root, cacheDir, stampFile) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    const entryFile = path.join(cacheDir, stamp.bundle, stamp.entry);
    if (!existsSync(entryFile)) return undefined;
    let recorded = 0;
    for (const source of stamp.sources) {
      const [input, hash, stat] = source;
      const lookedAt = Date.now();
      const file = sourcePath(root, input);
      const now = statSync(file, { bigint: true });
      if (stat !== null && statKey(now) === stat) continue;
      if (textHash(readFileSync(file)) !== hash) return undefined;
      if (settled(now, lookedAt)) {
        source[2] = statKey(now);
        recorded++;
      }
    }
    if (recorded > 0) writeStamp(stampFile, stamp);
    return entryFile;
  } catch {
    // No stamp yet, an unreadable one, or a source gone: build.
    return undefined;
  }
}

/**
 * Where a source is, from its path in the checkout as esbuild gives it. Every
 * process looks at some 370 sources, and path.join normalizes each path
 * character by character in code not yet compiled (about 10 ms of CPU); a path
 * esbuild gives is normalized already, unless it leaves the checkout ("../").
 */
function sourcePath(root, input) {
  return input.startsWith("..") ? path.join(root, input) : `${root}${path.sep}${input}`;
}

module.exports = { freshEntry, settled, statKey, textHash, threadEntry, writeStamp };
