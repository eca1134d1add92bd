// Today's generated package as it is on a git ref (main by default), taken
// into bench/.work/ and imported as it is: the prototypes are measured against
// the generated code and runtime that the emitters produce now, unaffected by
// runtime changes made beside the prototypes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export async function generatedAt(
  ref = process.env["BASELINE_REF"] ?? "main",
): Promise<typeof import("../../generated/index.js")> {
  const commit = execFileSync("git", ["rev-parse", "--short", ref], { cwd: root, encoding: "utf8" }).trim();
  const dir = path.join(root, "bench", ".work", `baseline-${commit}`);
  if (!existsSync(path.join(dir, "generated", "index.ts"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync("git", ["archive", commit, "generated"], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  }
  return (await import(
    pathToFileURL(path.join(dir, "generated", "index.ts")).href
  )) as typeof import("../../generated/index.js");
}
