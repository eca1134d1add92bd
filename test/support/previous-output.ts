// The previous generator's output beside this generator's, both from the same
// spec: a commit of the repository's history (a committed output and the spec
// it was generated from, taken with git archive), and the current generator
// run on that spec. Differential tests hold what the current generator writes
// to what the previous one wrote, whatever the specs have become since. The
// current generator's output of any spec can be written and imported the same way.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import type { SpecModel } from "../../generator/index.js";
import { generateGoldenSpec, generateRepoSpec } from "./generate.js";
import { keptGeneration } from "./kept-generation.js";
import { keptFolder, keptOutput } from "./kept-output.js";
import { repoRoot } from "./paths.js";
import { toJavaScript } from "./typecheck.js";

/** The last commit whose outputs the previous emitters wrote (validators with an `Issues` object). */
export const PREVIOUS_REF = "d0ab284";

/** The specs with a committed output at PREVIOUS_REF: the repository's, and the golden fixture's (every feature of the format). */
export const PREVIOUS_SPECS = {
  repository: { output: "generated", spec: "spec" },
  golden: { output: "test/fixtures/golden/generated", spec: "test/fixtures/golden/spec" },
} as const;

/** The runtime the previous outputs ran with. */
const RUNTIME = "generated/runtime";

type Package = typeof import("../../generated/index.js");

export interface BothOutputs {
  readonly previous: Package;
  readonly current: Package;
}

/**
 * The output and the spec at PREVIOUS_REF, extracted once into a kept folder (test/support/kept-output.ts), the
 * output as JavaScript, as the current one is imported (importWritten).
 */
function extractPrevious(paths: { output: string; spec: string }): string {
  const key = JSON.stringify([PREVIOUS_REF, RUNTIME, paths.output, paths.spec, "javascript", "effect"]);
  return keptFolder(`previous-${PREVIOUS_REF}`, key, (dir) => {
    let archive: Buffer;
    try {
      archive = execFileSync("git", ["archive", PREVIOUS_REF, RUNTIME, paths.output, paths.spec], {
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
    withEffect(path.join(dir, paths.spec, "operations"));
    // A golden output holds its platform file only: the runtime it ran with is the one copied into generated/.
    const runtime = path.join(dir, paths.output, "runtime");
    for (const file of readdirSync(path.join(dir, RUNTIME)))
      if (!existsSync(path.join(runtime, file))) copyFileSync(path.join(dir, RUNTIME, file), path.join(runtime, file));
    for (const entry of readdirSync(path.join(dir, paths.output), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
      const file = path.join(entry.parentPath, entry.name);
      writeFileSync(file.replace(/\.ts$/, ".js"), toJavaScript(readFileSync(file, "utf8")));
      rmSync(file);
    }
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }');
  });
}

/**
 * The spec format now asks each operation for its `effect`, which the specs at PREVIOUS_REF predate: it is
 * given to each (at the end of its file, so that no place moves). No validator, seal or type reads it.
 */
function withEffect(operationsDir: string): void {
  for (const entry of readdirSync(operationsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".yaml")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8");
    if (!/^effect:/m.test(text)) writeFileSync(file, `${text}${text.endsWith("\n") ? "" : "\n"}effect: changes\n`);
  }
}

/** The current generator's output of a spec, written to a kept folder and imported, with the spec's model. */
async function writtenOutput(specDir: string, name: string): Promise<{ pkg: Package; model: SpecModel }> {
  const output = await keptGeneration(specDir, name);
  return { pkg: await output.imported<Package>("index.js"), model: output.model };
}

/**
 * Writes an output to a kept folder as JavaScript and imports its index: node loads it as it is, where vitest's
 * transform of the TypeScript cost more to load, and its rewritten imports made every validation slower.
 */
async function importWritten(files: readonly GeneratedFile[], name: string): Promise<Package> {
  const dir = keptOutput(name, files, "javascript");
  return (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Package;
}

const loaded = new Map<string, Promise<{ pkg: Package; model: SpecModel }>>();

/**
 * The current generator's output of the repository's spec or of the golden fixture's, written and imported
 * once per worker (the test files of a worker share their modules: vitest.config.ts) from the generation
 * test/support/generate.ts shares.
 */
export function loadedOutput(which: "repository" | "golden"): Promise<{ pkg: Package; model: SpecModel }> {
  let output = loaded.get(which);
  if (!output) {
    output = (async () => {
      const { files, model } = await (which === "repository" ? generateRepoSpec() : generateGoldenSpec());
      return { pkg: await importWritten(files, `current-${which}`), model };
    })();
    loaded.set(which, output);
  }
  return output;
}

/** Both outputs of a spec at PREVIOUS_REF, imported: the one committed then, and the current generator's of that spec. */
export async function previousAndCurrent(which: keyof typeof PREVIOUS_SPECS): Promise<BothOutputs> {
  const paths = PREVIOUS_SPECS[which];
  const dir = extractPrevious(paths);
  const { pkg: current } = await writtenOutput(path.join(dir, paths.spec), `current-of-${PREVIOUS_REF}-${which}`);
  const previous = (await import(pathToFileURL(path.join(dir, paths.output, "index.js")).href)) as Package;
  return { previous, current };
}
