// A page that lost headings together (its Response cut off with its sample) says so once, at the place they belong,
// not an error per heading at the same line; and a message whose next heading is lost ends at the heading after it,
// not at the file's end, so that the Changelog is not read as its lines.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");

const printed = (text: string): string[] => readPage(text, FILE).diagnostics.map(formatDiagnostic);
/** The 1-based line of the first line `text` holds, exactly. */
const lineOf = (text: string, line: string): number => text.split("\n").indexOf(line) + 1;

test("a Response cut off with its sample: one error naming both, before the Changelog", () => {
  const cut = /\nResponse\n(?:.*\n)*?Response sample\n/.exec(small);
  if (!cut) throw new Error("the fixture page has no Response before its Response sample");
  const text = small.replace(cut[0], "\n");
  // Without it: two errors at the Changelog's line, one for each heading of the one cut.
  expect(printed(text)).toEqual([
    `${FILE}:${lineOf(text, "Changelog")}:1 error page-missing-section the page has no "Response" and "Response sample" sections; is it a saved Sips operation page?`,
  ]);
});

test("headings lost at different places are each said where it belongs", () => {
  // The Response's heading before its fields, the Response sample's before the Changelog: two places, two errors.
  const text = small.replace("\nResponse\n", "\n").replace("\nResponse sample\n", "\n");
  expect(printed(text)).toEqual([
    `${FILE}:${lineOf(text, "Request sample") + 1}:1 error page-missing-section the page has no "Response" section; is it a saved Sips operation page?`,
    `${FILE}:${lineOf(text, "Changelog")}:1 error page-missing-section the page has no "Response sample" section; is it a saved Sips operation page?`,
  ]);
});

test("a Response without the Response sample heading ends at the Changelog: its rows are read as rows", () => {
  const text = small.replace("\nResponse sample\n", "\n");
  const whole = readPage(small, FILE).page;
  const reading = readPage(text, FILE);
  // The Response ran to the file's end, the Changelog's heading and rows read as its lines.
  expect(reading.diagnostics.map(formatDiagnostic)).toEqual([
    `${FILE}:${lineOf(text, "Changelog")}:1 error page-missing-section the page has no "Response sample" section; is it a saved Sips operation page?`,
  ]);
  // Without it: the Response's last field took the Changelog's heading and rows as more of its description.
  const described = (page: typeof whole) => page.response.fields.map((f) => [f.name, f.description]);
  expect(described(reading.page)).toEqual(described(whole));
  // The rows as the whole page gives them, each a line up: one heading fewer above them.
  const rows = (page: typeof whole, shift: number) =>
    page.changelog.map(({ at, ...row }) => ({ ...row, line: at.line + shift }));
  expect(rows(reading.page, 1)).toEqual(rows(whole, 0));
});

test("headings lost apart, a kept one between them, are never one error: the kept heading parts their places", () => {
  // Settled: two lost headings that are not next to each other cannot belong at one place, since the heading kept
  // between them stands after the first's place and before the second's. So no one error names both; each is said
  // where it belongs. Every pair of such headings of the fixture page, both removed.
  const lines = small.split("\n");
  const headings = ["Endpoints", "Request", "Request sample", "Response", "Response sample", "Changelog"];
  let apart = 0;
  for (const [i, first] of headings.entries())
    for (const second of headings.slice(i + 2)) {
      const text = lines.filter((l) => l !== first && l !== second).join("\n");
      const missing = readPage(text, FILE).diagnostics.filter((d) => d.code === "page-missing-section");
      // Without it (lost headings merged by page, or by place alone): one error naming both.
      for (const d of missing) expect(d.message, `${first} and ${second}`).not.toMatch(/" and "/);
      const places = new Set(missing.map((d) => `${d.line}:${d.column}`));
      expect(places.size, `${first} and ${second}`).toBe(missing.length);
      if (missing.length === 2) apart++;
    }
  // Most pairs give two errors; a lost Changelog is a page cut short instead (page-cut-short), said apart.
  expect(apart).toBe(6);
});
