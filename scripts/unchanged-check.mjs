// The work of scripts/skip-unchanged.mjs as a function of the repository's
// root and the script's arguments, returning the exit status: the script
// calls it for its own folder's repository, and its test calls it in-process
// for a folder of its own, where each run of the script as a thread of its
// own started node's internals again (~0.09 s of CPU a run).

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Runs the command after `--` in `args` unless none of the paths before it changed since it last passed there;
 * returns the exit status the script exits with. `print` takes the script's own lines (the command's output is
 * the process's).
 */
export function skipUnchanged(root, args, print = { log: console.log, error: console.error }) {
  const dash = args.indexOf("--");
  if (dash < 1 || dash === args.length - 1) {
    print.error("usage: node scripts/skip-unchanged.mjs <path>... -- <command> [args...]");
    return 2;
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
    print.log(`${command.join(" ")}: nothing changed since it last passed.`);
    return 0;
  }
  const run = spawnSync(command[0], command.slice(1), {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (run.error) {
    print.error(`${command[0]} did not start: ${run.error.message}`);
    return 2;
  }
  if (run.status === 0) {
    mkdirSync(path.dirname(record), { recursive: true });
    writeFileSync(record, key);
  }
  return run.status ?? 1;
}
