// The package's build (build's own script, as prepack runs it) in a copy whose
// dist/ still holds the outputs of sources since gone (an operation the spec no
// longer has, a runtime module merged into another): npm packs all of dist/, so
// the build must leave in it only the outputs of the sources there are.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

test("the build leaves in dist/ only the outputs of the sources in generated/", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sips-build-"));
  try {
    for (const entry of ["package.json", "tsconfig.json", "tsconfig.build.json", "scripts"])
      cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
    // The packages linked one by one: the build's record goes to the copy's own node_modules/.cache.
    mkdirSync(path.join(root, "node_modules"));
    for (const entry of readdirSync(path.join(repoRoot, "node_modules")))
      if (entry !== ".cache")
        symlinkSync(path.join(repoRoot, "node_modules", entry), path.join(root, "node_modules", entry));
    mkdirSync(path.join(root, "generated", "operations", "kept"), { recursive: true });
    writeFileSync(path.join(root, "generated", "operations", "kept", "index.ts"), "export const kept = 1;\n");
    const stale = ["operations/retired/index.js", "operations/retired/index.d.ts", "runtime/merged.d.ts.map"];
    for (const file of stale) {
      mkdirSync(path.dirname(path.join(root, "dist", file)), { recursive: true });
      writeFileSync(path.join(root, "dist", file), "export {};\n");
    }
    execFileSync(process.execPath, [path.join(root, "scripts", "run-steps.mjs"), "build"], {
      cwd: root,
      stdio: "pipe",
    });
    const built = readdirSync(path.join(root, "dist"), { recursive: true }).map(String).sort();
    const kept = path.join("operations", "kept");
    const outputs = ["index.js", "index.d.ts", "index.d.ts.map"].map((file) => path.join(kept, file));
    expect(built).toEqual(["operations", kept, ...outputs].sort());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
