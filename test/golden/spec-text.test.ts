// Spec text never changes the structure of a generated file. Each payload of
// a corpus (line breaks, comment and template ends, quotes, Handlebars, HTML,
// Markdown, table pipes, control characters, very long text) is appended to
// every text field of a fixture spec that uses them all, found by walking the
// spec files with the format's JSON Schemas; the output is generated in memory
// and parsed: TypeScript by the compiler, Markdown by markdown-it, JSON by
// JSON.parse, each compared with the output of the spec without payloads.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { generate, generateFromInput, type GeneratedFile } from "../../generator/index.js";
import { readSpecInput, type SpecFile, type SpecInput } from "../../generator/read/spec-files.js";
import { jsonShape, type MarkdownShape, markdownShape, type TsStructure, tsStructure } from "../support/structure.js";
import { appendToText, NOT_PROSE, replaceProse, ROOT_SCHEMAS, textFieldSites } from "../support/text-fields.js";
import { keptAnswer } from "../support/kept-answer.js";
import { ownText } from "../support/kept-output.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";

const root = path.join(fixturesDir, "every-text");
const specDir = path.join(root, "spec");

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
  // White space and zero-width characters that JavaScript's trim takes (or not), before, inside and after a word.
  "invisible characters": "\ufeff\u00a0\u3000 \u2028word\u200b\u2060\u180e\u0085word \u2029\u200b\ufeff",
  // Under the 10,000 characters a text may have (text-too-long), with the text it is appended to.
  "very long text": `${"x".repeat(5000)} ${"word ".repeat(900)}*/`,
};

/**
 * Text as a doc comment shows it, without its white space (lines are joined, runs of spaces made one and ends
 * trimmed): control characters as the escapes the comment holds.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const CONTROLS = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f]/g;
const asShown = (text: string): string =>
  text.replace(CONTROLS, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).replace(/\s+/g, "");

let baseline: Map<string, GeneratedFile>;
let input: SpecInput;

beforeAll(async () => {
  input = await readSpecInput(specDir, root);
  const result = await generate({ specDir, cwd: root });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  baseline = new Map(result.files.map((f) => [f.path, f]));
});

// The structure of each baseline file, parsed once for all payloads. A file a payload left as it was (one that
// holds no spec text, as the runtime's) is the same text with the same structure: only the others are parsed.
type Shape<T> = (path: string, text: string) => T;
/**
 * Shapes kept on disk under all a parse reads (test/support/kept-answer.ts): the parsers' versions, the code that
 * reads with them, the file's path and text. A text an earlier run parsed is read back rather than parsed again
 * (each payload's changed files: about 1 s of CPU a run), a changed one is parsed. Looked up here by kind,
 * path and text, once keepShapes has read them.
 */
const keptShapes = new Map<string, Map<string, unknown>>();
const keptShape = <T>(kind: string, shape: (file: string, text: string) => T): Shape<T> => {
  return (file, text) => {
    const kept = keptShapes.get(`${kind} ${file}`)?.get(text);
    return kept === undefined ? shape(file, text) : (kept as T);
  };
};
const tsShape: Shape<TsStructure> = keptShape("typescript", tsStructure);
const markdownOf: Shape<MarkdownShape> = keptShape("markdown", (_, text) => markdownShape(text));
/** What a shape depends on besides its file: TypeScript's and markdown-it's versions, the code reading with them. */
const PARSERS = [
  ts.version,
  (
    JSON.parse(readFileSync(path.join(repoRoot, "node_modules", "markdown-it", "package.json"), "utf8")) as {
      version: string;
    }
  ).version,
  ownText(new URL("../support/structure.ts", import.meta.url).href),
  ownText(new URL("../support/ts-api.ts", import.meta.url).href),
];
/** The shapes of `files` (and of their baseline's text) read from the kept answers, or parsed and kept. */
async function keepShapes(kind: "typescript" | "markdown", files: readonly GeneratedFile[]): Promise<void> {
  const shape = kind === "typescript" ? tsStructure : (_: string, text: string) => markdownShape(text);
  for (const { path: file, content } of files)
    for (const text of [content, baseline.get(file)?.content ?? ""]) {
      const key = `${kind} ${file}`;
      let byText = keptShapes.get(key);
      if (!byText) keptShapes.set(key, (byText = new Map()));
      if (!byText.has(text))
        byText.set(text, await keptAnswer("spec-text-shapes", [...PARSERS, kind, file, text], () => shape(file, text)));
    }
}
const baselineShapes = new Map<Shape<unknown>, Map<string, unknown>>();
function baselineShape<T>(file: string, shape: Shape<T>): T {
  let byFile = baselineShapes.get(shape);
  if (!byFile) baselineShapes.set(shape, (byFile = new Map()));
  if (!byFile.has(file)) byFile.set(file, shape(file, baseline.get(file)?.content ?? ""));
  return byFile.get(file) as T;
}
const jsonKeys: Shape<unknown> = (_, text) => jsonShape(JSON.parse(text || "null"));

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

// A summary of a byte order mark alone left mock.ts's piece without its doc comment, and the generator threw.
test("prose of white space and zero-width characters alone is an empty-value at its place, in every field", async () => {
  const blank = "\ufeff\u200b\u2060\u180e\u00a0\u3000 \u2028\u2029\u0085\t";
  const places: string[] = [];
  const files = input.files.map((file): SpecFile => {
    if (file.kind === "unexpected") return file;
    const doc = parseDocument(file.text, { schema: "failsafe" });
    replaceProse(doc, ROOT_SCHEMAS[file.kind], blank);
    const text = doc.toString({ lineWidth: 0 });
    // Placed in the text as written: the nodes of the document read again.
    const lines = new LineCounter();
    for (const node of replaceProse(
      parseDocument(text, { schema: "failsafe", lineCounter: lines }),
      ROOT_SCHEMAS[file.kind],
      blank,
    )) {
      const { line, col } = lines.linePos(node.range?.[0] ?? 0);
      places.push(`${path.relative(root, specDir)}/${file.relPath}:${line}:${col}`);
    }
    return { ...file, text };
  });
  const result = await generateFromInput({ ...input, files });
  expect(result.ok).toBe(false);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  expect(errors.filter((d) => d.code !== "empty-value").map((d) => d.message)).toEqual([]);
  const found = new Set(errors.map((d) => `${d.file}:${d.line}:${d.column}`));
  expect(places.length).toBeGreaterThan(20);
  expect(places.filter((place) => !found.has(place))).toEqual([]);
});

/** Characters below the space but the line feed, and DEL: each a single UTF-16 unit. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const controls = (text: string) => text.match(/[\u0000-\u0009\u000b-\u001f\u007f]/g) ?? [];

test("the output of the fixture without payloads is text", () => {
  for (const [file, { content }] of baseline) expectEqual(controls(content), [], file);
});

describe.each(Object.entries(PAYLOADS))("%s", (_, payload) => {
  let files: readonly GeneratedFile[];
  /** The files of a language whose text the payload changed. */
  const changed = (language: GeneratedFile["language"]) =>
    files.filter((f) => f.language === language && f.content !== baseline.get(f.path)?.content);
  /** A changed file's structure, parsed once for both TypeScript tests of the payload. */
  const parsed = new Map<string, TsStructure>();
  const shapeOf = (file: GeneratedFile): TsStructure => {
    let shape = parsed.get(file.path);
    if (!shape) parsed.set(file.path, (shape = tsShape(file.path, file.content)));
    return shape;
  };

  beforeAll(async () => {
    const result = await generateFromInput(withPayload(payload).input);
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    if (!result.ok) return;
    files = result.files;
    // The payload reached the model, so it reached the emitters, and files of each language that are compared.
    expect(JSON.stringify(result.model)).toContain(JSON.stringify(payload).slice(1, -1));
    for (const language of ["typescript", "markdown", "json"] as const)
      expect(changed(language), language).not.toEqual([]);
    await keepShapes("typescript", changed("typescript"));
    await keepShapes("markdown", changed("markdown"));
  });

  test("the same files, each still text", () => {
    expect(files.map((f) => f.path)).toEqual([...baseline.keys()]);
    // A file the payload left as it was is the baseline's text, held apart: only the others are searched.
    for (const file of files)
      if (file.content !== baseline.get(file.path)?.content) expectEqual(controls(file.content), [], file.path);
  });

  test("TypeScript: the same declarations and exports, no new statement, call or template hole", () => {
    for (const file of changed("typescript")) {
      const got = shapeOf(file);
      const want = baselineShape(file.path, tsShape);
      expectSame(got.syntaxErrors, 0, file.path);
      expectEqual(got.topLevel, want.topLevel, file.path);
      expectEqual(got.code, want.code, file.path);
      if (/[\u2028\u2029]/.test(file.content)) expect(file.content, file.path).not.toMatch(/[\u2028\u2029]/);
    }
  });

  test("TypeScript: each doc comment's Markdown shows the spec text as written", () => {
    const shown = asShown(payload);
    for (const file of changed("typescript")) {
      const got = shapeOf(file).docTexts;
      const want = baselineShape(file.path, tsShape).docTexts;
      expectEqual(
        // A condition loses its closing period in its parentheses: with the payload after it, the period stays.
        got.map((text) => asShown(text).split(shown).join("").replaceAll(".)", ")")),
        want.map((text) => asShown(text).replaceAll(".)", ")")),
        file.path,
      );
    }
  });

  test("Markdown: the same blocks, table rows and cells, links and code spans; no HTML but the header", () => {
    for (const file of changed("markdown")) {
      const got = markdownOf(file.path, file.content);
      const want = baselineShape(file.path, markdownOf);
      expectEqual(got.blocks, want.blocks, file.path);
      expectEqual(got.html, want.html, file.path);
      if (/[\u2028\u2029]/.test(file.content)) expect(file.content, file.path).not.toMatch(/[\u2028\u2029]/);
    }
  });

  test("JSON: the same keys at the same places", () => {
    // Value and algorithm names are keys in places: compared without the payload appended to them.
    const keyOf = (key: string): string => (key.endsWith(payload) ? key.slice(0, key.length - payload.length) : key);
    for (const file of changed("json")) {
      const want = baselineShape(file.path, jsonKeys);
      expectEqual(jsonShape(JSON.parse(file.content), keyOf), want, file.path);
    }
  });
});
