// The spec against the saved Sips pages it cites: for each such operation the
// page reads without defect, sync finds no difference that is not recorded as
// deliberate, and the generated changelog is the page's, row for row. The
// facts come from the pages, so a new page release needs no edit here.
import { beforeAll, describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync, type SyncCheck } from "../../generator/sync/sync-check.js";
import { generateRepoSpec } from "../support/generate.js";
import { specDir } from "../support/paths.js";

let checked: SyncCheck;
beforeAll(async () => {
  checked = await checkSync(await readSpecInput(specDir));
});

const subjects = () => (checked.ok ? checked.subjects : []);

test("the spec is valid, every page reads cleanly and is cited", () => {
  expect(checked.ok).toBe(true);
  expect(checked.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
});

test("at least one operation cites a page", () => {
  expect(subjects().length).toBeGreaterThan(0);
});

describe("each operation with a page", () => {
  test("has no difference with its page but recorded deviations", () => {
    for (const { op, differences } of subjects()) expect(differences.map((d) => `${op.name} ${d.about}`)).toEqual([]);
  });

  test("reads every field and changelog row of its page", () => {
    for (const { op, page } of subjects()) {
      expect(page.request.fields.length, op.name).toBeGreaterThan(0);
      // A page whose saved facts stop before its Response section (the spec says so) lists none.
      if (!op.response.factsStop) expect(page.response.fields.length, op.name).toBeGreaterThan(0);
      expect(page.changelog.length, op.name).toBeGreaterThan(0);
    }
  });

  test("generates the page's changelog, exactly and in page order", async () => {
    const { files } = await generateRepoSpec();
    for (const { op, page } of subjects()) {
      const file = files.find((f) => f.path === `operations/${op.name}/CHANGELOG.md`);
      const rows = (file?.content ?? "").split("\n").filter((l) => /^\| \d/.test(l));
      const want = page.changelog.map((r) => `| ${r.version} | ${r.field} | ${r.attendance} | ${r.container} |`);
      expect(
        rows.map((r) => r.replace(/\s+\|$/, " |").replace(/ {2,}/g, " ")),
        op.name,
      ).toEqual(want.map((r) => r.replace(/ {2,}/g, " ")));
    }
  });
});
