import type { GeneratedFile } from "../emit/generated-file.js";
import { planOutput, type OutputChange } from "./compare-output.js";
import { MANIFEST_FILE } from "./manifest.js";
import { readOutputConsistently, type ReadOutputOptions } from "./read-output.js";

/**
 * What writing `files` to `outDir` would change, the manifest included;
 * empty when the output is up to date. Writes nothing to the folder nor beside
 * it. A file whose stat the record vouches for is not read (stat-record.ts);
 * any other is read and hashed, so a hand edit is always found.
 */
export async function checkOutput(
  outDir: string,
  files: readonly GeneratedFile[],
  options: ReadOutputOptions = {},
): Promise<OutputChange[]> {
  const state = await readOutputConsistently(outDir, options);
  const plan = planOutput(state, files);
  if (!plan.manifestChanged) return [...plan.changes];
  const manifest: OutputChange = {
    path: MANIFEST_FILE,
    kind: state.manifestText === undefined ? "added" : "changed",
    before: state.manifestText ?? null,
    after: plan.manifestText,
  };
  return [manifest, ...plan.changes];
}
