// `sync --check` says what sync does to the status keys that name a response field a release no longer prints:
// a key follows the field the page pairs with it as renamed, or goes with the field. In memory: no file is written.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/getWalletData.page.txt";
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
