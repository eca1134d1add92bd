// Spec text never changes the structure of a generated file. Each payload of
// a corpus (line breaks, comment and template ends, quotes, Handlebars, HTML,
// Markdown, table pipes, control characters, very long text) is appended to
// every text field of a fixture spec that uses them all, found by walking the
// spec files with the format's JSON Schemas; the output is generated in memory
// and parsed: TypeScript by the compiler, Markdown by markdown-it, JSON by
// JSON.parse, each compared with the output of the spec without payloads.
import path from "node:path";
import { parseDocument } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { generate, generateFromInput, type GeneratedFile } from "../../generator/index.js";
import { readSpecInput, type SpecFile, type SpecInput } from "../../generator/read/spec-files.js";
import { jsonShape, markdownHtml, markdownStructure, type TsStructure, tsStructure } from "../support/structure.js";
import { appendToText, ROOT_SCHEMAS, textFieldSites } from "../support/text-fields.js";
import { fixturesDir } from "../support/paths.js";

const root = path.join(fixturesDir, "every-text");
const specDir = path.join(root, "spec");

/** Text fields that are references rather than prose: a payload would make the spec invalid, not hostile. */
const NOT_PROSE = new Set([
  "operation.schema.json#/properties/source/properties/page",
  "operation.schema.json#/$defs/callback/properties/source/properties/page",
]);

const PAYLOADS: Record<string, string> = {
  "line feed": "one\nglobalThis.pwned = 1; // two\n@deprecated pwned\n  @since 9.9",
  "carriage returns": "one\r\nglobalThis.pwned = 1;\rthree",
  "line and paragraph separators": "one\u2028globalThis.pwned = 1;\u2029three",
  "JSDoc tags": "see @deprecated and {@link pwned} @since 9.9 a@b.c\n@internal",
  "comment end": "*/ globalThis.pwned = 1; /* // <!-- -->",
  backticks: "` `` ``` `globalThis.pwned` ```js\n```",
  "template hole": "${globalThis.pwned = 1} `${x}` \\${y}",
  quotes: `" ' \\" \\' \\ "; globalThis.pwned = 1; "`,
  handlebars: "{{pwned}} {{{raw}}} {{> partial}} {{!comment}} \\{{escaped}}",
  html: '<script>globalThis.pwned = 1</script><img src=x onerror="alert(1)"><b>bold</b>',
  "html comment end": "--> <!-- --!> -- -",
  "table pipes": "a | b || c | \\| d |",
  markdown:
    "# heading\n- item\n1. one\n> quote\n---\n[link](javascript:alert(1)) ![img](x.png) **strong** _em_ ~~del~~ <https://x.example>",
  entities: "&lt;script&gt; &#60;b&#62; &amp;",
  "control characters": "\u0001\u0007\b\u000b\f\u001b[31m\u007f\t end",
  // Under the 10,000 characters a text may have (text-too-long), with the text it is appended to.
  "very long text": `${"x".repeat(5000)} ${"word ".repeat(900)}*/`,
};

let baseline: Map<string, GeneratedFile>;
let input: SpecInput;

beforeAll(async () => {
  input = await readSpecInput(specDir, root);
  const result = await generate({ specDir, cwd: root });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  baseline = new Map(result.files.map((f) => [f.path, f]));
});

// The baseline's structure of each file, parsed once for all payloads rather than once per payload.
type Shape<T> = (path: string, text: string | undefined) => T;
const tsShape: Shape<TsStructure> = (file, text) => tsStructure(file, text ?? "");
const markdownBlocks: Shape<string[]> = (_, text) => markdownStructure(text ?? "");
const markdownTags: Shape<string[]> = (_, text) => markdownHtml(text ?? "");
const jsonKeys: Shape<unknown> = (_, text) => jsonShape(JSON.parse(text ?? "null"));
const baselineShapes = new Map<Shape<unknown>, Map<string, unknown>>();
function baselineShape<T>(file: string, shape: Shape<T>): T {
  let shapes = baselineShapes.get(shape);
  if (!shapes) baselineShapes.set(shape, (shapes = new Map()));
  if (!shapes.has(file)) shapes.set(file, shape(file, baseline.get(file)?.content));
  return shapes.get(file) as T;
}

/** The fixture with `payload` appended to every text field; the sites it changed. */
function withPayload(payload: string): { input: SpecInput; sites: Set<string> } {
  const sites = new Set<string>();
  const files = input.files.map((file): SpecFile => {
    if (file.kind === "unexpected") return file;
    const doc = parseDocument(file.text, { schema: "failsafe" });
    for (const site of appendToText(doc, ROOT_SCHEMAS[file.kind], payload, NOT_PROSE)) sites.add(site);
    return { ...file, text: doc.toString({ lineWidth: 0 }) };
  });
  return { input: { ...input, files }, sites };
}

test("the fixture holds every text field of the format", () => {
  const expected = [...textFieldSites()].filter((site) => !NOT_PROSE.has(site)).sort();
  expect(expected.length).toBeGreaterThan(20);
  const reached = withPayload("!").sites;
  expect(expected.filter((site) => !reached.has(site))).toEqual([]);
  expect([...reached].sort()).toEqual(expected);
});

describe.each(Object.entries(PAYLOADS))("%s", (_, payload) => {
  let files: readonly GeneratedFile[];

  beforeAll(async () => {
    const result = await generateFromInput(withPayload(payload).input);
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    if (!result.ok) return;
    files = result.files;
    // The payload reached the model, so it reached the emitters.
    expect(JSON.stringify(result.model)).toContain(JSON.stringify(payload).slice(1, -1));
  });

  test("the same files, each still text", () => {
    expect(files.map((f) => f.path)).toEqual([...baseline.keys()]);
    const controls = (text: string) => [...text].filter((c) => (c < " " && c !== "\n") || c === "\u007f");
    for (const file of files) expect(controls(file.content), file.path).toEqual([]);
  });

  test("TypeScript: the same declarations and exports, no new statement, call or template hole", () => {
    for (const file of files.filter((f) => f.language === "typescript")) {
      const got = tsStructure(file.path, file.content);
      const want = baselineShape(file.path, tsShape);
      expect(got.syntaxErrors, file.path).toBe(0);
      expect(got.topLevel, file.path).toEqual(want.topLevel);
      expect(got.code, file.path).toEqual(want.code);
      expect(file.content, file.path).not.toMatch(/[\u2028\u2029]/);
    }
  });

  test("Markdown: the same blocks, table rows and cells, links and code spans; no HTML but the header", () => {
    for (const file of files.filter((f) => f.language === "markdown")) {
      expect(markdownStructure(file.content), file.path).toEqual(baselineShape(file.path, markdownBlocks));
      expect(markdownHtml(file.content), file.path).toEqual(baselineShape(file.path, markdownTags));
      expect(file.content, file.path).not.toMatch(/[\u2028\u2029]/);
    }
  });

  test("JSON: the same keys at the same places", () => {
    // Value and algorithm names are keys in places: compared without the payload appended to them.
    const keyOf = (key: string): string => (key.endsWith(payload) ? key.slice(0, key.length - payload.length) : key);
    for (const file of files.filter((f) => f.language === "json")) {
      const want = baselineShape(file.path, jsonKeys);
      expect(jsonShape(JSON.parse(file.content), keyOf), file.path).toEqual(want);
    }
  });
});
