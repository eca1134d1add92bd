// What an editor shows of a doc comment: TypeScript's quick info (the
// language service, as an editor's hover asks it), whose text the editor
// renders as Markdown. Spec text holding at signs must read as no tag and no
// link, and show as written: a backslash that stops a tag vanishes in text,
// but shows inside a code span (Markdown reads no escape there), so an at sign
// is escaped only where TypeScript would read a tag. Shown on the golden
// fixture with such values and meanings, and held for the generator's own doc
// comments, which editors show as they are worked on.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { tagStarts } from "../../generator/emit/ts/comment-escape.js";
import { LISTS, edited, goldenInput } from "../support/golden-changes.js";
import { repoRoot } from "../support/paths.js";
import type { ts as Ts } from "ts-morph";
import { ts } from "../support/ts-api.js";

/** Values and meanings with at signs TypeScript reads no tag or link in, and values that it would (`escaped`). */
const HOSTILE: readonly (readonly [value: string, name: string, meaning: string])[] = [
  ["{@foo} z", "BRACED", "An address a@b.c, {@foo} and c @ d"],
  ["c @ d", "SPACED", "Read as @deprecated by a careless comment"],
  ["@lead", "LEAD", "@since 9.9"],
  ["mail a@b.c", "MAIL", "See {@link pwned} and {@linkcode x}"],
];
const ESCAPED: readonly (readonly [value: string, name: string, shown: string])[] = [
  ["a @b", "A_AT_B", "a \\@b"],
  ["x {@link y}", "LINKED", "x {\\@link y}"],
];

const markdown = new MarkdownIt();

/** Markdown as an editor renders it, as text: code spans and text as they show, line breaks kept. */
function rendered(text: string): string {
  return markdown
    .parse(text, {})
    .filter((t) => t.type === "inline")
    .map((t) =>
      (t.children ?? []).map((c) => (c.type === "softbreak" || c.type === "hardbreak" ? "\n" : c.content)).join(""),
    )
    .join("\n");
}

/** The quick info of the first declaration of `name` in a file, as the language service gives it. */
function hover(text: string, name: string) {
  const file = "hovered.ts";
  const host: Ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => (f === file ? ts.ScriptSnapshot.fromString(text) : undefined),
    getCurrentDirectory: () => "/",
    getCompilationSettings: () => ({ noLib: true, noResolve: true }),
    getDefaultLibFileName: () => "lib.d.ts",
    fileExists: (f) => f === file,
    readFile: () => undefined,
  };
  const at = text.search(new RegExp(`(?:type|interface|const|function) ${name}\\b|^\\s+${name}\\??:`, "m"));
  if (at < 0) throw new Error(`no declaration of ${name}`);
  const info = ts.createLanguageService(host).getQuickInfoAtPosition(file, text.indexOf(name, at));
  const parts = info?.documentation ?? [];
  return {
    shown: rendered(ts.displayPartsToString(parts)),
    links: parts.filter((p) => p.kind === "linkName" || p.kind === "linkText").map((p) => p.text.trim()),
    tags: (info?.tags ?? []).map((t) => t.name),
  };
}

const values = [...HOSTILE, ...ESCAPED.map(([value, name]) => [value, name, "Escaped"] as const)]
  .map(
    ([value, name, meaning]) =>
      `      ${JSON.stringify(value)}:\n        name: ${name}\n        meaning: ${JSON.stringify(meaning)}\n`,
  )
  .join("");
const run = await generateFromInput(
  edited(goldenInput, [
    [
      LISTS,
      "      MOTO:\n        meaning: Mail order / telephone order\n",
      `      MOTO:\n        meaning: Mail order / telephone order\n${values}`,
    ],
  ]),
);
if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join("\n"));
const fileText = (p: string): string => run.files.find((f) => f.path === p)?.content ?? "";

test("a value list's doc lists each value and meaning as written, with no tag or link read from them", () => {
  const { shown, links, tags } = hover(fileText("value-lists.ts"), "Channel");
  for (const [value, , meaning] of HOSTILE) expect(shown).toContain(`${value}: ${meaning}`);
  // The one case shown otherwise: a code span TypeScript would read a tag in keeps the escape that stops it.
  for (const [, , escaped] of ESCAPED) expect(shown).toContain(`${escaped}: Escaped`);
  expect(links).toEqual([]);
  expect(tags).toEqual([]);
});

test("a field's doc lists its values as written: the only link is the generator's, the only tag its @since", () => {
  const { shown, links, tags } = hover(fileText("operations/cardCheck/types.ts"), "orderChannel");
  for (const [value, , meaning] of HOSTILE) expect(shown).toContain(`${value}: ${meaning}`);
  for (const [, , escaped] of ESCAPED) expect(shown).toContain(`${escaped}: Escaped`);
  expect(links).toEqual(["Channel"]);
  expect(tags).toEqual(["since"]);
});

test("each value's own doc shows its meaning as written", () => {
  const text = fileText("value-lists.ts");
  for (const [, name, meaning] of HOSTILE) {
    const { shown, links, tags } = hover(text.slice(text.indexOf("export const Channel")), name);
    expect([shown, links, tags]).toEqual([meaning, [], []]);
  }
});

/** The doc comments of a source file, each as its text without the comment's marks. */
const docComments = (text: string): string[] =>
  [...text.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => (m[1] ?? "").replace(/^[ \t]*\* ?/gm, ""));

test("no code span of the generator's and the runtime's own doc comments holds an at sign TypeScript reads", () => {
  const sources = ["generator", "runtime"].flatMap((dir) =>
    readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(dir, f)),
  );
  expect(sources).toContain(path.join("runtime", "issues.ts"));
  const found = sources.flatMap((file) =>
    docComments(readFileSync(path.join(repoRoot, file), "utf8")).flatMap((comment) =>
      markdown
        .parseInline(comment, {})
        .flatMap((t) => t.children ?? [])
        // Inside its span, as TypeScript reads it: an at sign first in it follows a backtick, no tag.
        .filter((t) => t.type === "code_inline" && tagStarts(`\`${t.content}`))
        .map((t) => `${file}: \`${t.content}\``),
    ),
  );
  expect(found).toEqual([]);
});
