// The build's outputs whose source is gone: `tsc -b` writes the outputs of the
// sources there are and deletes none, so a runtime module or an operation that
// the generator no longer writes left its .js, .d.ts and .d.ts.map in dist/,
// and the tarball shipped them (an operation's subpath still importable, its
// declaration map naming a source the tarball no longer holds). Run after the
// build, this removes every file of the output folder that is not the output of
// a source, and the folders left empty.
//
//   node scripts/remove-stale-build.mjs <sources> <outputs>   (build: generated dist)
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const [sources, outputs] = process.argv.slice(2);
if (sources === undefined || outputs === undefined) {
  console.error("usage: node scripts/remove-stale-build.mjs <sources> <outputs>");
  process.exit(2);
}

/** What the compiler writes of a source `x.ts`: x.js, x.d.ts and x.d.ts.map. */
const OUTPUT = /\.(?:js|d\.ts|d\.ts\.map)$/;

/** The source that `file` (relative to the output folder) is built from, or null when no source builds it. */
function sourceOf(file) {
  if (!OUTPUT.test(file)) return null;
  return path.join(root, sources, `${file.replace(OUTPUT, "")}.ts`);
}

/** Removes the stale files under `dir` and tells whether it is empty once they are gone. */
function prune(dir, relative) {
  let kept = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(relative, entry.name);
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (prune(full, file)) rmSync(full, { recursive: true });
      else kept++;
    } else {
      const source = sourceOf(file);
      if (source !== null && existsSync(source)) kept++;
      else rmSync(full);
    }
  }
  return kept === 0;
}

const out = path.join(root, outputs);
if (existsSync(out)) prune(out, "");
