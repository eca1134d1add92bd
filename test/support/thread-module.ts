// A module of the repository for another thread of this process (a Worker), or
// a plain node process, to import: bundled by esbuild as the launcher bundles
// the generator (scripts/bundle-plugins.cjs), each module keeping its own
// import.meta.url and packages left as imports. A thread loads it in about 0.1 s
// of CPU, where tsx (tsImport in the thread, `--import tsx` in a process) costs
// some 0.15-1 s more: its loader, the loader's own thread and a compile of each
// file. The bundle is kept under a hash of its text (kept-output.ts), in the
// checkout's node_modules/.cache, from which its packages' imports resolve.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { keptFolder } from "./kept-output.js";
import { repoRoot } from "./paths.js";

const { inlinedPackages, ownModuleUrls } = createRequire(import.meta.url)("../../scripts/bundle-plugins.cjs") as {
  inlinedPackages: (inlined: readonly string[]) => Plugin;
  ownModuleUrls: (root: string, read: Map<string, string>) => Plugin;
};

const ENTRY = "module.mjs";

/** Bundled once per worker: no test edits the repository's sources during a run. */
const bundled = new Map<string, Promise<string>>();

/** The URL of `file`, a TypeScript module of the repository, bundled for another thread or a process to import. */
export function moduleForThreads(file: string): Promise<string> {
  let url = bundled.get(file);
  if (!url) {
    url = bundle(file);
    bundled.set(file, url);
    url.catch(() => bundled.delete(file));
  }
  return url;
}

async function bundle(file: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [file],
    outfile: ENTRY,
    write: false,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "error",
    plugins: [inlinedPackages([]), ownModuleUrls(repoRoot, new Map())],
  });
  const text = outputFiles[0]?.text ?? "";
  const dir = keptFolder(`module-${path.basename(file, ".ts")}`, text, (into) =>
    writeFileSync(path.join(into, ENTRY), text),
  );
  return pathToFileURL(path.join(dir, ENTRY)).href;
}
