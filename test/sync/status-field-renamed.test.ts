// A release of a page that renames the response field the status names (status.errorField): sync follows the
// rename where the page pairs the two fields one to one, and removes the status's pointer where it does not.
// In memory: no file is written.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/getWalletData.page.txt";
const FILE = "operations/office/getWalletData.yaml";
const PRINTED = fixturePage("getWalletData.page.txt");
const OLD = "errorFieldName";
const NEW = "errorFieldId";

let attached: SpecInput;
beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  // The operation with its page attached and synced, as a first release leaves it.
  const { report, after } = await syncInMemory(withFiles(base, [[PAGE, PRINTED]]));
  if (!report.ok) throw new Error(report.messages.join("\n"));
  attached = after;
});

/** The page with the field the status names printed under another name, in its list and in its changelog. */
function renamed(page: string): string {
  const lines = page.split("\n");
  if (lines.filter((l) => l === OLD).length !== 2) throw new Error(`the fixture page no longer prints ${OLD} twice`);
  return lines.map((l) => (l === OLD ? NEW : l)).join("\n");
}

test("the status's error field, renamed on the page, is followed: status.errorField names the new field", async () => {
  expect(specTexts(attached).get(FILE)).toContain(`  errorField: ${OLD}\n`);
  const { report, after } = await syncInMemory(withFiles(attached, [[PAGE, renamed(PRINTED)]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain(
    `getWalletData: status.errorField set to ${NEW}, following ${OLD} renamed (the page lists ${NEW} in its place, alike); if it is not the same field, remove status.errorField`,
  );
  // Without it: the status lost its errorField, and the mock's format error named no field.
  expect(report.messages.some((m) => m.includes("status.errorField removed"))).toBe(false);
  const text = specTexts(after).get(FILE) ?? "";
  expect(text).toContain(`  errorField: ${NEW}\n`);
  expect(text).toContain(`    ${NEW}:\n`);
  expect(text).not.toContain(OLD);
  expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
});

test("a rename the page leaves in doubt (two fields added alike) removes status.errorField, as a removal does", async () => {
  // A second field added beside the new name, alike: neither is paired with the one gone (page-field-renames.ts).
  const page = renamed(PRINTED);
  const block = new RegExp(`-\\n${NEW}\\n(?:- .*\\n)+[^-\\n].*\\n`).exec(page)?.[0];
  const row = new RegExp(`[\\d.]+ \\|\\n${NEW}\\n\\|\\nResponse \\|[^\\n]*\\n`).exec(page)?.[0];
  if (!block || !row) throw new Error(`the fixture page lacks ${NEW}`);
  const twice = page
    .replace(block, block + block.replace(NEW, `${NEW}2`))
    .replace(row, row + row.replace(NEW, `${NEW}2`));
  const { report, after } = await syncInMemory(withFiles(attached, [[PAGE, twice]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain(
    `getWalletData: status.errorField removed with ${OLD} (the mock's format error no longer names the field in error)`,
  );
  expect(specTexts(after).get(FILE)).not.toContain("errorField:");
});
