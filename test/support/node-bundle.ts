// TypeScript of the repository run as a process of its own, for the tests that
// kill processes or race them: bundled by esbuild (the compiler tsx runs file
// by file behind its loader) into one JavaScript file, which plain node starts
// in ~0.2 s of CPU where `node --import tsx` costs ~0.9 s. The same code runs:
// esbuild strips the types and joins the modules.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";

/**
 * A bundle, in a new temporary folder the caller removes, of a TypeScript file or of a module's code
 * (whose imports are resolved from `resolveDir`); returns the bundle's path, to start as `node <path>`.
 */
export async function bundleForNode(
  entry: { readonly file: string } | { readonly code: string; readonly resolveDir: string },
): Promise<string> {
  const outfile = path.join(await mkdtemp(path.join(tmpdir(), "sips-bundle-")), "entry.mjs");
  await build({
    ...("file" in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.code, resolveDir: entry.resolveDir, loader: "ts" } }),
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "error",
  });
  return outfile;
}
