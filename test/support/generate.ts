import path from "node:path";
import { generate, type GeneratedFile, type SpecModel } from "../../generator/index.js";
import { fixturesDir, specDir } from "./paths.js";

type Generated = { files: readonly GeneratedFile[]; model: SpecModel };

/** The spec in `specDir` generated in memory, or a failure listing its diagnostics. */
async function generated(specDir: string, cwd?: string): Promise<Generated> {
  const result = await generate({ specDir, ...(cwd ? { cwd } : {}) });
  if (!result.ok)
    throw new Error(`the spec ${specDir} has errors:\n${result.diagnostics.map((d) => d.message).join("\n")}`);
  return { files: result.files, model: result.model };
}

let repository: Promise<Generated> | undefined;
let golden: Promise<Generated> | undefined;

/** The repository's spec, generated in memory once per worker: the test files of a worker share their modules (vitest.config.ts). */
export function generateRepoSpec(): Promise<Generated> {
  repository ??= generated(specDir);
  return repository;
}

/** The golden fixture's folder: its spec in spec/, its expected output in generated/. */
export const goldenRoot = path.join(fixturesDir, "golden");

/** The golden fixture's spec (every feature of the format), generated in memory once per worker, as from its folder. */
export function generateGoldenSpec(): Promise<Generated> {
  golden ??= generated(path.join(goldenRoot, "spec"), goldenRoot);
  return golden;
}
