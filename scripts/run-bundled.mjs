// Runs one of the generator's commands from a single bundled module:
//
//   node scripts/run-bundled.mjs generator/cli.ts --check
//
// Loading the generator's TypeScript modules one by one through a loader costs
// about three times as much start-up as one bundled module, and a maintainer
// pays the start-up on every run. The bundle is kept in
// node_modules/.cache/sips-json/ under a hash of every source it was built
// from (and of this file and esbuild's version): when any of them changes it
// is built again (esbuild, well under a second), so an edited generator never
// runs stale and there is nothing to build by hand.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cacheDir = path.join(root, "node_modules", ".cache", "sips-json");
const self = fileURLToPath(import.meta.url);

const entry = process.argv[2];
if (entry === undefined || !entry.endsWith(".ts")) {
  process.stderr.write("usage: node scripts/run-bundled.mjs <generator/command.ts> [arguments]\n");
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

const bundle = fresh() ?? (await build());
await import(pathToFileURL(bundle).href);

/** The bundle of the last build when every source it was built from is unchanged, else undefined. */
function fresh() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    const bundle = path.join(cacheDir, stamp.bundle);
    return keyOf(stamp.inputs) === stamp.key && existsSync(bundle) ? bundle : undefined;
  } catch {
    // No stamp yet, an unreadable one, or a source gone: build.
    return undefined;
  }
}

/**
 * A hash of what decides the bundle's bytes: the sources (relative to the
 * checkout), this file and esbuild. `read` gives a source's text: a build
 * hashes the texts it bundled, so that a file saved during the build makes
 * the next run build again rather than run what was bundled before it.
 */
function keyOf(inputs, read = (input) => readFileSync(path.join(root, input), "utf8")) {
  const hash = createHash("sha256");
  const esbuildVersion = JSON.parse(readFileSync(path.join(root, "node_modules/esbuild/package.json"), "utf8")).version;
  for (const part of [esbuildVersion, readFileSync(self, "utf8")]) hash.update(`${part.length}:${part}`);
  for (const input of inputs) {
    const text = read(input);
    hash.update(`${input.length}:${input}${text.length}:${text}`);
  }
  return hash.digest("hex");
}

/** Bundles the command, writes it and its stamp (each written whole, then renamed), and returns its path. */
async function build() {
  const esbuild = await import("esbuild");
  const bundled = new Map();
  const commandLine = path.join(root, "generator", "command-line.ts");
  let result;
  try {
    result = await esbuild.build({
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
      absWorkingDir: root,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20.19",
      packages: "external",
      metafile: true,
      write: false,
      logLevel: "silent",
      plugins: [ownModuleUrls(bundled)],
    });
  } catch (error) {
    const messages = error.errors ?? [{ text: String(error) }];
    const text = await esbuild.formatMessages(messages, { kind: "error" });
    process.stderr.write(text.join(""));
    process.exit(2);
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => input !== ENTRY_SOURCE)
    .sort();
  const key = keyOf(inputs, (input) => bundled.get(input) ?? readFileSync(path.join(root, input), "utf8"));
  const bundleName = `${name}-${key.slice(0, 16)}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  writeWhole(path.join(cacheDir, bundleName), result.outputFiles[0].contents);
  writeWhole(stampFile, `${JSON.stringify({ key, bundle: bundleName, inputs })}\n`);
  // Older bundles of this command: a run that started before may still be reading one, so a failure is fine.
  for (const file of readdirSync(cacheDir)) {
    if (file.startsWith(`${name}-`) && file.endsWith(".mjs") && file !== bundleName)
      rmSync(path.join(cacheDir, file), { force: true });
  }
  return path.join(cacheDir, bundleName);
}

/** Writes a file under a name of its own, then renames it: two runs building at once never read half a file. */
function writeWhole(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/**
 * The generator finds its templates, runtime and schemas from `import.meta.url`
 * of each module; in one bundle every module would get the bundle's URL, so
 * each source's own URL is written in its place. Keeps each text it read in
 * `bundled`, by path from the checkout.
 */
function ownModuleUrls(bundled) {
  return {
    name: "own-module-urls",
    setup(plugin) {
      plugin.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        bundled.set(path.relative(root, args.path), source);
        const contents = source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
        const left = /import\.meta\b/.exec(contents);
        if (left === null) return { contents, loader: "ts" };
        const before = contents.slice(0, left.index).split("\n");
        const [line, column] = [before.length, before[before.length - 1].length];
        const lineText = contents.split("\n")[line - 1];
        const location = { file: path.relative(root, args.path), line, column, length: left[0].length, lineText };
        return { errors: [{ text: "only import.meta.url can be bundled", location }] };
      });
    },
  };
}
