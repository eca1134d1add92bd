// The order diagnostics are printed in: errors first, as one of them stopped
// the run, then warnings, then information, each part by file, line and column.
// Sorted by file alone, a warning of spec/dictionary/ came before the error of
// spec/operations/ that stopped the run.
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import type { DiagnosticCode } from "../../generator/diagnostics/codes.js";
import { sortDiagnostics, type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { tempWorkspace } from "../support/temp-spec.js";

const corpus = path.join(fixturesDir, "invalid");

const made = (code: DiagnosticCode, severity: Diagnostic["severity"], file: string, line: number): Diagnostic => ({
  code,
  severity,
  file,
  line,
  column: 1,
  message: code,
  related: [],
});

test("errors, then warnings, then information, each by place; those put first lead their own severity only", () => {
  const pageDefect = made("page-unreadable-line", "error", "spec/sources/z.page.txt", 9);
  const sorted = sortDiagnostics(
    [
      made("page-deviation", "info", "spec/a.yaml", 1),
      made("unused-value-list", "warning", "spec/b.yaml", 1),
      made("unused-value-list", "warning", "spec/a.yaml", 2),
      made("page-mismatch", "error", "spec/b.yaml", 3),
      pageDefect,
      made("page-mismatch", "error", "spec/a.yaml", 5),
    ],
    new Set([pageDefect]),
  );
  expect(sorted.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual([
    "error spec/sources/z.page.txt:9",
    "error spec/a.yaml:5",
    "error spec/b.yaml:3",
    "warning spec/a.yaml:2",
    "warning spec/b.yaml:1",
    "info spec/a.yaml:1",
  ]);
});

test("npm run generate prints the error that stopped it before the warning of a file that sorts first", async () => {
  const { root, spec } = await tempWorkspace(path.join(corpus, "_base"));
  try {
    // A field's value list misspelled: the list it meant is now unused (spec/dictionary/), the name unknown (spec/operations/).
    cpSync(path.join(corpus, "unknown-value-list", "spec"), spec, { recursive: true });
    const run = await runInProcess("cli.ts", ["--no-cache"], root);
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n").map((line) => line.replace(/^(spec\/\S+) (\S+) (\S+) .*/, "$2 $3 $1"))).toEqual([
      "error unknown-value-list spec/operations/demo/pingInitialize.yaml:37:18",
      "warning unused-value-list spec/dictionary/lists.yaml:8:3",
      "",
      "1 error in spec/; nothing was written.",
      "",
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("in every broken spec of the corpus, no error is printed after a warning", () => {
  const cases = readdirSync(corpus)
    .filter((name) => !name.startsWith("_"))
    .map((name) => {
      const text = readFileSync(path.join(corpus, name, "expected.txt"), "utf8");
      return [...text.matchAll(/^(\S+):\d+:\d+ (error|warning) /gm)].map(([, file = "", severity]) => ({
        file,
        severity,
      }));
    });
  const after = (lines: (typeof cases)[number]) =>
    lines.findLastIndex((l) => l.severity === "error") > lines.findIndex((l) => l.severity === "warning");
  expect(cases.filter((lines) => lines.some((l) => l.severity === "warning") && after(lines))).toEqual([]);
  // Cases where the order is decided by severity: a warning of a file that sorts before an error's.
  const decided = cases.filter((lines) =>
    lines.some((w) => w.severity === "warning" && lines.some((e) => e.severity === "error" && w.file < e.file)),
  );
  expect(decided.length).toBeGreaterThan(0);
});
