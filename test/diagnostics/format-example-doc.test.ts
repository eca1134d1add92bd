// docs/spec-format.md shows what a broken spec prints: a key misspelt at a place
// of the repository's spec. That typo, made at the place the example names, must
// print the example's lines (the allowed keys aside), so that the place moves
// with the spec and the wording with the code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { diagnosticLines } from "../../generator/cli/run-report.js";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";

const guide = readFileSync(path.join(repoRoot, "docs", "spec-format.md"), "utf8");
/** The example's block: its diagnostic, then the summary line. */
const block = /```\n(spec\/\S+:\d+:\d+ error [^\n]+)\n\n([^\n]+)\n```/.exec(guide);

test("the spec format's broken-spec example is what the typo at its place prints", async () => {
  expect(block, "the example block").not.toBeNull();
  const [, line = "", summary = ""] = block ?? [];
  const place = /^spec\/(\S+):(\d+):(\d+) error unknown-key unknown key "(\w+)"[^;]*; did you mean "(\w+)"\?/.exec(
    line,
  );
  expect(place, line).not.toBeNull();
  const [, file = "", row = "", column = "", typo = "", key = ""] = place ?? [];
  const input = await readSpecInput(specDir, repoRoot);
  const files = input.files.map((f) => {
    if (f.relPath !== file) return f;
    const lines = f.text.split("\n");
    const at = Number(column) - 1;
    const text = lines[Number(row) - 1] ?? "";
    expect(text.slice(at, at + key.length), `${file}:${row}:${column}`).toBe(key);
    lines[Number(row) - 1] = text.slice(0, at) + typo + text.slice(at + key.length);
    return { ...f, text: lines.join("\n"), displayPath: `spec/${f.relPath}` };
  });
  expect(files.some((f) => f.relPath === file)).toBe(true);
  const result = await generateFromInput({ ...input, displayRoot: "spec", files });
  expect(result.ok).toBe(false);
  const printed = diagnosticLines(result, "spec").map((p) => p.replace(/ \(allowed: [^)]*\)$/, " (allowed: ...)"));
  expect(printed).toEqual([line, `\n${summary}`]);
});
