// The previous generator's output beside this generator's, both from the same
// spec: a commit of the repository's history (its committed generated/ and its
// spec/, taken with git archive), and the current generator run on that spec.
// Differential tests hold what the current generator writes to what the
// previous one wrote, whatever the spec has become since.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generate } from "../../generator/index.js";
import { repoRoot } from "./paths.js";

/** The last commit whose generated/ the previous emitters wrote (validators with an `Issues` object). */
export const PREVIOUS_REF = "d0ab284";

type Package = typeof import("../../generated/index.js");

export interface BothOutputs {
  readonly previous: Package;
  readonly current: Package;
  /** Removes the folder they were written to (they stay loaded). */
  readonly dispose: () => void;
}

const work = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests");

/** generated/ and spec/ of PREVIOUS_REF, extracted into a fresh folder. */
function extractPrevious(): string {
  mkdirSync(work, { recursive: true });
  const dir = mkdtempSync(path.join(work, `previous-${PREVIOUS_REF}-`));
  let archive: Buffer;
  try {
    archive = execFileSync("git", ["archive", PREVIOUS_REF, "generated", "spec"], {
      cwd: repoRoot,
      maxBuffer: 1 << 28,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    throw new Error(
      `these tests compare with the output of commit ${PREVIOUS_REF}, which this clone lacks (a shallow clone? fetch with --unshallow)`,
      { cause: error },
    );
  }
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  return dir;
}

/** Both outputs of PREVIOUS_REF's spec, imported; the current generator's is written beside the previous one. */
export async function previousAndCurrent(): Promise<BothOutputs> {
  const dir = extractPrevious();
  const result = await generate({ specDir: path.join(dir, "spec") });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  for (const file of result.files) {
    if (file.language !== "typescript") continue;
    const target = path.join(dir, "current", file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  const load = async (folder: string) =>
    (await import(pathToFileURL(path.join(dir, folder, "index.ts")).href)) as Package;
  return {
    previous: await load("generated"),
    current: await load("current"),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
