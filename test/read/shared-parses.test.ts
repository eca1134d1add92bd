// The tests' shared parses (test/support/shared-parses.ts) give what parsing
// gives: the same data, diagnostics and places, for each file of the
// repository's spec and for broken files, a second time as the first; and a
// path or a text that differs is parsed anew. So do the documents that a
// source map given its text alone reads its places from.
import { expect, test } from "vitest";
import { parseSpecFile, type ParsedFile } from "../../generator/read/parse-spec-file.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import { parseText, SourceMap } from "../../generator/read/source-map.js";
import { readSpecInput, type SpecFile } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { parsedAnew, sharedParse, sharedTextParse } from "../support/shared-parses.js";

/** What a parse gives, as plain data: its data, its diagnostics, and the place of each top-level key. */
const seen = (parsed: ParsedFile) => ({
  file: parsed.file,
  data: parsed.data,
  diagnostics: parsed.diagnostics,
  places: Object.keys(isRecord(parsed.data) ? parsed.data : {}).map((key) => parsed.map.key([key])),
  document: [parsed.map.document.contents?.range, parsed.map.document.errors.map((e) => e.message)],
});
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const file = (displayPath: string, text: string): SpecFile => ({
  relPath: "operations/office/x.yaml",
  displayPath,
  kind: "operation",
  text,
});

test("every file of the repository's spec, twice and under another path: what parsing gives", async () => {
  const { files } = await readSpecInput(specDir);
  expect(files.length).toBeGreaterThan(5);
  for (const spec of files) {
    const want = seen(parseSpecFile(spec));
    expect(seen(sharedParse(spec)), spec.relPath).toEqual(want);
    expect(seen(sharedParse({ ...spec })), spec.relPath).toEqual(want);
    const moved = { ...spec, displayPath: `workspace/${spec.displayPath}` };
    expect(seen(sharedParse(moved)), spec.relPath).toEqual(seen(parseSpecFile(moved)));
    // Kept: the second parse of a text is the first.
    expect(sharedParse({ ...spec }).data).toBe(sharedParse(spec).data);
  }
});

test("broken files, twice: the same diagnostics at the same places", () => {
  const broken = [
    file("a.yaml", "operation: x\noperation: y\n"),
    file("a.yaml", "operation: [x\n"),
    file("a.yaml", "? [a]\n: b\n"),
    file("a.yaml", "request:\n  fields:\n    a: {}\n    a: {}\n"),
  ];
  for (const spec of broken) {
    const want = seen(parseSpecFile(spec));
    expect(want.diagnostics.length, spec.text).toBeGreaterThan(0);
    expect(seen(sharedParse(spec)), spec.text).toEqual(want);
    expect(seen(sharedParse(spec)), spec.text).toEqual(want);
    // Kept, then asked for under another path: what parsing gives there, places and related places included.
    const moved = { ...spec, displayPath: "elsewhere/b.yaml" };
    expect(seen(sharedParse(moved)), spec.text).toEqual(seen(parseSpecFile(moved)));
  }
});

test("a binary scalar, which cannot be frozen, is kept as parsed: twice, what parsing gives", () => {
  const spec = file("a.yaml", "operation: !!binary AAAA\n");
  const want = seen(parseSpecFile(spec));
  expect(seen(sharedParse(spec))).toEqual(want);
  expect(seen(sharedParse({ ...spec }))).toEqual(want);
});

test("the same text under another path, or another text under the same path, is parsed for it", () => {
  const first = sharedParse(file("a.yaml", "operation: x\noperation: y\n"));
  const moved = sharedParse(file("b/a.yaml", "operation: x\noperation: y\n"));
  expect(moved.diagnostics.map((d) => d.file)).toEqual(["b/a.yaml"]);
  expect(first.diagnostics.map((d) => d.file)).toEqual(["a.yaml"]);
  expect(sharedParse(file("a.yaml", "operation: z\n")).data).toEqual({ operation: "z" });
});

test("what it keeps cannot be changed in place", () => {
  const parsed = sharedParse(file("a.yaml", "operation: x\nrequest:\n  fields: {}\n"));
  expect(() => {
    (parsed.data as { operation: string }).operation = "y";
  }).toThrow(TypeError);
  expect(sharedParse(file("a.yaml", "operation: x\nrequest:\n  fields: {}\n")).data).toEqual({
    operation: "x",
    request: { fields: {} },
  });
});

test("the generator reads through the shared parses, but in parsedAnew", async () => {
  const input = await readSpecInput(specDir);
  const dataOf = async () => (await readDocuments(input)).documents.map((d) => d.data);
  const [shared, again] = [await dataOf(), await dataOf()];
  expect(again.every((data, i) => data === shared[i] && Object.isFrozen(data))).toBe(true);
  const anew = await parsedAnew(dataOf);
  expect(anew).toEqual(shared);
  expect(anew.some((data, i) => data === shared[i] || Object.isFrozen(data))).toBe(false);
  expect((await dataOf()).every((data, i) => data === shared[i])).toBe(true);
});

test("the parses outlive the setup file, which vitest evaluates again before each test file", async () => {
  const input = await readSpecInput(specDir);
  const dataOf = async () => (await readDocuments(input)).documents.map((d) => d.data);
  const before = await dataOf();
  // The setup module evaluated afresh, as vitest does before the worker's next test file.
  await import(/* @vite-ignore */ new URL("../support/file-setup.ts?again", import.meta.url).href);
  const after = await dataOf();
  expect(after.length).toBe(before.length);
  expect(after.every((data, i) => data === before[i])).toBe(true);
});

test("a source map given its text alone reads its places from the document shared by text, but in parsedAnew", async () => {
  const text = "operation: x\nrequest:\n  fields:\n    a: {}\n";
  const want = parseText(text);
  const map = (displayPath: string) => new SourceMap(displayPath, { text });
  const [first, moved] = [map("a.yaml"), map("b/a.yaml")];
  // What parsing gives, under each path: places and the document.
  expect(first.key(["request", "fields", "a"])).toEqual({ file: "a.yaml", line: 4, column: 5 });
  expect(moved.key(["request", "fields", "a"])).toEqual({ file: "b/a.yaml", line: 4, column: 5 });
  expect(first.document.toJSON()).toEqual(want.doc.toJSON());
  expect(first.document.contents?.range).toEqual(want.doc.contents?.range);
  // Kept: the same document for the same text; another text is parsed for itself.
  expect(moved.document).toBe(first.document);
  expect(new SourceMap("a.yaml", { text: `${text}b: y\n` }).document).not.toBe(first.document);
  expect(sharedTextParse(text).doc).toBe(first.document);
  expect(await parsedAnew(async () => map("a.yaml").document)).not.toBe(first.document);
  expect(map("a.yaml").document).toBe(first.document);
});
