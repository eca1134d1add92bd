// Builds a command's bundle (run-bundled.cjs): esbuild bundles the command as
// one CommonJS script and its threads as ES modules beside it, the files are
// written whole into a folder named for the hash of every source, then the
// stamp names it and bundles replaced a day ago or more are removed. Loaded
// only by a run that finds no fresh bundle.

"use strict";
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
const { settled, statKey, textHash, threadEntry, writeStamp } = require("./bundle-stamp.cjs");
const { SCRIPT_PARAMETERS } = require("./cached-script.cjs");

/**
 * Bundles the command, writes its files and its stamp (each written whole, then renamed), and returns its entry.
 * `launch` is what run-bundled.cjs knows of the command: the checkout, the cache folder, the command's name
 * and stamp, its entry file and the name of the entry esbuild reads from stdin, the files that decide the
 * bundle besides its sources, the thread modules and the packages inlined.
 */
async function buildBundle(launch) {
  const { root, cacheDir, name, stampFile, entryFile, entrySource, tools, threads, inlined } = launch;
  const esbuild = require("esbuild");
  const { inlinedPackages, ownModuleUrls, patchedPrinter } = require("./bundle-plugins.cjs");
  const lookedAt = Date.now();
  // The texts bundled, by path from the checkout: the sources as esbuild read them, the tools as read before it.
  const read = new Map(tools.map((tool) => [tool, readFileSync(path.join(root, tool), "utf8")]));
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
    plugins: [inlinedPackages(inlined), ownModuleUrls(root, read), patchedPrinter()],
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
          sourcefile: entrySource,
          loader: "ts",
        },
        outExtension: { ".js": ".cjs" },
        format: "cjs",
        // The wrapper node puts around a module, written into the file (cached-script.cjs compiles the file's text
        // as it is): wrapped at run time, the 1.3 MB source was copied again into the wrapper's string.
        banner: { js: `(function (${SCRIPT_PARAMETERS.join(", ")}) {` },
        footer: { js: "})" },
        // A package left out (prettier) is required where the code imports it with import(): a script run from its
        // code cache has no import() of its own on Node 20 without an experimental loader.
        supported: { "dynamic-import": false },
      }),
      threads.length === 0
        ? { outputFiles: [], metafile: { inputs: {} } }
        : esbuild.build({
            ...common,
            entryPoints: threads.map((thread) => path.join(root, thread)),
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
  const inputs = [...tools, ...[...built].filter((input) => input !== entrySource)].sort();
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
  const before = previousBundle(stampFile);
  writeStamp(stampFile, { bundle: bundleDir, entry, sources });
  prune(cacheDir, name, bundleDir, before);
  return path.join(target, entry);
}

/** The bundle the stamp names, if any: the one this build replaces. */
function previousBundle(stampFile) {
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
function prune(cacheDir, name, current, replaced) {
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

module.exports = { buildBundle };
