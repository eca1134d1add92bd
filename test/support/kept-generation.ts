// A spec folder's output as the tests run it: generated (a spec with errors
// throws, each diagnostic at its file:line:column), written to a kept folder
// as JavaScript (kept-output.ts), and its modules imported from there.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generate, type GeneratedFile, type SpecModel } from "../../generator/index.js";
import { keptOutput } from "./kept-output.js";

export interface KeptGeneration {
  readonly files: readonly GeneratedFile[];
  readonly model: SpecModel;
  /** The kept folder the output is written to. */
  readonly dir: string;
  /** A module of the output by its path in it ("index.js", "mock.js"), imported. */
  imported<T>(file: string): Promise<T>;
}

/** The output of the spec in `specDir`, kept under `name` (a name per spec a test makes, or one shared for the same spec). */
export async function keptGeneration(specDir: string, name: string): Promise<KeptGeneration> {
  const result = await generate({ specDir });
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join("\n"));
  const dir = keptOutput(name, result.files, "javascript");
  return {
    files: result.files,
    model: result.model,
    dir,
    imported: async <T>(file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as T,
  };
}
