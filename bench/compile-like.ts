// Generated TypeScript that the package's build does not hold (the Paypage
// fixture's decoder, an earlier generator's output), compiled as that build
// compiles generated/: tsconfig.build.json's options, by `tsc -b`, which
// writes again every output that is missing or older than its source, so
// that the bench never times stale JavaScript.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");

/** Where the configurations and build records are kept (git ignores it). */
export const WORK = path.join(root, "bench", ".work");

/**
 * Compiles the TypeScript under `sources` (absolute) into `outDir`, the outputs' paths being the sources' below
 * `rootDir`. `name` names its configuration and build record in WORK.
 */
export function compileLike(name: string, rootDir: string, sources: string, outDir: string): void {
  mkdirSync(WORK, { recursive: true });
  const config = path.join(WORK, `tsconfig.${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(root, "tsconfig.build.json"),
      compilerOptions: { rootDir, outDir, tsBuildInfoFile: path.join(WORK, `${name}.tsbuildinfo`) },
      include: [path.join(sources, "**", "*.ts")],
      exclude: [],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, "-b", config], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    // tsc prints its diagnostics on stdout, which the error's message leaves out.
    const said = String((error as { stdout?: unknown }).stdout ?? "");
    throw new Error(`tsc -b ${config} failed:\n${said}`, { cause: error });
  }
}
