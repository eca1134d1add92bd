// Runs the command's bundle (scripts/run-bundled.cjs) as a script with a V8
// code cache kept beside it. A run compiles every function it calls on first
// call, and an edit's run calls most of the generator's (the printer, every
// emitter): some tens of milliseconds of CPU on every run, for the same code.
// The cache holds what the runs before compiled, so a run deserializes it
// instead. Node 20 offers no compile cache for ES modules
// (`module.enableCompileCache` came with Node 22), so the command is bundled
// as one CommonJS script for vm.Script's `cachedData`: a module it imports
// with import() is still evaluated only when a run gets there (esbuild wraps
// it), but it is compiled from the cache with the rest.
//
// The cache is only ever a cache: V8 rejects one made by another V8 or with
// other flags (it is then made again), a missing, unreadable or damaged one
// is made at exit, and a failure to write it changes nothing but the next
// run's time. V8 does not check the bytes it deserializes (a damaged cache
// stops the process at a fatal error, and every run after it), so the header
// holds a hash of them, checked before V8 is given any. It lives in the
// bundle's folder, which is named for every source the bundle was built from
// and for this file: never beside another script.

"use strict";
const { isAscii } = require("node:buffer");
const { createHash } = require("node:crypto");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

/**
 * The cache's header: the bytecode the process held when it was made and the machine code it had compiled (see
 * keepCache), then the hash of the rest.
 */
const HEADER = 8 + 8 + 32;
/** How much more bytecode, and machine code, than when the cache was made a run must hold for it to be made again. */
const GROWTH = 1.25;

/** What the function a bundle's file holds takes, as node gives a module's (bundle-build.cjs writes it). */
const SCRIPT_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];

/**
 * Runs the CommonJS bundle `file`, a function as node wraps a module's code (SCRIPT_PARAMETERS), as node runs a
 * module of its own, compiled from its code cache where one fits.
 */
function runCachedScript(file) {
  keepBytecode();
  const cacheFile = `${file}.${process.version}-${process.arch}-${flagsTag()}.v8cache`;
  const cached = readCache(cacheFile);
  const script = new vm.Script(sourceOf(readFileSync(file)), { filename: file, cachedData: cached?.data });
  const made = cached === undefined || script.cachedDataRejected ? undefined : cached;
  process.once("exit", () => keepCache(script, cacheFile, made));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
}

/**
 * V8 drops the bytecode of a function not run for some collections of the
 * whole heap (`--bytecode-old-age`, 5 on Node 20), and the cache holds only
 * what has bytecode when it is made: a long run (a first run of a thousand
 * operations, which makes the cache again as it compiles far more) dropped
 * what ran at its start, the script's own top level among it, so that every
 * run after it parsed the whole bundle again to compile it (after an edit
 * among 1,000 operations, some 50 ms of the main thread's CPU). Set before
 * the cache is read: V8 keeps a cache for the flags it was made under.
 */
function keepBytecode() {
  v8.setFlagsFromString("--no-flush-bytecode");
}

/**
 * V8 takes a cache only under the flags it was made with, and node's own
 * options are V8's flags too: `npm run generate` starts node with some
 * (package.json), a test or a hand-typed `node scripts/run-bundled.cjs` with
 * none. Named for V8's tag of its version, flags and processor features, as
 * set once the launcher's own are, each keeps a cache of its own, where one
 * file was made again by whichever ran last and refused by the other.
 */
const flagsTag = () => v8.cachedDataVersionTag().toString(16).padStart(8, "0");

/** The cache and what the run that made it held (bytecode, machine code), or undefined. */
function readCache(cacheFile) {
  try {
    const bytes = readFileSync(cacheFile);
    if (bytes.length <= HEADER) return undefined;
    const data = bytes.subarray(HEADER);
    if (!hashOf(data).equals(bytes.subarray(16, HEADER))) return undefined;
    return { bytecode: Number(bytes.readBigUInt64LE(0)), machineCode: Number(bytes.readBigUInt64LE(8)), data };
  } catch {
    return undefined;
  }
}

/**
 * Makes the cache again when there was none that fit, or when this run
 * compiled much more than the one that made it (a first run that stopped at
 * `--help`, then one that generated): the cache holds the functions compiled
 * so far. The bytecode is counted by a walk of the whole heap (10-15 ms of
 * CPU at the end of an edit's run), so only after a run that compiled much
 * more machine code (the size of a heap space, read at once): code run often
 * enough to be compiled again, which a run that went further than the cache's
 * compiles more of. Written whole, then renamed.
 */
function keepCache(script, cacheFile, made) {
  const machineCode = machineCodeSize();
  if (made !== undefined && machineCode <= made.machineCode * GROWTH) return;
  const bytecode = v8.getHeapCodeStatistics().bytecode_and_metadata_size;
  if (made !== undefined && bytecode <= made.bytecode * GROWTH) return;
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    const data = script.createCachedData();
    const header = Buffer.alloc(16);
    header.writeBigUInt64LE(BigInt(bytecode));
    header.writeBigUInt64LE(BigInt(machineCode), 8);
    writeFileSync(partial, Buffer.concat([header, hashOf(data), data]));
    renameSync(partial, cacheFile);
  } catch {
    rmSync(partial, { force: true });
  }
}

/** The machine code the process holds: the code space in use. */
const machineCodeSize = () =>
  v8.getHeapSpaceStatistics().find((space) => space.space_name === "code_space")?.space_used_size ?? 0;

/**
 * The script's text. esbuild writes ASCII (bundle-ascii.test.ts), read as
 * Latin-1 straight into a string of one byte per character, where node's
 * UTF-8 read goes by chunks and V8 then checks and decodes every byte (some
 * 7 ms of CPU for the 1.3 MB bundle); any other text is decoded as UTF-8.
 */
const sourceOf = (bytes) => (isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8"));

/** About a millisecond of CPU for the command's cache, where deserializing it saves tens. */
const hashOf = (data) => createHash("sha256").update(data).digest();

module.exports = { runCachedScript, SCRIPT_PARAMETERS };
