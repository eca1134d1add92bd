// The esbuild plugins of the launcher (run-bundled.cjs): which packages go
// into the bundle, each module's own URL kept where the generator reads
// `import.meta.url` to find its templates, runtime and schemas, and prettier's
// printer with its indentations remembered and its pass that breaks groups
// skipped where the document is marked already.

"use strict";
const { readFileSync } = require("node:fs");
const { builtinModules } = require("node:module");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { skipPropagatedBreaks } = require("./propagated-breaks.cjs");
const { rememberIndents } = require("./remembered-indents.cjs");

/**
 * Bundles the packages `inlined` names (a package, or one of its entries, as
 * "prettier/doc") and what they import (resolved from the checkout); every
 * other package and node's own modules stay imports.
 */
function inlinedPackages(inlined) {
  const names = new Set(inlined);
  return {
    name: "inlined-packages",
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.pluginData === "inlined") return undefined;
        const match = /^(?:@[^/]+\/)?[^/]+/.exec(args.path);
        const fromPackage = args.importer.split(path.sep).includes("node_modules");
        if (
          match === null ||
          builtinModules.includes(match[0]) ||
          !(fromPackage || names.has(match[0]) || names.has(args.path))
        )
          return { path: args.path, external: true };
        return plugin.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "inlined" });
      });
    },
  };
}

/**
 * The generator finds its templates, runtime and schemas from `import.meta.url`
 * of each module; in one bundle every module would get the bundle's URL, so
 * each source's own URL is written in its place. Keeps each text it read in
 * `read`, by path from `root`, the checkout.
 */
function ownModuleUrls(root, read) {
  return {
    name: "own-module-urls",
    setup(plugin) {
      plugin.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        read.set(path.relative(root, args.path), source);
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

/**
 * prettier's document printer (prettier/doc) bundled with each indentation it makes remembered
 * (remembered-indents.cjs), and without the pass that breaks groups for a document marked already
 * (propagated-breaks.cjs).
 */
function patchedPrinter() {
  return {
    name: "patched-printer",
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]node_modules[\\/]prettier[\\/]doc\.mjs$/ }, (args) => ({
        contents: skipPropagatedBreaks(rememberIndents(readFileSync(args.path, "utf8"))),
        loader: "js",
      }));
    },
  };
}

module.exports = { inlinedPackages, ownModuleUrls, patchedPrinter };
