// A large CommonJS module of node_modules run from a V8 code cache, for the
// tests: Node 20 has no compile cache (`module.enableCompileCache` came with
// Node 22), and a worker that loads TypeScript's compiler (ts-api.ts) compiled
// its 9 MB anew in every run. The module is wrapped and run as node runs a
// CommonJS module; the cache holds what its load and a warm-up compiled.
//
// The cache is only ever a cache, as the launcher's (scripts/cached-script.cjs):
// it is named by a hash of the module's text, node's version and the
// architecture, so that an edited or upgraded module never meets another's
// code; it holds a hash of its bytes, checked before V8 is given any (V8 does
// not check them, and a damaged cache could stop the process); one V8 rejects
// (other flags) or that is missing or damaged is made again; a failure to
// write it changes nothing but the next run's time. Written whole, then
// renamed: a worker beside never reads half of one.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import { repoRoot } from "./paths.js";

const cacheDir = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests", "code-cache");

/** The hash that heads a cache file, then its bytes. */
const HASH = 32;

const sha256 = (data: string | Uint8Array): Buffer => createHash("sha256").update(data).digest();

/**
 * The exports of the CommonJS module `file`, run as node runs it, compiled from its code cache where one fits.
 * Where none did, `warm` is called with the exports (to compile what the tests call) before the cache is made.
 */
export function cachedModule<T>(file: string, warm: (loaded: T) => void): T {
  const text = readFileSync(file, "utf8");
  const cacheFile = path.join(
    cacheDir,
    `${path.basename(file)}-${sha256(text).toString("hex").slice(0, 32)}-${process.version}-${process.arch}.v8cache`,
  );
  const cachedData = readCache(cacheFile);
  // Node's own wrapper of a CommonJS module, opened on the module's first line: none of its lines moves.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    warm(module.exports);
    writeCache(cacheFile, script.createCachedData());
  }
  return module.exports;
}

/** The cache's bytes when its hash holds, else undefined. */
function readCache(cacheFile: string): Buffer | undefined {
  try {
    const bytes = readFileSync(cacheFile);
    const data = bytes.subarray(HASH);
    return bytes.length > HASH && sha256(data).equals(bytes.subarray(0, HASH)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(cacheFile: string, data: Buffer): void {
  const partial = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(partial, Buffer.concat([sha256(data), data]));
    renameSync(partial, cacheFile);
  } catch {
    rmSync(partial, { force: true });
  }
}
