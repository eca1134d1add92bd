// Templates kept compiled between runs (generator/emit/compiled-templates.ts):
// a kept file is loaded instead of compiling, it renders exactly what the
// template compiled in memory renders, and a kept file that is damaged, cut or
// made for other templates is never run: the templates are compiled again.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Handlebars from "handlebars";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  type CompileOptions,
  compiledTemplates,
  readTemplates,
  templateOf,
} from "../../generator/emit/compiled-templates.js";
import { sha256 } from "../../generator/memo/content-hash.js";
import { templatesDir } from "../../generator/emit/handlebars-env.js";

const OPTIONS: CompileOptions = {
  strict: true,
  noEscape: true,
  preventIndent: true,
  knownHelpers: { shout: true },
  knownHelpersOnly: true,
};

/** A templates folder of its own: a page with a loop, a helper and a partial. */
function templatesFolder(page = "# {{title}}\n{{#each rows}}\n{{> row}}\n{{/each}}\n"): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-templates-"));
  mkdirSync(path.join(dir, "partials"));
  writeFileSync(path.join(dir, "page.hbs"), page);
  writeFileSync(path.join(dir, "partials", "row.hbs"), "| {{shout name}} | {{count}} |");
  return dir;
}

const keptFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("templates-"));
const precompiles = () => vi.spyOn(Handlebars, "precompile");

afterEach(() => vi.restoreAllMocks());

test("every template and partial is read, by name", () => {
  expect([...readTemplates(templatesFolder()).keys()]).toEqual(["page", "partials/row"]);
  const real = readTemplates(templatesDir);
  expect([...real.keys()].filter((name) => !name.startsWith("partials/")).length).toBeGreaterThan(0);
  expect([...real.keys()].filter((name) => name.startsWith("partials/")).length).toBeGreaterThan(0);
});

test("compiled once, then loaded from the kept file", () => {
  const sources = readTemplates(templatesFolder());
  const kept = mkdtempSync(path.join(tmpdir(), "sips-templates-kept-"));
  const inMemory = compiledTemplates(sources, OPTIONS, null);
  const spy = precompiles();
  expect(compiledTemplates(sources, OPTIONS, kept)).toEqual(inMemory);
  expect(spy).toHaveBeenCalledTimes(sources.size);
  expect(keptFiles(kept)).toEqual([expect.stringMatching(/^templates-[0-9a-f]{16}\.json$/)]);
  spy.mockClear();
  expect(compiledTemplates(sources, OPTIONS, kept)).toEqual(inMemory);
  expect(spy).not.toHaveBeenCalled();
});

test("a template from its kept source renders what the template compiled in memory renders", () => {
  const sources = readTemplates(templatesFolder());
  const kept = mkdtempSync(path.join(tmpdir(), "sips-templates-kept-"));
  compiledTemplates(sources, OPTIONS, kept);
  const compiled = compiledTemplates(sources, OPTIONS, kept);
  const environment = (partial: (hbs: typeof Handlebars) => Handlebars.Template) => {
    const hbs = Handlebars.create();
    hbs.registerHelper("shout", (value: unknown) => String(value).toUpperCase());
    hbs.registerPartial("row", partial(hbs));
    return hbs;
  };
  const fromKept = environment((hbs) => templateOf(hbs, compiled.get("partials/row") as string));
  const inMemory = environment(() => sources.get("partials/row") as string);
  const render = [
    templateOf(fromKept, compiled.get("page") as string),
    inMemory.compile(sources.get("page") as string, OPTIONS),
  ];
  const views = [
    {
      title: "T | x",
      rows: [
        { name: "a", count: 1 },
        { name: "<b>", count: 0 },
      ],
    },
    { title: "", rows: [] },
  ];
  const rendered = views.map((view) => render.map((template) => template(view)));
  for (const [got, want] of rendered) expect(got).toBe(want);
  expect(rendered[0]?.[0]).toContain("| <B> | 0 |");
  // Strict, as compiled, the partial too: a missing value throws either way.
  for (const template of render) expect(() => template({ title: "t", rows: [{ name: "a" }] })).toThrow(/count/);
});

describe("a kept file that cannot be trusted is compiled again, and kept anew", () => {
  const sources = readTemplates(templatesFolder());
  const inMemory = compiledTemplates(sources, OPTIONS, null);
  const body = JSON.stringify(Object.fromEntries(inMemory));
  const damaged: [string, (text: string) => string][] = [
    ["empty", () => ""],
    ["cut", (text) => text.slice(0, text.length - 20)],
    ["a byte changed", (text) => `${text.slice(0, 100)}${text[100] === "x" ? "y" : "x"}${text.slice(101)}`],
    ["its hash changed", (text) => `${"0".repeat(64)}${text.slice(64)}`],
    ["no hash line", () => body],
    ["a template missing, hashed", () => hashed(JSON.stringify({ page: inMemory.get("page") }))],
    ["a template not a text, hashed", () => hashed(JSON.stringify({ ...Object.fromEntries(inMemory), page: 1 }))],
    ["not an object, hashed", () => hashed(JSON.stringify([...inMemory.values()]))],
    ["not JSON, hashed", () => hashed("{page: return 1}")],
  ];

  test.each(damaged)("%s", (_, damage) => {
    const kept = mkdtempSync(path.join(tmpdir(), "sips-templates-kept-"));
    compiledTemplates(sources, OPTIONS, kept);
    const [file] = keptFiles(kept);
    const where = path.join(kept, file as string);
    const good = readFileSync(where, "utf8");
    writeFileSync(where, damage(good));
    const spy = precompiles();
    expect(compiledTemplates(sources, OPTIONS, kept)).toEqual(inMemory);
    expect(spy).toHaveBeenCalledTimes(sources.size);
    expect(readFileSync(where, "utf8")).toBe(good);
  });
});

test("other templates or options are kept under another name, which replaces the earlier file", () => {
  const kept = mkdtempSync(path.join(tmpdir(), "sips-templates-kept-"));
  const first = readTemplates(templatesFolder());
  compiledTemplates(first, OPTIONS, kept);
  const [before] = keptFiles(kept);
  const edited = readTemplates(templatesFolder("# {{title}}!\n"));
  const spy = precompiles();
  const compiled = compiledTemplates(edited, OPTIONS, kept);
  expect(spy).toHaveBeenCalledTimes(edited.size);
  expect(compiled).toEqual(compiledTemplates(edited, OPTIONS, null));
  expect(keptFiles(kept)).toHaveLength(1);
  expect(keptFiles(kept)).not.toContain(before);
  spy.mockClear();
  compiledTemplates(edited, { ...OPTIONS, strict: false }, kept);
  expect(spy).toHaveBeenCalledTimes(edited.size);
});

test("a folder that cannot be written only means compiling again", () => {
  const sources = readTemplates(templatesFolder());
  const notAFolder = path.join(mkdtempSync(path.join(tmpdir(), "sips-templates-kept-")), "file");
  writeFileSync(notAFolder, "");
  expect(compiledTemplates(sources, OPTIONS, notAFolder)).toEqual(compiledTemplates(sources, OPTIONS, null));
});

const hashed = (body: string): string => `${sha256(body)}\n${body}`;
