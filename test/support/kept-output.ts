// Generated code a test imports, written to a folder named by a hash of what
// it holds, under node_modules/.cache/sips-json-tests/kept/. The same output
// is then the same files at the same paths run after run, so vitest keeps
// their transforms between runs (vitest.config.ts) as it keeps the
// repository's: a fresh temporary folder had every module of every output
// transformed again on each run. A path names one content, so a worker that
// imported a package at it before gets the same package; a folder no run has
// used for a day is removed.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import { repoRoot } from "./paths.js";
import { javaScriptTransform, toJavaScript } from "./typecheck.js";

export const keptDir = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests", "kept");

const UNUSED_MS = 86_400_000;
let pruned = false;

/**
 * The folder `name`-(hash of `key`), made by `write` into a fresh folder and
 * renamed into place whole when it is not there yet (another worker or run may
 * be making it: whichever renames first wins, with the same content). `key`
 * must hold everything `write` writes.
 */
export function keptFolder(name: string, key: string, write: (dir: string) => void): string {
  mkdirSync(keptDir, { recursive: true });
  if (!pruned) {
    pruned = true;
    pruneUnused();
  }
  const target = keptPath(name, key);
  if (marked(target)) return target;
  const making = waitForMaker(target);
  try {
    if (marked(target)) return target;
    const fresh = mkdtempSync(path.join(keptDir, `.${name}-`));
    try {
      write(fresh);
    } catch (error) {
      // A write that fails keeps nothing: a check's failure throws out of it.
      rmSync(fresh, { recursive: true, force: true });
      throw error;
    }
    try {
      renameSync(fresh, target);
    } catch (error) {
      rmSync(fresh, { recursive: true, force: true });
      if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw error;
    }
    return target;
  } finally {
    if (making !== null) rmSync(making, { recursive: true, force: true });
  }
}

/** How long a folder's maker is waited for before making it anyway (the packed package's pack and install: ~10 s). */
const MAKER_WAIT_MS = 600_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits while another worker (a thread of this run, or another run) makes `target`, then takes the making for
 * this one: the lock folder it made, or null where it made none. The two workers of a run reached the consumer
 * files together and each packed and installed the package (~7 s of CPU, twice); the second now links the first's.
 * Only the work is saved: a maker that died (its process gone) or takes too long is not waited for, and
 * whichever renames first still wins with the same content.
 */
function waitForMaker(target: string): string | null {
  const lock = path.join(keptDir, `.making-${path.basename(target)}`);
  const waitUntil = Date.now() + MAKER_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), makerText());
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return null;
    }
    if (marked(target) || Date.now() > waitUntil) return null;
    // A maker that died left its making: taken over (were two to take it, both would make the same folder).
    if (!makerAlive(lock)) rmSync(lock, { recursive: true, force: true });
    else Atomics.wait(sleeper, 0, 0, 50);
  }
}

/**
 * When this process started, the same in each of its threads: a lock of this process's pid written by a process
 * that started at another time is of one that ended, its pid come round again (a run cut short in a container,
 * whose pids run alike each time), not of a worker of this run.
 */
const STARTED = Math.round(Date.now() - process.uptime() * 1000);

/** What a maker writes in its lock: its pid and when its process started. */
export const makerText = (): string => `${process.pid} ${STARTED}`;

/** Whether the process that took `lock` still runs (a lock just taken, its pid not yet written, counts as alive). */
function makerAlive(lock: string): boolean {
  let pid: number;
  let started: number;
  try {
    [pid, started] = readFileSync(path.join(lock, "pid"), "utf8").split(" ").map(Number) as [number, number];
  } catch {
    return statSync(lock, { throwIfNoEntry: false }) !== undefined;
  }
  // A thread of this run (one that died holding it is waited for up to MAKER_WAIT_MS: its pid runs on).
  if (pid === process.pid) return Math.abs(started - STARTED) < 1000;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether keptFolder(name, key) was made: a check's pass kept under `key`, all the check reads, as keptFolder
 * with a write of nothing keeps it once the check passes. Its use is marked, as keptFolder marks it.
 */
export function wasKept(name: string, key: string): boolean {
  return marked(keptPath(name, key));
}

/**
 * The SHA-256 of a test file's own text (`import.meta.url`), for the key of a pass it keeps: the file says how the
 * check is run and what a pass is, so an edit of it checks again.
 */
export const ownText = (url: string): string =>
  createHash("sha256")
    .update(readFileSync(fileURLToPath(url)))
    .digest("hex");

/** The folder keptFolder(name, key) makes. */
export function keptPath(name: string, key: string): string {
  return path.join(keptDir, `${name}-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`);
}

/** Whether `target` is there, its modification time then set to now: it is in use, not to be pruned. */
function marked(target: string): boolean {
  const now = new Date();
  try {
    utimesSync(target, now, now);
    return true;
  } catch {
    return false;
  }
}

/** Removes the folders (and the leftovers of interrupted writes) no run has used for a day. */
function pruneUnused(): void {
  const before = Date.now() - UNUSED_MS;
  for (const entry of readdirSync(keptDir)) {
    const dir = path.join(keptDir, entry);
    if ((statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY) < before)
      rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The TypeScript files of an output in a kept folder, as they are (`typescript`,
 * run through vitest's transform) or as JavaScript with a package.json of type
 * module (`javascript`, esbuild's transform: test/support/typecheck.ts).
 */
export function keptOutput(name: string, files: readonly GeneratedFile[], form: "typescript" | "javascript"): string {
  const sources = files.filter((f) => f.language === "typescript");
  // The JavaScript form holds esbuild's output: another esbuild, or other options, is another folder.
  const transform = form === "javascript" ? javaScriptTransform : null;
  const key = JSON.stringify([form, transform, sources.map((f) => [f.path, f.content])]);
  return keptFolder(name, key, (dir) => {
    for (const file of sources) {
      const target = path.join(dir, form === "javascript" ? file.path.replace(/\.ts$/, ".js") : file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, form === "javascript" ? toJavaScript(file.content) : file.content);
    }
    if (form === "javascript") writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }');
  });
}
