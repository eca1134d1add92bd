// Runs one of the generator's commands from a bundle of its modules:
//
//   node scripts/run-bundled.cjs generator/cli.ts --check
//
// Loading the generator's TypeScript modules one by one through a loader costs
// about three times as much start-up as a bundle, and a maintainer pays the
// start-up on every run. The bundle is kept in node_modules/.cache/sips-json/
// under a hash of every source it was built from (and of this file and
// esbuild's version): when any of them changes it is built again (esbuild,
// well under a second), so an edited generator never runs stale and there is
// nothing to build by hand. It is one CommonJS script, run with a code cache
// (cached-script.cjs); a module the code imports with `import()` is evaluated
// only when a run gets there. The launcher is CommonJS too: an ES module as
// the process's entry starts node's ES module loader, which then loads each
// of node's own modules through a facade of its exports (some 20-30 ms of CPU
// in every process, --help included).

"use strict";
// The parent's pid as the process starts, before a bundle is built or loaded: npm's shell, ended by a SIGTERM
// meanwhile, left the command its new parent to compare with, and a --watch ran on, orphaned (cli/stop-requested.ts).
globalThis[Symbol.for("sips-json.parent-at-start")] = process.ppid;
const { setFlagsFromString } = require("node:v8");
/**
 * The one V8 flag a script gives node's command line (package.json), which V8 reads only as it makes a heap: set
 * to its default while node's modules load (NODE_MODULES), the heap already made, and back after, for the heaps
 * of the threads that a run starts.
 */
const OLD_SPACE = "--initial-old-space-size=";
const oldSpace = process.execArgv.findLast((option) => option.startsWith(OLD_SPACE));
if (oldSpace !== undefined) setFlagsFromString(`${OLD_SPACE}0`);
const { createHash } = require("node:crypto");
const { existsSync } = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { freshEntry, threadEntry } = require("./bundle-stamp.cjs");
const { runCachedScript } = require("./cached-script.cjs");

const root = path.join(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "sips-json");
const self = path.relative(root, __filename);

const entry = process.argv[2];
if (entry === undefined || !entry.endsWith(".ts")) {
  process.stderr.write("usage: node scripts/run-bundled.cjs <generator/command.ts> [arguments]\n");
  process.exit(2);
}
const entryFile = path.resolve(root, entry);
// Named for the command and the checkout: copies of the project sharing one node_modules keep a bundle each.
const checkout = createHash("sha256").update(root).digest("hex").slice(0, 8);
const command = path
  .relative(root, entryFile)
  .replace(/\.ts$/, "")
  .replace(/[^A-Za-z0-9]+/g, "-");
const name = `${command}-${checkout}`;
const stampFile = path.join(cacheDir, `${name}.json`);
/** The name of the bundle's entry, which is written here rather than read from a file. */
const ENTRY_SOURCE = "<run-bundled entry>";
/**
 * Files that decide the bundle's bytes besides the sources esbuild reads: this file, its builder, esbuild
 * plugins (and the change one makes to prettier's printer) and stamp, the one that runs the bundle (its code
 * cache is made for the script it wraps) and esbuild's version.
 */
const TOOLS = [
  self,
  "scripts/bundle-build.cjs",
  "scripts/bundle-plugins.cjs",
  "scripts/remembered-indents.cjs",
  "scripts/propagated-breaks.cjs",
  "scripts/bundle-stamp.cjs",
  "scripts/cached-script.cjs",
  "node_modules/esbuild/package.json",
];
/**
 * Modules the generator runs as threads of their own (threads/start-thread.ts),
 * each bundled as an ES module beside the command's script, sharing parts
 * with each other.
 */
const THREADS = ["generator/read/parse-thread.ts", "generator/emit/emit-thread.ts"].filter((thread) =>
  existsSync(path.join(root, thread)),
);
/** Where this script tells the generator each thread's bundle is, by its source's URL (threads/start-thread.ts). */
const BUNDLED_THREADS = Symbol.for("sips-json.bundled-threads");
const V8_MAJOR = Number(process.versions.v8.split(".")[0]);
/** Operations parsed, checked or emitted afresh from which a run widens the young generation: an edit's few stay under. */
const MANY_OPERATIONS = 16;

/**
 * node's own modules that the commands load, loaded while V8's flags are its
 * defaults, with the launcher's own. node compiles its modules from a code cache of
 * its own, made under V8's default flags, and V8 takes a cache only under the
 * flags it was made with: every one of its modules loaded once a flag differs
 * (--initial-old-space-size on node's command line, the launcher's, or
 * --no-flush-bytecode set by cached-script.cjs) was compiled from its source,
 * some 26 of them in every run (child_process with net and dgram, fs/promises
 * with readline, worker_threads; tty where a stream is a terminal). The
 * commands load each of them anyway, `--help` too (commander asks for
 * child_process); a module one of node's loads only when it is first used
 * (fs's rimraf) is left to it.
 */
const NODE_MODULES = [
  "node:child_process",
  "node:diagnostics_channel",
  "node:fs/promises",
  "node:os",
  "node:perf_hooks",
  "node:process",
  "node:tty",
  "node:worker_threads",
];
for (const module of NODE_MODULES) require(module);
if (oldSpace !== undefined) setFlagsFromString(oldSpace);

/**
 * Packages bundled with the generator, with the packages they import, rather
 * than loaded from node_modules: each is many small CommonJS files, which cost
 * several times as much to resolve and load one by one as to evaluate in one
 * module. prettier's document printer is one file, but every edit's run
 * prints with it: bundled, it is compiled from the code cache with the rest,
 * where node compiled it anew in each run. The others (prettier itself, ajv,
 * ...) are loaded by the code that needs them, when it does.
 */
const INLINED = ["commander", "diff", "fastest-levenshtein", "handlebars", "prettier/doc", "to-regex-range", "yaml"];

const built = freshEntry(root, cacheDir, stampFile);
if (built !== undefined) run(built);
else
  require("./bundle-build.cjs")
    .buildBundle({
      root,
      cacheDir,
      name,
      stampFile,
      entryFile,
      entrySource: ENTRY_SOURCE,
      tools: TOOLS,
      threads: THREADS,
      inlined: INLINED,
    })
    .then(run);

/** Runs the command from its bundle, its threads from theirs. */
function run(bundle) {
  globalThis[BUNDLED_THREADS] = new Map(
    THREADS.map((thread) => [
      pathToFileURL(path.join(root, thread)).href,
      pathToFileURL(path.join(path.dirname(bundle), threadEntry(thread))).href,
    ]),
  );
  // One flag V8 reads only as it makes the heap, so given on node's command line by `npm run generate`
  // (package.json): --initial-old-space-size=128. An edit's run holds some 30-45 MB that lives to its end, and
  // V8's first limit of the old generation (some 13 MB on Node 20) made it mark and compact the whole heap twice on
  // the way there, to free 1-3 MB each time. A run that holds more (a first run) is collected as before past it.
  // On Node 20's V8, a command's process optimises some 135 functions on a second thread, about a third of an
  // edit's CPU, and few pay back in a process of a second: a budget 8 times the default optimises only what
  // runs long. Set before the bundle's code cache is read, which is made under the same flags. Node 22 and 24
  // tier otherwise (Maglev, invocation counts) and keep their defaults.
  if (V8_MAJOR < 12) setFlagsFromString("--interrupt-budget=540672");
  if (V8_MAJOR < 12) narrowYoungGeneration();
  runCachedScript(bundle);
}

/**
 * On Node 20's V8, a young generation that does not grow (two semi-spaces of
 * its first megabyte) until the command finds much to do. An edit's run loads
 * some 40 MB of data that lives to its end: the young generation grew to two
 * semi-spaces of 16 MB on its way, 30 MB of fresh memory touched (some 7,000
 * page faults) for objects copied again into the old generation. A run that
 * parses or emits many operations (a first run) makes much short-lived garbage,
 * which a small young generation promotes: told so (young-generation.ts), it
 * lets it grow 16-fold at its next growth, to its largest, where V8 doubles
 * it (a first run of 1,000 operations, widened by doubling after reading the
 * spec, took 6% more CPU: the emit stage's garbage, short-lived, grew it too
 * slowly). Set before the code cache is read, and set back before it is made
 * at exit (an exit listener added before the runner's), since V8 keeps a
 * cache for the flags it was made under.
 */
function narrowYoungGeneration() {
  setFlagsFromString("--semi-space-growth-factor=1");
  let widened = false;
  globalThis[Symbol.for("sips-json.size-young-generation")] = (operations) => {
    if (widened || operations < MANY_OPERATIONS) return;
    widened = true;
    setFlagsFromString("--semi-space-growth-factor=16");
  };
  process.once("exit", () => {
    if (widened) setFlagsFromString("--semi-space-growth-factor=1");
  });
}
