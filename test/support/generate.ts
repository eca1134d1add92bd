import { generate, type GeneratedFile, type SpecModel } from "../../generator/index.js";
import { specDir } from "./paths.js";

let cached: Promise<{ files: readonly GeneratedFile[]; model: SpecModel }> | undefined;

/** The repository's spec, generated in memory once per worker: the test files of a worker share their modules (vitest.config.ts). */
export function generateRepoSpec(): Promise<{ files: readonly GeneratedFile[]; model: SpecModel }> {
  cached ??= generate({ specDir }).then((result) => {
    if (!result.ok)
      throw new Error(`the repository spec has errors:\n${result.diagnostics.map((d) => d.message).join("\n")}`);
    return { files: result.files, model: result.model };
  });
  return cached;
}
