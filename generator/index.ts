// The generator as a library: spec/ in, the complete set of generated files out.
//
//   load -> validate -> normalize -> emit -> format -> write
//
// validate, normalize and emit are functions of their input alone; load reads
// the spec and write brings the output folder to the result, so generate()
// returns all files in memory and check() compares them with the disk without
// writing anything. A memo (optional) remembers the results of the pure stages
// by a hash of their inputs, so that a run redoes only what changed.

import type { Memo } from "./memo/memo.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { Emitter, GeneratedFile } from "./emit/generated-file.js";
import { emitters, sortedUnique } from "./emit/registry.js";
import { readSpecInput, type SpecInput } from "./read/spec-files.js";
import type { SpecModel } from "./model/ir.js";
import { normalizeSpec } from "./model/normalize-spec.js";
import { emitAndFormat } from "./emit/emit-files.js";
import { rememberParsed, recallParsed } from "./pipeline/parse-memo.js";
import { pageOrders, readPages } from "./read/page/page-files.js";
import { validateSpec } from "./validate/validate-spec.js";
import { compareOutput, type OutputChange } from "./write/compare-output.js";
import { readOutputConsistently, type ReadOutputOptions } from "./write/read-output.js";
import { writeOutput, type WriteReport } from "./write/write-output.js";

export type { Diagnostic, Emitter, GeneratedFile, Memo, OutputChange, ReadOutputOptions, SpecModel, WriteReport };
export {
  DEFAULT_CACHE_DIR,
  diskMemo,
  emitters,
  formatDiagnostic,
  memoryMemo,
  unifiedDiff,
  WriteRefusal,
} from "./exports.js";

export interface GenerateOptions {
  /** Directory holding sips.yaml, dictionary/ and operations/. */
  readonly specDir: string;
  /** Paths in diagnostics are relative to it; defaults to the working directory. */
  readonly cwd?: string;
  /** Emitters to run; all by default. */
  readonly emitters?: readonly Emitter[];
  /** Where to remember results between runs (see cache/memo.ts); nothing by default. */
  readonly memo?: Memo | null;
}

export type GenerateResult =
  | {
      readonly ok: true;
      readonly files: readonly GeneratedFile[];
      readonly model: SpecModel;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Reads the spec and returns every generated file, formatted; nothing is written. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  return generateFromInput(await readSpecInput(options.specDir, options.cwd), options.emitters, options.memo ?? null);
}

export async function generateFromInput(
  input: SpecInput,
  selected: readonly Emitter[] = emitters,
  memo: Memo | null = null,
): Promise<GenerateResult> {
  const known = await recallParsed(input, memo);
  const { spec, diagnostics, clean } = validateSpec(input, known);
  await rememberParsed(input, clean, known, memo);
  const sorted = sortDiagnostics(diagnostics);
  if (!spec || hasErrors(sorted)) return { ok: false, diagnostics: sorted };
  const model = normalizeSpec(spec, pageOrders(readPages(input)));
  const files = sortedUnique(await emitAndFormat(model, input, selected, memo));
  return { ok: true, files, model, diagnostics: sorted };
}

/**
 * What writing `files` to `outDir` would change; empty when the output is up to
 * date. Writes nothing; reads the folder as one whole tree, after any run that
 * is writing it (see readOutputConsistently).
 */
export async function check(
  outDir: string,
  files: readonly GeneratedFile[],
  options: ReadOutputOptions = {},
): Promise<OutputChange[]> {
  return compareOutput(await readOutputConsistently(outDir, options), files);
}

/** Brings `outDir` to exactly `files` (see writeOutput for the guarantees). */
export const write = (outDir: string, files: readonly GeneratedFile[]): Promise<WriteReport> =>
  writeOutput(outDir, files);
