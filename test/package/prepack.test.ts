// prepack builds with build's own script, whatever it becomes: run in a copy of
// the package's scripts whose build only leaves a mark, it leaves that mark.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";

test("prepack runs build's script", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sips-prepack-"));
  try {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    // A mark made by the shell (sh or cmd), without a process of its own.
    pkg.scripts["build"] = "echo built> built-by-build";
    writeFileSync(path.join(root, "package.json"), JSON.stringify(pkg));
    cpSync(path.join(repoRoot, "scripts"), path.join(root, "scripts"), { recursive: true });
    writeFileSync(path.join(root, "README.md"), "maintainers");
    mkdirSync(path.join(root, "docs"));
    writeFileSync(path.join(root, "docs", "package-readme.md"), "users");
    // As npm runs a script: its command in a shell at the package's root (run-steps.mjs runs them so).
    execFileSync(process.execPath, [path.join(root, "scripts", "run-steps.mjs"), "prepack"], {
      cwd: root,
      stdio: "pipe",
    });
    expect(existsSync(path.join(root, "built-by-build"))).toBe(true);
    expect(readFileSync(path.join(root, "README.md"), "utf8")).toBe("users");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
