// sync in memory: a spec input with pages added or files replaced, one sync
// (dry run) and the input it leaves, so that sync tests spawn no process and
// write no file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { kindOf, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec, type SyncReport } from "../../generator/sync/sync-write.js";
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
  const yaml = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([relPath, text]) => ({
      relPath,
      displayPath: path.posix.join(input.displayRoot, relPath),
      kind: kindOf(relPath),
      text,
    }));
  const allPages = new Map([...(input.pages ?? []), ...pages]);
  return { ...input, files: yaml, pages: allPages, otherPaths: new Set([...input.otherPaths, ...allPages.keys()]) };
}

/** One `npm run sync` (nothing written to disk), and the spec it leaves. */
export async function syncInMemory(
  input: SpecInput,
  family: string | null = null,
): Promise<{ report: SyncReport; after: SpecInput }> {
  const report = await syncSpec(input, await checkSync(input), { family, dryRun: true });
  return { report, after: withFiles(input, [], report.written) };
}

/** What `npm run sync -- --check` prints. */
export async function checkInMemory(input: SpecInput): Promise<string[]> {
  return (await checkSync(input)).diagnostics.map(formatDiagnostic);
}

/** The YAML files of an input, by relPath: what a sync wrote, compared byte for byte. */
export const specTexts = (input: SpecInput): Map<string, string> =>
  new Map(input.files.map((f) => [f.relPath, f.text]));

/**
 * A fixture page (test/fixtures/pages/) as today's page reader reads it: a
 * header of one paragraph and one recommended version, and TEST for SIMU.
 * The reader of every layout (page headers of several paragraphs, a
 * recommended version per interface, SIMU) makes these edits unnecessary;
 * the tests should then read the fixtures as they are.
 */
export function readablePage(name: string): string {
  const text = readFileSync(path.join(fixturesDir, "pages", name), "utf8");
  return text
    .replace(/^(.*\n.*\n.*\n)(?!Recommended)(?!Endpoints)[^\n]*\n(Recommended interfaceVersion: \S+\n)/, "$1$2")
    .replace(
      "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_3.4\n",
      "Recommended interfaceVersion: IR_WS_3.4\n",
    )
    .replaceAll("- SIMU\n", "- TEST\n");
}
