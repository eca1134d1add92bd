// docs/diagnostics.md lists every diagnostic code with its severity and meaning,
// built from the registry so that it cannot drift. UPDATE_EXPECTED=1 rewrites it.
import path from "node:path";
import { expect, test } from "vitest";
import { diagnosticCodes } from "../../generator/diagnostics/codes.js";
import { expectMatchesFile } from "../support/expect-file.js";
import { repoRoot } from "../support/paths.js";

test("docs/diagnostics.md matches the registry", () => {
  const rows = Object.entries(diagnosticCodes).map(
    ([code, d]) => `| \`${code}\` | ${d.severity} | ${d.summary} | ${d.fix} |`,
  );
  const text = [
    "# Diagnostics",
    "",
    "Every problem the generator reports in a spec, as printed:",
    "`file:line:column severity code message`. Errors stop generation (nothing is",
    "written, exit code 1); warnings are printed and generation goes on. The",
    "same holds for `npm run sync` and `npm run changes`: any error printed exits",
    "1 (plain sync too, after writing the edits it could: a deviation whose page",
    "moved or that no longer differs is left for the maintainer), and a warning",
    "or an `info` line alone exits 0. Examples of",
    "each, with the exact output, are in `test/fixtures/invalid/`.",
    "",
    "Errors are printed first, then warnings, then `info` lines, each part by file,",
    "line and column: the error that stopped a run is the first line, whatever file",
    "a warning is in, and the same spec prints the same lines in the same order.",
    "Comparing spec and pages, `npm run sync` puts a saved page's own defects first",
    "among the lines of their severity: they may explain the page's differences.",
    "",
    "A file that cannot be read, or an entry that fails its schema (a field, a value",
    "list, a status block), is left out of the checks across files while the rest",
    "of the spec is still checked in the same run; nothing that names what was left",
    "out is reported as unknown.",
    "",
    "Codes starting with `page-` concern the saved Sips pages (`spec/sources/`) and",
    "are reported by `npm run sync`, located in the page or in the spec; `info` lines",
    "report what the spec keeps on purpose and fail nothing; beside an error or a",
    "warning, `npm run sync -- --check` counts those of files with no problem in one",
    "line, which `--verbose` lists. On a spec with errors, `npm run sync -- --check`",
    "still reports each page's own defects; it compares spec and pages once the spec",
    "has none. A page's own defects (the codes from `page-no-sections` to",
    "`page-changelog-version` below) in a page an operation or its callback cites",
    "(`source.page`) are errors of `npm run generate` and `npm run changes` too: the",
    "page orders the operation's changelog table, which a page read with an error may",
    "misorder. A spec with errors of its own is reported with them in the same run:",
    "the pages its operation files cite, as far as each file reads (`source.page`,",
    "`callback.source.page`).",
    "",
    "Each code says what it means and, in its last column, what to do about it.",
    "",
    "| code | severity | meaning | what to do |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
  expectMatchesFile(text, path.join(repoRoot, "docs", "diagnostics.md"));
});

test("every code says what to do, in a sentence of its own apart from what it means", () => {
  const unsaid = Object.entries(diagnosticCodes)
    .filter(([, d]) => !/^[A-Z].*[.!?]$/.test(d.fix) || d.summary.includes(d.fix))
    .map(([code]) => code);
  expect(unsaid).toEqual([]);
});
