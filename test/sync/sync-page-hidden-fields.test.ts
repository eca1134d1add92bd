// sync on a page release that adds a field whose printed name holds a
// character that shows as nothing, or is no field name: the page's defect,
// told where it is, and nothing written. Read as lines of the field before it,
// such a block went into that field's list of values: its dash and its name
// were added to the shared list, for every operation that takes it whole.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { fixturesDir } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const fixture = path.join(fixturesDir, "sync", "spec");
const PAGE = "sources/cardCheck.page.txt";
const FILES = ["operations/office/cardCheck.yaml", "dictionary/lists.yaml", "dictionary/fields.yaml"];
/** The last lines of cardKind's list of values, the last field of the request. */
const LAST_MEANING = "- Or a charge card\n";

let roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
  roots = [];
});

/** The fixture with a new optional field printed under `name` after cardKind, with `description` (lines). */
async function workspace(name: string, description = ""): Promise<string> {
  const { root, spec } = await tempWorkspace(fixture);
  roots.push(root);
  const block = `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.60\n${description}`;
  await editFile(path.join(spec, PAGE), LAST_MEANING, `${LAST_MEANING}${block}`);
  return spec;
}

async function run(spec: string) {
  const texts = () => Promise.all(FILES.map((f) => readFile(path.join(spec, f), "utf8")));
  const input = await readSpecInput(spec, path.dirname(spec));
  const check = await checkSync(input);
  const before = await texts();
  const report = await syncSpec(input, check, { family: null });
  return {
    check: check.diagnostics.map(formatDiagnostic),
    ok: report.ok,
    written: [...report.written.keys()],
    unchanged: JSON.stringify(await texts()) === JSON.stringify(before),
  };
}

test("a new field printed under its name: added after cardKind, and no value added to cardKind's list", async () => {
  const spec = await workspace("cardLabel", "Label of the card.\n");
  const result = await run(spec);
  expect(result.check).toEqual([
    "spec/operations/office/cardCheck.yaml:19:5 error page-mismatch request.fields.cardLabel: the spec says no such field, the page says an optional field; the page's changelog has no row for it, so 2.60 is the field list's version alone: check it\n  spec/sources/cardCheck.page.txt:55:1 the page",
  ]);
  expect(result.written).toEqual(["operations/office/cardCheck.yaml"]);
});

// Without a description, as a copy cut short prints it: no line of it was then left unread to give it away.
test("a zero-width space in the new field's name: that defect at its place, and nothing written", async () => {
  const spec = await workspace("cardLabel\u200b");
  expect(await run(spec)).toEqual({
    check: [
      "spec/sources/cardCheck.page.txt:55:10 error page-invisible-character the page holds an invisible character, U+200B, which a copy of a page may leave: remove it (sync would write it into the spec, in a text that reads as another)",
      // The field as the page shows it.
      "spec/operations/office/cardCheck.yaml:19:5 error page-mismatch request.fields.cardLabel: the spec says no such field, the page says an optional field; the page's changelog has no row for it, so 2.60 is the field list's version alone: check it\n  spec/sources/cardCheck.page.txt:55:1 the page",
    ],
    ok: false,
    written: [],
    unchanged: true,
  });
});

test("the new field's name with punctuation in it: that defect at its place, and nothing written", async () => {
  const spec = await workspace("cardLabel:");
  expect(await run(spec)).toEqual({
    check: [
      `spec/sources/cardCheck.page.txt:55:1 error page-bad-field-name "cardLabel:" is printed as a field, but a field's name is letters and digits after a letter`,
    ],
    ok: false,
    written: [],
    unchanged: true,
  });
});
