// What --check says of each difference the spec keeps on purpose (source.deviations), on the repository's spec:
// both sides' values, the page's in brief, so that a page release that moves the value kept out shows beside the
// reason written for the old one; why the page says so (a field beyond the saved facts) is the reason's to say.
import { beforeAll, expect, test } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { specDir } from "../support/paths.js";

let deviations: Diagnostic[];
beforeAll(async () => {
  deviations = (await checkSync(await readSpecInput(specDir))).diagnostics.filter((d) => d.code === "page-deviation");
});

test("a deviation of a fact both sides state says what each states", () => {
  const recommended = deviations.map(formatDiagnostic).filter((l) => l.includes(" interfaceVersion.recommended "));
  expect(recommended.length).toBeGreaterThan(0);
  for (const line of recommended) expect(line).toMatch(/ \(the spec says "[A-Z_]+\d+\.\d+", the page says "[A-Z_]+\d+\.\d+"\): /);
});

test("a deviation of a field beyond the saved facts gives the page's value in brief, not why", () => {
  const beyond = deviations.map(formatDiagnostic).filter((l) => / \(the spec says [^)]*, the page says no (?:presence|version)\): /.test(l));
  expect(beyond.length).toBeGreaterThan(0);
  for (const line of deviations.map(formatDiagnostic)) {
    const page = / \(the spec says .*?, the page says (.*?)\): /.exec(line)?.[1] ?? "";
    expect(page, line).not.toContain("beyond the saved facts");
  }
});
