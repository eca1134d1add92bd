// The tests' shared page readings (shared-pages.ts) give what readPage gives: the reading of the same text under
// the same path, kept and frozen; a path of its own for the same text under another (its places and diagnostics
// name it); and the read stage reads its pages through the reader put in readPage's place.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { readPage } from "../../generator/read/page/read-page.js";
import { readDocuments, usePageReader } from "../../generator/read/read-documents.js";
import { sharedPageRead } from "./shared-pages.js";
import { specDir } from "./paths.js";

afterEach(() => {
  usePageReader(sharedPageRead);
});

/** A saved page of the repository's spec, and its path as the read stage names it. */
const page = readdirSync(path.join(specDir, "sources")).find((f) => f.endsWith(".page.txt")) ?? "";
const text = readFileSync(path.join(specDir, "sources", page), "utf8");

test("a page is read as readPage reads it, once for its text and path, frozen", () => {
  const file = `spec/sources/${page}`;
  const first = sharedPageRead(text, file);
  expect(first).toEqual(readPage(text, file));
  expect(sharedPageRead(text, file)).toBe(first);
  expect(Object.isFrozen(first.page)).toBe(true);
  expect(Object.isFrozen(first.page.response.fields)).toBe(true);
  expect(Object.isFrozen(first.diagnostics)).toBe(true);
});

test("the same text under another path is read for that path", () => {
  const broken = `${text}\n\u0000`;
  const here = sharedPageRead(broken, "one/sources/a.page.txt");
  const there = sharedPageRead(broken, "two/sources/a.page.txt");
  expect(there).toEqual(readPage(broken, "two/sources/a.page.txt"));
  expect(here.diagnostics.length).toBeGreaterThan(0);
  expect(there.diagnostics.map((d) => d.file)).toEqual(here.diagnostics.map(() => "two/sources/a.page.txt"));
});

test("the read stage reads each page through the reader in readPage's place", async () => {
  const reader = vi.fn(readPage);
  usePageReader(reader);
  const { pages } = await readDocuments({
    specDir,
    displayRoot: "spec",
    files: [],
    otherPaths: new Set(),
    pages: new Map([[`sources/${page}`, text]]),
  });
  expect(reader.mock.calls).toEqual([[text, `spec/sources/${page}`]]);
  expect(pages.get(`sources/${page}`)).toBe(reader.mock.results[0]?.value);
});
