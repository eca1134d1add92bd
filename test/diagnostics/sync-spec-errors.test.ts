// `npm run sync -- --check` on a spec with errors: the spec is not compared
// with its pages, but the pages are read all the same, and their own defects
// come out beside the spec's errors, in one run.
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const fixture = path.join(fixturesDir, "sync", "spec");
let roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
  roots = [];
});

async function check(
  edits: readonly (readonly [string, string, string])[],
): Promise<{ ok: boolean; printed: string[] }> {
  const { root, spec } = await tempWorkspace(fixture);
  roots.push(root);
  for (const [file, from, to] of edits) await editFile(path.join(spec, file), from, to);
  const result = await checkSync(await readSpecInput(spec, root));
  return { ok: result.ok, printed: result.diagnostics.map(formatDiagnostic) };
}

const OP = "operations/office/cardCheck.yaml";
const PAGE = "sources/cardCheck.page.txt";
const SPEC_ERROR = [
  OP,
  "merchantId: { from: dictionary, presence: required",
  "merchantId: { from: dictionary, presence: requird",
] as const;

test.each([
  {
    name: "a misspelled presence on the page",
    page: [PAGE, "merchantId\n- presence\n- Required", "merchantId\n- presence\n- Requird"] as const,
    want: 'spec/sources/cardCheck.page.txt:29:3 error page-unknown-presence field "merchantId" has an unknown presence "Requird"; did you mean "Required"? (the pages print Required, Conditional or Optional)',
  },
  {
    name: "a page that lacks a section",
    page: [PAGE, "\nRequest\n", "\n"] as const,
    want: "page-missing-section",
  },
  {
    name: "a misspelled heading on the page",
    page: [PAGE, "\nRequest\n", "\nRequests\n"] as const,
    want: 'error page-misspelled-heading "Requests" is not a heading of a Sips page; did you mean "Request"?',
  },
])("spec errors and $name: both are reported, the comparison is not", async ({ page, want }) => {
  const { ok, printed } = await check([SPEC_ERROR, page]);
  expect(ok).toBe(false);
  expect(printed.filter((line) => line.includes(" error unknown-presence "))).toHaveLength(1);
  expect(
    printed.some((line) => line.startsWith("spec/sources/cardCheck.page.txt:") && line.includes(want)),
    printed.join("\n"),
  ).toBe(true);
  // Spec and page are not compared while the spec has errors.
  expect(printed.filter((line) => / page-(mismatch|deviation|uncited|unattached) /.test(line))).toEqual([]);
});

test("spec errors and clean pages: only the spec's errors", async () => {
  const { ok, printed } = await check([SPEC_ERROR]);
  expect(ok).toBe(false);
  expect(printed.map((line) => line.split(" ")[2])).toEqual(["unknown-presence"]);
});
