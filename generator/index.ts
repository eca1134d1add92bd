// The generator as a library: spec/ in, the complete set of generated files out.
//
//   read -> validate -> model -> emit, then check or write
//
// Each stage takes what the one before gave, once: read turns the spec folder
// into located documents (YAML and saved pages, parsed there and only there);
// validate, model and emit are functions of their input alone; write alone
// touches generated/, so generate() returns every file in memory and check()
// compares them with the disk without writing anything. A memo (optional)
// lets each stage skip what it did before for the same input: parsing a file,
// checking it against its schema, emitting an operation.

import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { emitFiles, readStoreAhead } from "./emit/emit-files.js";
import type { EmitThreads } from "./emit/emit-threads.js";
import type { Emitter, GeneratedFile } from "./emit/generated-file.js";
import { emitters } from "./emit/registry.js";
import type { Memo } from "./memo/memo.js";
import type { SpecModel } from "./model/ir.js";
import { citedPageDefects, citedPageDefectsOf, citingPlaces } from "./model/cited-page-defects.js";
import { familySlips } from "./model/family-slips.js";
import type { KeptModels } from "./model/kept-models.js";
import { normalizeSpec } from "./model/normalize-spec.js";
import { inputKeys, sharedInputKey, specInputKey } from "./read/input-keys.js";
import type { InputKey } from "./memo/input-key.js";
import type { ParseThreads } from "./read/parse-threads.js";
import { readDocuments } from "./read/read-documents.js";
import { readSpecInput, type SpecFile, type SpecInput } from "./read/spec-files.js";
import { familyPlaces } from "./validate/family-places.js";
import { rememberedFacts } from "./validate/remembered-facts.js";
import { validateWithMemo } from "./validate/validate-with-memo.js";
import { checkOutput } from "./write/check-output.js";
import type { OutputChange } from "./write/compare-output.js";
import type { ReadOutputOptions } from "./write/read-output.js";
import { writeOutput, type WriteOptions, type WriteReport } from "./write/write-output.js";
import { sizeYoungGeneration } from "./young-generation.js";

export type {
  Diagnostic,
  Emitter,
  GeneratedFile,
  Memo,
  OutputChange,
  ReadOutputOptions,
  SpecModel,
  WriteOptions,
  WriteReport,
};
export {
  DEFAULT_CACHE_DIR,
  diskMemo,
  emitters,
  formatDiagnostic,
  memoryMemo,
  unifiedDiff,
  WriteRefusal,
} from "./exports.js";

/** When the read and emit stages take a second thread (read/parse-threads.ts, emit/emit-threads.ts). */
export interface Threads {
  readonly parse: ParseThreads;
  readonly emit: EmitThreads;
}

export interface GenerateOptions {
  /** Directory holding sips.yaml, dictionary/ and operations/. */
  readonly specDir: string;
  /** Paths in diagnostics are relative to it; defaults to the working directory. */
  readonly cwd?: string;
  /** Emitters to run; all by default. */
  readonly emitters?: readonly Emitter[];
  /** Where to remember results between runs (see memo/memo.ts); nothing by default. */
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

/**
 * Reads the spec folder and returns every generated file, final; nothing is written. With a memo, every file's
 * content is read from it, and checked, before the files are returned: an entry found missing or damaged is then a
 * miss, made again, where a content read later, when first asked for, could only fail (memo/lost-entries.ts).
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const input = await readSpecInput(options.specDir, options.cwd);
  return generateFromInput(input, options.emitters, options.memo ?? null, null, { readNow: true });
}

/**
 * The same from the spec folder's files already read (or made in memory, as
 * tests and benchmarks do). `kept`: for a process that generates again and
 * again, what the next run may take of this one's model (model/kept-models.ts).
 * `rememberShared`, `readNow`: see EmitMemo (by default, an unchanged
 * operation's contents are read when first asked for, and one found lost then
 * throws MemoEntryLost: the caller runs again with `readNow`, generate-run.ts).
 * `threads`: whether the spec files may be parsed, and the operations emitted,
 * on two threads; on this one alone by default.
 */
export async function generateFromInput(
  input: SpecInput,
  selected: readonly Emitter[] = emitters,
  memo: Memo | null = null,
  kept: KeptModels | null = null,
  {
    rememberShared = true,
    readNow = false,
    threads = null,
  }: { readonly rememberShared?: boolean; readonly readNow?: boolean; readonly threads?: Threads | null } = {},
): Promise<GenerateResult> {
  // Megabytes the emit stage needs, read while the stages before it run.
  if (memo) readStoreAhead(memo, selected);
  const inputKey = inputKeys(input);
  const { model, diagnostics } = await modelOf(input, memo, kept && { kept, inputKey }, threads?.parse ?? null);
  if (!model) return { ok: false, diagnostics };
  const reuse = memo && { memo, inputKey, specKey: () => specInputKey(input), rememberShared, readNow };
  const files = await emitFiles(model, selected, reuse, threads?.emit ?? null);
  return { ok: true, files, model, diagnostics };
}

/**
 * The model of a valid spec, or the diagnostics of one that is not. A function
 * of its own: the parsed documents (every node of every file, with its place)
 * end with it, rather than stay reachable from the caller's frame while the
 * files are emitted.
 */
async function modelOf(
  input: SpecInput,
  memo: Memo | null,
  kept: { readonly kept: KeptModels; readonly inputKey: InputKey } | null,
  threads: ParseThreads | null,
): Promise<{ readonly model?: SpecModel; readonly diagnostics: readonly Diagnostic[] }> {
  // An operation the memo has facts of is read only if a stage asks for it; a process that builds the model again
  // and again (kept-models.ts) reads every operation's data.
  const known = memo && !kept ? await rememberedFacts(input, memo) : undefined;
  const later = known ? (file: SpecFile) => !!known.get(file.relPath)?.facts : null;
  sizeYoungGeneration(input.files.filter((file) => file.kind === "operation" && !later?.(file)).length);
  const read = await readDocuments(input, memo, threads, later);
  const { spec, diagnostics } = await validateWithMemo(read, memo, known);
  if (!spec || hasErrors(diagnostics))
    return { diagnostics: sortDiagnostics([...citedPageDefectsOf(read.documents, read.pages), ...diagnostics]) };
  const keys = kept && { kept: kept.kept, keys: { shared: sharedInputKey(input), operation: kept.inputKey } };
  const model = normalizeSpec(spec, read.pages, keys ?? undefined);
  const pageErrors = citedPageDefects(model, read.pages, citingPlaces(spec.operations));
  if (pageErrors.length > 0) return { diagnostics: sortDiagnostics([...pageErrors, ...diagnostics]) };
  const slips = familySlips(model, familyPlaces(spec.operations, known));
  return { model, diagnostics: slips.length === 0 ? diagnostics : sortDiagnostics([...diagnostics, ...slips]) };
}

/**
 * What writing `files` to `outDir` would change, its manifest included; empty
 * when the output is up to date. Writes nothing; reads the folder as one whole
 * tree, after any run that is writing it (see write/check-output.ts).
 */
export const check = (
  outDir: string,
  files: readonly GeneratedFile[],
  options: ReadOutputOptions = {},
): Promise<OutputChange[]> => checkOutput(outDir, files, options);

/** Brings `outDir` to exactly `files` (see writeOutput for the guarantees). */
export const write = (
  outDir: string,
  files: readonly GeneratedFile[],
  options: WriteOptions = {},
): Promise<WriteReport> => writeOutput(outDir, files, options);
