// `sync --check` says what sync does to the status keys that name a response field a release no longer prints:
// a key follows the field the page pairs with it as renamed, or goes with the field. In memory: no file is written.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { checkInMemory, fixturePage, specText, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/getWalletData.page.txt";
const SPEC = "operations/office/getWalletData.yaml";
const PRINTED = fixturePage("getWalletData.page.txt");
const OLD = "errorFieldName";
const NEW = "errorFieldId";

let attached: SpecInput;
beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const { report, after } = await syncInMemory(withFiles(base, [[PAGE, PRINTED]]));
  if (!report.ok) throw new Error(report.messages.join("\n"));
  attached = after;
});

/** The line of `--check` about the response field the status names. */
async function removalLine(page: string): Promise<string> {
  const lines = await checkInMemory(withFiles(attached, [[PAGE, page]]));
  const found = lines.filter((l) => l.includes(`response.fields.${OLD}:`));
  expect(found, lines.join("\n")).toHaveLength(1);
  return found[0] ?? "";
}

test("--check says that status.errorField follows the field the page shows renamed, as sync does", async () => {
  const lines = PRINTED.split("\n");
  if (lines.filter((l) => l === OLD).length !== 2) throw new Error(`the fixture page no longer prints ${OLD} twice`);
  const line = await removalLine(lines.map((l) => (l === OLD ? NEW : l)).join("\n"));
  expect(line).toContain(`; sync sets status.errorField to ${NEW}, following it`);
});

test("--check says that status.errorField goes with the field the page no longer prints", async () => {
  const field = `-\n${OLD}\n- presence\n- Optional\n- Interface version\n- 2.0\nName of the request field in error.\n`;
  const row = `2.0 |\n${OLD}\n|\nResponse | |\n`;
  if (!PRINTED.includes(field) || !PRINTED.includes(row)) throw new Error(`the fixture page lacks ${OLD}`);
  const line = await removalLine(PRINTED.replace(field, "").replace(row, ""));
  expect(line).toContain(
    "; sync removes status.errorField with it (the mock's format error no longer names the field in error)",
  );
});

test("a field the status names that a deviation keeps: its page's side is the page's alone, and recorded so", async () => {
  const field = `-\n${OLD}\n- presence\n- Optional\n- Interface version\n- 2.0\nName of the request field in error.\n`;
  const row = `2.0 |\n${OLD}\n|\nResponse | |\n`;
  const spec = specText(attached, SPEC);
  const kept = `    - about: response.fields.${OLD}\n      reason: Kept for a test.\n`;
  const edited = spec.replace("\n  deviations:\n", `\n  deviations:\n${kept}`);
  expect(edited).not.toBe(spec);
  const input = withFiles(attached, [[PAGE, PRINTED.replace(field, "").replace(row, "")]], new Map([[SPEC, edited]]));
  // Kept, the field stays and so does the status key naming it: nothing is said of what sync would do to the key.
  const said = (await checkInMemory(input)).filter((l) => l.includes(`response.fields.${OLD} `));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(" info page-deviation ");
  expect(said[0]).toContain("the page says no such field): Kept for a test.");
  const report = await syncSpec(input, await checkSync(input), { family: null, dryRun: true, recordDeviations: true });
  expect(report.messages).toContain(`${SPEC}: deviation response.fields.${OLD} records the page's "no such field"`);
});
