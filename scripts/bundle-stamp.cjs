// The stamp of a command's bundle (node_modules/.cache/sips-json/<command>-<checkout>.json):
// the bundle's folder and entry, and each file it was built from with its
// text's hash and, once settled, its stat. Read by every run of a command
// (run-bundled.cjs), written by a build (bundle-build.cjs) and by a run that
// finds a source unchanged and settled.

"use strict";
const { createHash } = require("node:crypto");
const { renameSync, writeFileSync } = require("node:fs");
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

module.exports = { settled, statKey, textHash, threadEntry, writeStamp };
