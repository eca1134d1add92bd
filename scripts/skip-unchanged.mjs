// Runs a check unless nothing it reads has changed since it last passed: for
// biome, which keeps no cache, and dependency-cruiser, whose cache still has it
// start, load its parser and hash every file (~1 s of CPU), and tsc, whose
// incremental check still reads and hashes every file. What it reads is
// given as paths from the repository's root: a folder stands for the files git
// lists there (tracked, or new and not ignored, hidden folders included), `*.ext`
// for the root's files of that extension; npm's record of node_modules (the
// checker's version) always counts.
//
//   node scripts/skip-unchanged.mjs biome.jsonc "*.ts" generator -- biome lint
//
// A file counts by its path and its stat: size, modification and change times,
// inode. An edit sets the change time, which no tool sets back, so an edit
// is never missed; a file only touched runs the check again, which is safe.
// The stats are taken before the check starts: an edit during it is seen by
// the next run. Only a check that passed is remembered.

import { fileURLToPath } from "node:url";
import { skipUnchanged } from "./unchanged-check.mjs";

process.exit(skipUnchanged(fileURLToPath(new URL("..", import.meta.url)), process.argv.slice(2)));
