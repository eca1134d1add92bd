// prettier's document printer as the launcher bundles it (scripts/bundle-plugins.cjs,
// patchedPrinter): bundled by esbuild with the launcher's plugin into a folder of the
// test's, then imported, for the tests that hold each patch of the printer.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { printer } from "prettier/doc";

const { patchedPrinter } = createRequire(import.meta.url)("../../scripts/bundle-plugins.cjs") as {
  patchedPrinter: () => import("esbuild").Plugin;
};

/** prettier/doc bundled by the launcher's plugin into `folder`, as its text and its printer. */
export async function bundledPrinter(folder: string): Promise<{ text: string; printer: typeof printer }> {
  const outfile = path.join(folder, "doc.mjs");
  await build({
    stdin: { contents: 'export { printer } from "prettier/doc";', resolveDir: process.cwd(), loader: "js" },
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    logLevel: "error",
    plugins: [patchedPrinter()],
  });
  const text = await readFile(outfile, "utf8");
  return { text, printer: ((await import(pathToFileURL(outfile).href)) as { printer: typeof printer }).printer };
}
