import { createHash } from "node:crypto";
import path from "node:path";
import { generateFromInput, type GeneratedFile, type GenerateResult, type SpecModel } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir, specDir } from "./paths.js";

type Generated = { files: readonly GeneratedFile[]; model: SpecModel };

/** The spec in `specDir` generated in memory, or a failure listing its diagnostics. */
async function generated(specDir: string, cwd?: string): Promise<Generated> {
  const result = await generateShared(specDir, cwd);
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

/** Generations without memo kept per worker, by their input's text; the oldest dropped past this many. */
const KEPT = 16;
const byText = new Map<string, Promise<GenerateResult>>();
/** Validations without memo (no emitter) by their input's text, apart: they take no generation's place. */
const validatedByText = new Map<string, Promise<GenerateResult>>();

/** Everything generation reads from its input: where diagnostics say files are, and each file's text. */
export function inputKey(input: SpecInput): string {
  const hash = createHash("sha256");
  const part = (text: string) => hash.update(`${text.length}:${text}`);
  part(input.displayRoot);
  for (const file of input.files) {
    part(file.relPath);
    part(file.displayPath);
    part(file.text);
    part(JSON.stringify(file.textProblem ?? null));
  }
  for (const other of [...input.otherPaths].sort()) part(other);
  for (const [page, text] of [...(input.pages ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    part(page);
    part(text);
  }
  return hash.digest("hex");
}

/**
 * The spec folder generated without memo, as generate() does, shared per
 * worker with every earlier generation of the same text: generation is a
 * function of its input (determinism.test.ts holds two runs to the same
 * bytes), so tests that compare a run with another (memo, edits, reordering)
 * need not each pay for the same reference run.
 */
export function generateShared(specDir: string, cwd?: string): Promise<GenerateResult> {
  return shared(specDir, cwd, true);
}

/**
 * The spec folder's diagnostics without memo, as generate() gives them with no emitter (validation alone), shared
 * per worker with every earlier validation of the same text, as generateShared shares generations.
 */
export function validateShared(specDir: string, cwd?: string): Promise<GenerateResult> {
  return shared(specDir, cwd, false);
}

/**
 * An input made in memory (a spec a sync left) generated without memo, shared per worker as generateShared shares
 * a folder's: three sync tests generate the repository's spec with the same page synced into it.
 */
export function generateInputShared(input: SpecInput): Promise<GenerateResult> {
  return sharedInput(input, true);
}

async function shared(specDir: string, cwd: string | undefined, emitting: boolean): Promise<GenerateResult> {
  return sharedInput(await readSpecInput(specDir, cwd), emitting);
}

function sharedInput(input: SpecInput, emitting: boolean): Promise<GenerateResult> {
  const key = inputKey(input);
  const kept = emitting ? byText : validatedByText;
  let result = kept.get(key);
  if (!result) {
    result = emitting ? generateFromInput(input) : generateFromInput(input, []);
    kept.set(key, result);
    for (const old of kept.keys()) if (kept.size > KEPT) kept.delete(old);
  } else {
    // Most recently used last: the oldest is the one dropped.
    kept.delete(key);
    kept.set(key, result);
  }
  return result;
}
