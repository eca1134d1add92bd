// sync in memory: a spec input with pages added or files replaced, one sync
// (dry run) and the input it leaves, so that sync tests spawn no process and
// write no file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { checkSync, type SyncCheck } from "../../generator/sync/sync-check.js";
import { withTexts } from "../../generator/sync/sync-passes.js";
import { syncSpec, type SyncReport } from "../../generator/sync/sync-write.js";
import { inputKey } from "./generate.js";
import { fixturesDir } from "./paths.js";

/** The input with these pages added (in the order given) and these YAML files set (text) or removed (null). */
export function withFiles(
  input: SpecInput,
  pages: readonly (readonly [relPath: string, text: string])[],
  files: ReadonlyMap<string, string | null> = new Map(),
): SpecInput {
  const texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  for (const [relPath, text] of files) {
    if (text === null) texts.delete(relPath);
    else texts.set(relPath, text);
  }
  const yaml = withTexts(input, texts).files;
  const allPages = new Map([...(input.pages ?? []), ...pages]);
  return { ...input, files: yaml, pages: allPages, otherPaths: new Set([...input.otherPaths, ...allPages.keys()]) };
}

/** Checks kept per worker, by their input; the oldest dropped past this many. */
const KEPT = 16;
const checks = new Map<string, Promise<SyncCheck>>();

/**
 * sync's check of the input, shared per worker with every earlier check of the same input (the test files of a
 * worker share their modules: vitest.config.ts), as test/support/generate.ts shares generations: the check is a
 * function of its input, and a third of the sync tests' checks were of an input checked before (a spec that a sync
 * left, checked for what `--check` prints and then synced again; a page checked, then synced).
 */
function sharedCheck(input: SpecInput): Promise<SyncCheck> {
  const key = `${input.specDir.length}:${input.specDir}${inputKey(input)}`;
  let check = checks.get(key);
  if (check) checks.delete(key);
  else check = checkSync(input);
  // Most recently used last: the oldest is the one dropped.
  checks.set(key, check);
  for (const old of checks.keys()) if (checks.size > KEPT) checks.delete(old);
  return check;
}

/**
 * One `npm run sync` (nothing written to disk), and the spec it leaves. Each of its passes checks through the
 * shared checks too: the spec a pass leaves is often one checked before (the same pages synced in another order,
 * a spec synced again, then checked for what `--check` prints).
 */
export async function syncInMemory(
  input: SpecInput,
  family: string | null = null,
): Promise<{ report: SyncReport; after: SpecInput }> {
  const report = await syncSpec(input, await sharedCheck(input), { family, dryRun: true, check: sharedCheck });
  return { report, after: withFiles(input, [], report.written) };
}

/** What `npm run sync -- --check` prints. */
export async function checkInMemory(input: SpecInput): Promise<string[]> {
  return (await sharedCheck(input)).diagnostics.map(formatDiagnostic);
}

/** The YAML files of an input, by relPath: what a sync wrote, compared byte for byte. */
export const specTexts = (input: SpecInput): Map<string, string> =>
  new Map(input.files.map((f) => [f.relPath, f.text]));

/** One YAML file's text in an input, empty where it has none. */
export const specText = (input: SpecInput, relPath: string): string => specTexts(input).get(relPath) ?? "";

/** A saved page of test/fixtures/pages/, as its README describes it. */
export const fixturePage = (name: string): string => readFileSync(path.join(fixturesDir, "pages", name), "utf8");
