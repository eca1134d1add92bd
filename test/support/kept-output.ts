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
import { LOCK_TIMING, letMakingGo, type LockTiming, takeMaking } from "./maker-lock.js";
import { repoRoot } from "./paths.js";
import { javaScriptTransform, toJavaScript } from "./typecheck.js";

export const keptDir = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests", "kept");

const UNUSED_MS = 86_400_000;
let pruned = false;

/**
 * The folder `name`-(hash of `key`), made by `write` into a fresh folder and
 * renamed into place whole when it is not there yet (another worker or run may
 * be making it: whichever renames first wins, with the same content). `key`
 * must hold everything `write` writes; `timing`, how its making's lock tells
 * a maker that died (maker-lock.ts).
 */
export function keptFolder(
  name: string,
  key: string,
  write: (dir: string) => void,
  timing: LockTiming = LOCK_TIMING,
): string {
  mkdirSync(keptDir, { recursive: true });
  if (!pruned) {
    pruned = true;
    pruneUnused();
  }
  const target = keptPath(name, key);
  if (marked(target)) return target;
  // Another worker may be making it: waited for, then taken (maker-lock.ts).
  const making = takeMaking(path.join(keptDir, `.making-${path.basename(target)}`), () => marked(target), timing);
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
    if (making !== null) letMakingGo(making);
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
