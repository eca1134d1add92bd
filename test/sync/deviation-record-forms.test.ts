// The page: that `sync --record-deviations` writes for a deviation on a fact the plans leave out (a field's
// values, a dictionary field's description) or on a field, in the forms docs/spec-format.md gives, and
// the check that compares it: a release that moves the page's side is an error naming both.
import path from "node:path";
import { parseDocument } from "yaml";
import { afterEach, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { syncSpec } from "../../generator/sync/sync-write.js";
import { check, OP, PAGE, read, removeWorkspaces, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

const SOURCE = "  page: sources/cardCheck.page.txt\n";
const deviation = (about: string) => `${SOURCE}  deviations:\n    - about: ${about}\n      reason: Kept for a test.\n`;

async function record(spec: string) {
  const input = await readSpecInput(spec, path.dirname(spec));
  return syncSpec(input, await checkSync(input), { family: null, recordDeviations: true });
}

/** The page: the operation's first deviation records, as the YAML reads. */
const recorded = async (spec: string): Promise<unknown> =>
  parseDocument(await read(spec, OP)).getIn(["source", "deviations", 0, "page"]);

const movedLines = async (spec: string) => (await check(spec)).filter((l) => l.includes(" page-deviation-moved "));

test("kept values record the page's values joined by a comma and a space", async () => {
  const spec = await workspace([["CREDIT\n- Credit card", "PREPAID\n- Prepaid card\nCREDIT\n- Credit card"]]);
  await editFile(path.join(spec, OP), SOURCE, deviation("request.fields.cardKind.values"));
  await record(spec);
  expect(await recorded(spec)).toBe("DEBIT, PREPAID, CREDIT");
  expect(await movedLines(spec)).toEqual([]);
  await editFile(path.join(spec, PAGE), "PREPAID\n- Prepaid card", "GIFT\n- Gift card");
  const [moved] = await movedLines(spec);
  expect(moved).toContain(
    'recorded when the page said "DEBIT, PREPAID, CREDIT"; the page now says "DEBIT, GIFT, CREDIT"',
  );
});

test("a kept dictionary description records the page's on one line, its spaces collapsed", async () => {
  const spec = await workspace([["Identifier of the shop.", "Identifier  of the shop,\nas Sips gives it."]]);
  await editFile(path.join(spec, OP), SOURCE, deviation("request.fields.merchantId.description"));
  await record(spec);
  expect(await recorded(spec)).toBe("Identifier of the shop, as Sips gives it.");
  expect(await movedLines(spec)).toEqual([]);
});

test("a field the page adds with no changelog row, kept out: the page's side is the field alone, and recorded so", async () => {
  const added =
    "Optional\n-\ncardLabel\n- presence\n- Optional\n- Interface version\n- 2.60\nLabel of the card.\n-\ncardKind";
  const spec = await workspace([["Optional\n-\ncardKind", added]]);
  // Not kept, the check says the version is the field list's alone: sync would write it.
  expect((await check(spec))[0]).toContain("the page says an optional field; the page's changelog has no row for it");
  await editFile(path.join(spec, OP), SOURCE, deviation("request.fields.cardLabel"));
  // Kept, sync writes no version: the page's side is what the page prints of the field.
  expect((await check(spec))[0]).toContain(
    "(the spec says no such field, the page says an optional field): Kept for a test.",
  );
  await record(spec);
  expect(await recorded(spec)).toBe("an optional field");
});

test("a field renamed on the page, kept on both sides: each side is the field alone, not the rename sync guesses", async () => {
  const renamed: [string, string][] = [
    ["cardKind\n- presence", "cardType\n- presence"],
    ["2.50 |\ncardKind\n|", "2.50 |\ncardType\n|"],
  ];
  const spec = await workspace(renamed);
  // Not kept, each side says what sync makes of the other.
  expect((await check(spec)).filter((l) => l.includes(" page-mismatch request.fields.card"))).toEqual([
    expect.stringContaining("the page says an optional field (it may be cardKind renamed:"),
    expect.stringContaining("the page says no such field (it may have been renamed cardType:"),
  ]);
  const kept = `${deviation("request.fields.cardType")}    - about: request.fields.cardKind\n      reason: Kept too.\n`;
  await editFile(path.join(spec, OP), SOURCE, kept);
  expect((await check(spec)).filter((l) => l.includes(" page-deviation "))).toEqual([
    expect.stringContaining("(the spec says no such field, the page says an optional field): Kept for a test.\n"),
    expect.stringContaining("(the spec says an optional field, the page says no such field): Kept too.\n"),
  ]);
  await record(spec);
  const document = parseDocument(await read(spec, OP));
  expect([0, 1].map((i) => document.getIn(["source", "deviations", i, "page"]))).toEqual([
    "an optional field",
    "no such field",
  ]);
  // A release that prints cardKind again beside cardType moves the guess alone: cardType's record holds.
  const both = "Optional\n-\ncardKind\n- presence\n- Optional\n- Interface version\n- 2.50\nKind of card.\n-\ncardType";
  await editFile(path.join(spec, PAGE), "Optional\n-\ncardType", both);
  expect(await movedLines(spec)).toEqual([]);
});
