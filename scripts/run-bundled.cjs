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
const { createHash } = require("node:crypto");
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
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
 * Files that decide the bundle's bytes besides the sources esbuild reads: this file, its esbuild plugins, the
 * one that runs the bundle (its code cache is made for the script it wraps) and esbuild's version.
 */
const TOOLS = [self, "scripts/bundle-plugins.cjs", "scripts/cached-script.cjs", "node_modules/esbuild/package.json"];
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

const built = fresh();
if (built !== undefined) run(built);
else build().then(run);

/** Runs the command from its bundle, its threads from theirs. */
function run(bundle) {
  globalThis[BUNDLED_THREADS] = new Map(
    THREADS.map((thread) => [
      pathToFileURL(path.join(root, thread)).href,
      pathToFileURL(path.join(path.dirname(bundle), threadEntry(thread))).href,
    ]),
  );
  runCachedScript(bundle);
}

/**
 * The entry of the last build when every file it was built from still holds
 * the bytes it was built from, else undefined. A file whose stat is as
 * recorded is not read; one that is read and found unchanged has its stat
 * recorded now, when settled, so that the next run need not read it.
 */
function fresh() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    const entryFile = path.join(cacheDir, stamp.bundle, stamp.entry);
    if (!existsSync(entryFile)) return undefined;
    let recorded = 0;
    for (const source of stamp.sources) {
      const [input, hash, stat] = source;
      const lookedAt = Date.now();
      const file = sourcePath(input);
      const now = statSync(file, { bigint: true });
      if (stat !== null && statKey(now) === stat) continue;
      if (textHash(readFileSync(file)) !== hash) return undefined;
      if (settled(now, lookedAt)) {
        source[2] = statKey(now);
        recorded++;
      }
    }
    if (recorded > 0) writeStamp(stamp);
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
function sourcePath(input) {
  return input.startsWith("..") ? path.join(root, input) : `${root}${path.sep}${input}`;
}

/** Bundles the command, writes its files and its stamp (each written whole, then renamed), and returns its entry. */
async function build() {
  const esbuild = require("esbuild");
  const { inlinedPackages, ownModuleUrls } = require("./bundle-plugins.cjs");
  const lookedAt = Date.now();
  // The texts bundled, by path from the checkout: the sources as esbuild read them, the tools as read before it.
  const read = new Map(TOOLS.map((tool) => [tool, readFileSync(path.join(root, tool), "utf8")]));
  const commandLine = path.join(root, "generator", "command-line.ts");
  const common = {
    absWorkingDir: root,
    bundle: true,
    outdir: cacheDir,
    platform: "node",
    target: "node20.19",
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [inlinedPackages(INLINED), ownModuleUrls(root, read)],
  };
  let results;
  try {
    results = await Promise.all([
      esbuild.build({
        ...common,
        stdin: {
          // The command itself, run with the arguments after the entry's path.
          contents: [
            `import { command } from ${JSON.stringify(entryFile)};`,
            `import { runAsProcess } from ${JSON.stringify(commandLine)};`,
            "runAsProcess(command, process.argv.slice(3));",
          ].join("\n"),
          resolveDir: root,
          sourcefile: ENTRY_SOURCE,
          loader: "ts",
        },
        outExtension: { ".js": ".cjs" },
        format: "cjs",
        // A package left out (prettier) is required where the code imports it with import(): a script run from its
        // code cache has no import() of its own on Node 20 without an experimental loader.
        supported: { "dynamic-import": false },
      }),
      THREADS.length === 0
        ? { outputFiles: [], metafile: { inputs: {} } }
        : esbuild.build({
            ...common,
            entryPoints: THREADS.map((thread) => path.join(root, thread)),
            // Named for its module (threadEntry).
            entryNames: "[name]",
            splitting: true,
            outExtension: { ".js": ".mjs" },
            format: "esm",
            // The inlined packages are CommonJS: their require() of node's modules needs a require in each part.
            banner: {
              js: 'import { createRequire as createRequireOfPart } from "node:module";\nconst require = createRequireOfPart(import.meta.url);',
            },
          }),
    ]);
  } catch (error) {
    const messages = error.errors ?? [{ text: String(error) }];
    const text = await esbuild.formatMessages(messages, { kind: "error" });
    process.stderr.write(text.join(""));
    process.exit(2);
  }
  const built = new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)));
  const inputs = [...TOOLS, ...[...built].filter((input) => input !== ENTRY_SOURCE)].sort();
  const sources = inputs.map((input) => {
    const now = statSync(path.join(root, input), { bigint: true });
    // Unchanged since before the build began: the bytes on disk are the bytes bundled. A package's file changed
    // during the build (an npm install meanwhile) is read after it, the one text this build does not keep.
    const isSettled = settled(now, lookedAt);
    const text = (!isSettled && read.get(input)) || readFileSync(path.join(root, input));
    return [input, textHash(text), isSettled ? statKey(now) : null];
  });
  const key = textHash(sources.map(([input, hash]) => `${input}\n${hash}\n`).join(""));
  const bundleDir = `${name}-${key.slice(0, 16)}`;
  const entry = "stdin.cjs";
  const target = path.join(cacheDir, bundleDir);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(path.join(target, entry))) {
    const partial = `${target}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial);
    for (const file of results.flatMap((result) => result.outputFiles))
      writeFileSync(path.join(partial, path.relative(cacheDir, file.path)), file.contents);
    try {
      renameSync(partial, target);
    } catch (error) {
      // Another run built the same bundle meanwhile: same sources, same files.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(path.join(target, entry))) throw error;
    }
  }
  const before = previousBundle();
  writeStamp({ bundle: bundleDir, entry, sources });
  prune(bundleDir, before);
  return path.join(target, entry);
}

/** The name of a thread's module in the bundle's folder. */
function threadEntry(thread) {
  return `${path.basename(thread, ".ts")}.mjs`;
}

/** The bundle the stamp names, if any: the one this build replaces. */
function previousBundle() {
  try {
    return JSON.parse(readFileSync(stampFile, "utf8")).bundle;
  } catch {
    return undefined;
  }
}

/**
 * Removes this command's earlier bundles a day after they were replaced: a run
 * that started from one (--watch, or a run that checked it just before this
 * build) may still import a part it has not needed yet. A bundle's folder
 * takes the time it is replaced as its modification time.
 */
function prune(current, replaced) {
  const now = new Date();
  if (replaced !== undefined && replaced !== current) {
    try {
      utimesSync(path.join(cacheDir, replaced), now, now);
    } catch {
      // Gone already.
    }
  }
  for (const file of readdirSync(cacheDir)) {
    if (!file.startsWith(`${name}-`) || file === current || file.endsWith(".partial")) continue;
    try {
      if (statSync(path.join(cacheDir, file)).mtimeMs < now.getTime() - 86_400_000)
        rmSync(path.join(cacheDir, file), { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

/** Writes the stamp under a name of its own, then renames it: two runs at once never read half a stamp. */
function writeStamp(stamp) {
  const partial = `${stampFile}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(stamp)}\n`);
  renameSync(partial, stampFile);
}
