// The corpus of broken specs: test/fixtures/invalid/<case>/ holds the files
// that replace or add to the small valid spec in _base/; case.json says what is
// broken, which files to delete and which diagnostic codes must come out;
// expected.txt is exactly what the generator prints, file:line:column included.
//
// After a deliberate change of wording: UPDATE_EXPECTED=1 npx vitest run test/diagnostics
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { diagnosticCodes } from "../../generator/diagnostics/codes.js";
import { formatDiagnostic, generate } from "../../generator/index.js";
import { fixturesDir } from "../support/paths.js";

const corpus = path.join(fixturesDir, "invalid");
const cases = readdirSync(corpus)
  .filter((name) => !name.startsWith("_"))
  .sort();

interface Case {
  readonly about: string;
  readonly delete: readonly string[];
  readonly codes: readonly string[];
}

const readCase = (caseDir: string): Case => JSON.parse(readFileSync(path.join(caseDir, "case.json"), "utf8")) as Case;

async function diagnose(caseDir: string): Promise<{ ok: boolean; printed: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-invalid-"));
  try {
    const spec = path.join(root, "spec");
    cpSync(path.join(corpus, "_base"), spec, { recursive: true });
    if (existsSync(path.join(caseDir, "spec"))) cpSync(path.join(caseDir, "spec"), spec, { recursive: true });
    for (const rel of readCase(caseDir).delete) await rm(path.join(spec, rel));
    const result = await generate({ specDir: spec, cwd: root });
    return { ok: result.ok, printed: `${result.diagnostics.map(formatDiagnostic).join("\n")}\n` };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test("the corpus has at least 15 cases and the base spec is valid", async () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
  const base = await generate({ specDir: path.join(corpus, "_base") });
  expect(base.diagnostics).toEqual([]);
});

test.each(cases)("%s", async (name) => {
  const caseDir = path.join(corpus, name);
  const { ok, printed } = await diagnose(caseDir);
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
  // Codes about saved pages come from sync; test/read/ and test/sync/ have their cases.
  const specCodes = Object.keys(diagnosticCodes).filter((code) => !code.startsWith("page-"));
  expect(specCodes.filter((code) => !covered.has(code))).toEqual([]);
});
