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

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const dash = args.indexOf("--");
if (dash < 1 || dash === args.length - 1) {
  console.error("usage: node scripts/skip-unchanged.mjs <path>... -- <command> [args...]");
  process.exit(2);
}
const paths = args.slice(0, dash);
const command = args.slice(dash + 1);

const hash = createHash("sha256");
hash.update(`${JSON.stringify(command)}\n`);
/** A file's line of the key; a file that vanished meanwhile counts as missing. */
const addFile = (file) => {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  const line = stat ? `${stat.size} ${stat.mtimeNs} ${stat.ctimeNs} ${stat.ino}` : "missing";
  hash.update(`${path.relative(root, file)}\0${line}\n`);
};
/**
 * The files under `dir` that the checks read: what git tracks or would track there (the ignore files
 * followed, as biome follows them), hidden folders included. Outside a git checkout, every file but
 * node_modules' and .git's.
 */
const walk = (dir) => {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", dir], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status === 0) {
    // A tracked file deleted from the work tree is still listed: it counts as missing.
    for (const file of [...new Set(listed.stdout.split("\0").filter(Boolean))].sort()) addFile(path.join(root, file));
    return;
  }
  walkAll(dir);
};
const walkAll = (dir) => {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== ".git") walkAll(full);
    } else addFile(full);
  }
};
addFile(path.join(root, "node_modules", ".package-lock.json"));
for (const given of paths) {
  hash.update(`${given}\n`);
  if (given.startsWith("*.")) {
    // The root's files of that extension, whichever there are now.
    for (const name of readdirSync(root).sort()) if (name.endsWith(given.slice(1))) addFile(path.join(root, name));
  } else if (statSync(path.resolve(root, given), { throwIfNoEntry: false })?.isDirectory())
    walk(path.resolve(root, given));
  else addFile(path.resolve(root, given));
}
const key = hash.digest("hex");

const record = path.join(
  root,
  "node_modules",
  ".cache",
  "sips-json-steps",
  `${createHash("sha256").update(JSON.stringify(args)).digest("hex").slice(0, 16)}.key`,
);
let last = null;
try {
  last = readFileSync(record, "utf8");
} catch {
  // Never passed here.
}
if (last === key) {
  console.log(`${command.join(" ")}: nothing changed since it last passed.`);
  process.exit(0);
}
const run = spawnSync(command[0], command.slice(1), {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (run.error) {
  console.error(`${command[0]} did not start: ${run.error.message}`);
  process.exit(2);
}
if (run.status === 0) {
  mkdirSync(path.dirname(record), { recursive: true });
  writeFileSync(record, key);
}
process.exit(run.status ?? 1);
