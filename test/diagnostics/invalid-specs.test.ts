// The corpus of broken specs: test/fixtures/invalid/<case>/ holds the files
// that replace or add to the small valid spec in _base/; case.json says what is
// broken, which files to delete and which diagnostic codes must come out;
// expected.txt is exactly what the generator prints, file:line:column included.
//
// After a deliberate change of wording: UPDATE_EXPECTED=1 npx vitest run test/diagnostics
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, vi } from "vitest";
import { diagnosticCodes } from "../../generator/diagnostics/codes.js";
import { formatDiagnostic, generate, generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecFile, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";

const corpus = path.join(fixturesDir, "invalid");
const baseDir = path.join(corpus, "_base");
const cases = readdirSync(corpus)
  .filter((name) => !name.startsWith("_"))
  .sort();

interface Case {
  readonly about: string;
  readonly delete: readonly string[];
  readonly codes: readonly string[];
}

const readCase = (caseDir: string): Case => JSON.parse(readFileSync(path.join(caseDir, "case.json"), "utf8")) as Case;

/**
 * The spec a copy of _base/ with the case's spec/ copied over it and its deletions made would be, read by the
 * generator from the two folders (each file as it reads one) and put together in memory, as `spec/` of a working
 * folder: 85 cases without a folder copied and removed for each. The base is read once; its files are only read.
 */
const baseLayer = readSpecInput(baseDir, corpus);

async function caseInput(caseDir: string): Promise<SpecInput> {
  const spec = path.join(caseDir, "spec");
  const layers = [await baseLayer];
  if (existsSync(spec)) layers.push(await readSpecInput(spec, caseDir));
  const files = new Map<string, SpecFile>();
  const otherPaths = new Set<string>();
  const pages = new Map<string, string>();
  for (const layer of layers) {
    for (const file of layer.files) files.set(file.relPath, { ...file, displayPath: `spec/${file.relPath}` });
    for (const rel of layer.otherPaths) otherPaths.add(rel);
    for (const [rel, text] of layer.pages ?? []) pages.set(rel, text);
  }
  for (const rel of readCase(caseDir).delete) {
    if (!files.delete(rel) && !otherPaths.has(rel)) throw new Error(`${caseDir}: no file ${rel} to delete`);
    otherPaths.delete(rel);
    pages.delete(rel);
  }
  const sorted = [...files.values()].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return { specDir: spec, displayRoot: "spec", files: sorted, otherPaths, pages };
}

async function diagnose(caseDir: string): Promise<{ ok: boolean; printed: string }> {
  const result = await generateFromInput(await caseInput(caseDir));
  return { ok: result.ok, printed: `${result.diagnostics.map(formatDiagnostic).join("\n")}\n` };
}

test("the corpus has at least 15 cases and the base spec is valid", async () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
  const base = await generate({ specDir: baseDir });
  expect(base.diagnostics).toEqual([]);
});

let warned: string[] = [];

test.each(cases)("%s", async (name) => {
  const caseDir = path.join(corpus, name);
  // A broken spec is told as diagnostics only: no warning of node's (the yaml package's) on the terminal.
  const spy = vi.spyOn(process, "emitWarning");
  const { ok, printed } = await diagnose(caseDir).finally(() => {
    warned = spy.mock.calls.map(([warning]) => String(warning));
    spy.mockRestore();
  });
  expect(warned).toEqual([]);
  const expectedFile = path.join(caseDir, "expected.txt");
  if (process.env["UPDATE_EXPECTED"]) writeFileSync(expectedFile, printed);
  expect(existsSync(expectedFile), `${expectedFile} is missing`).toBe(true);
  expect(ok).toBe(false);
  expect(printed).toBe(readFileSync(expectedFile, "utf8"));
  // Every line is file:line:column severity code message, with the codes the case is about.
  const lines = printed
    .trimEnd()
    .split("\n")
    .filter((l) => !l.startsWith("  "));
  for (const line of lines) expect(line).toMatch(/^spec\/\S+:\d+:\d+ (error|warning) [a-z-]+ \S/);
  const printedCodes = [...new Set(lines.map((l) => l.split(" ")[2] ?? ""))].sort();
  expect(printedCodes).toEqual(readCase(caseDir).codes);
  for (const code of printedCodes) expect(Object.keys(diagnosticCodes)).toContain(code);
});

test("every diagnostic code the generator can report has a case (or is a warning shown in one)", () => {
  const covered = new Set(cases.flatMap((name) => readCase(path.join(corpus, name)).codes));
  // Codes about saved pages come from sync; test/read/ and test/sync/ have their cases. family-slip is a warning of
  // the model, made once every check passed, so no broken spec shows it: test/model/family-slips.test.ts has its.
  const specCodes = Object.keys(diagnosticCodes).filter((code) => !code.startsWith("page-") && code !== "family-slip");
  expect(specCodes.filter((code) => !covered.has(code))).toEqual([]);
});
