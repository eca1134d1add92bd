// A value's own meaning kept on purpose (a deviation about
// `<message>.fields.<field>.values.<value>.meaning`) whose value a release of
// the page no longer prints: the value leaves the field with its meaning (the
// values' difference says so), no line says the page gives it a meaning, and
// the deviation, which keeps nothing out any more, is reported unused. Read
// from the repository's spec and its pages, in memory.
import { beforeAll, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { repoRoot, specDir } from "../support/paths.js";
import { checkInMemory, withFiles } from "../support/sync-memory.js";

const MEANING = /^([a-z]+)\.fields\.([^.]+)\.values\.(.+)\.meaning$/;

let base: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(specDir, repoRoot);
});

/** The page's text without `value` in the value list printed after the field `field`'s name, or null where it is not there. */
function withoutValue(page: string, field: string, value: string): string | null {
  const lines = page.split("\n");
  const named = lines.indexOf(field);
  if (named === -1) return null;
  const list = lines.indexOf("List of values", named);
  const end = lines.indexOf("-", named);
  if (list === -1 || (end !== -1 && end < list)) return null;
  const at = lines.findIndex((line, i) => i > list && (end === -1 || i < end) && line === value);
  if (at === -1) return null;
  let next = at + 1;
  while (lines[next]?.startsWith("- ")) next++;
  return [...lines.slice(0, at), ...lines.slice(next)].join("\n");
}

test("a kept meaning whose value the page no longer prints leaves with its value and is reported unused", async () => {
  const pages: [string, string][] = [];
  const gone: { about: string; field: string }[] = [];
  for (const file of base.files) {
    const doc = parseDocument(file.text).toJS() as {
      operation?: string;
      source?: { deviations?: { about: string }[] };
    } | null;
    const about = (doc?.source?.deviations ?? []).map((d) => d.about).find((a) => MEANING.test(a));
    const pagePath = `sources/${doc?.operation}.page.txt`;
    const page = base.pages?.get(pagePath);
    if (about === undefined || page === undefined) continue;
    const [, message, field, value] = MEANING.exec(about) ?? [];
    if (message === "callback" || field === undefined || value === undefined) continue;
    const released = withoutValue(page, field, value);
    if (released === null) continue;
    pages.push([pagePath, released]);
    gone.push({ about, field: `${message}.fields.${field}` });
  }
  expect(gone.length).toBeGreaterThan(0);
  const printed = await checkInMemory(withFiles(base, pages));
  for (const { about, field } of gone) {
    expect(
      printed.filter((line) => line.includes(` page-mismatch ${field}.values:`)),
      about,
    ).toHaveLength(1);
    expect(
      printed.filter((line) => line.includes(` ${about}`) && !line.includes(" page-deviation-unused ")),
      about,
    ).toEqual([]);
    expect(
      printed.filter((line) => line.includes(" page-deviation-unused ") && line.includes(about)),
      about,
    ).toHaveLength(1);
  }
});
