// TypeScript 7's compiler is a native executable. Its package's bin
// (typescript/bin/tsc) is a node script that finds that executable and, on
// Node 20, runs it as a child it waits for: a node start (~0.17 s of CPU) for
// each check. The tests run the executable itself, found where that script
// finds it: the package of the platform beside the typescript package.
import { createRequire } from "node:module";
import path from "node:path";

/** The native tsc of the TypeScript installed under `root` (in its node_modules). */
export function nativeTsc(root: string): string {
  const require = createRequire(path.join(root, "node_modules", "typescript", "package.json"));
  const platform = require.resolve(`@typescript/typescript-${process.platform}-${process.arch}/package.json`);
  return path.join(path.dirname(platform), "lib", process.platform === "win32" ? "tsc.exe" : "tsc");
}
