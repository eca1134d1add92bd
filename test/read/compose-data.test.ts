// A spec file's data made from yaml's syntax tree (generator/read/compose-data.ts)
// is what parsing the file whole into its YAML document gives: the same data
// (values, key order, prototypes), the same places of its fields' keys, and
// only for a file that the whole parse finds no problem in. Drawn on random
// documents of the spec's form, most of them then damaged.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { expect, test } from "vitest";
import { composeData } from "../../generator/read/compose-data.js";
import { fieldKeyPlaces } from "../../generator/read/field-key-places.js";
import { type ParsedFile, parseSpecDocument, parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { useTextParser } from "../../generator/read/source-map.js";
import type { SpecFile } from "../../generator/read/spec-files.js";
import { goldenRoot } from "../support/generate.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";
import { sharedTextParse } from "../support/shared-parses.js";

const asFile = (text: string): SpecFile => ({
  relPath: "operations/x.yaml",
  displayPath: "spec/operations/x.yaml",
  kind: "operation",
  text,
});

/**
 * What parseSpecFile makes of `text`, held to the whole parse: "composed" where its data comes from composeData (its
 * key places set), or "whole" where composeData gave up and the file was parsed whole; with the file parsed.
 */
function compared(text: string): { way: "composed" | "whole"; parsed: ParsedFile } {
  // One syntax tree for composeData and, where it gives up, the whole parse: as the read stage makes it.
  const parsed = parseSpecFile(asFile(text));
  if (parsed.keyPlaces === undefined) return { way: "whole", parsed };
  const whole = parseSpecDocument(asFile(text));
  // Compared first, expect called on a difference (quick-expect.ts): the property runs this for each of its draws.
  expectEqual(whole.diagnostics, [], text);
  expectSame(isDeepStrictEqual(parsed.data, whole.data), true, text);
  expectSame(JSON.stringify(parsed.data), JSON.stringify(whole.data), text);
  expectSame(parsed.keyPlaces, fieldKeyPlaces(whole.map), text);
  // Its source map finds each place where the whole parse does.
  for (const key of Object.keys(whole.data as object)) {
    expectEqual(parsed.map.key([key]), whole.map.key([key]));
    expectEqual(parsed.map.value([key, "fields"]), whole.map.value([key, "fields"]));
    expectEqual(parsed.map.value([key]), whole.map.value([key]));
  }
  return { way: "composed", parsed };
}

/** Keys and scalars as a spec writes them, then others: odd, or what YAML reads otherwise, or bad. */
const KEYS = ["fields", "a", "type", "b", "c", '"q"', "'s'", '"fields"'];
const ODD_KEYS = [
  "__proto__",
  "toString",
  "<<",
  "k:x",
  "1.0",
  "? k",
  "&k k",
  "*k",
  "!!str k",
  "[k]",
  "- k",
  "'k\n  l'",
];
const SCALARS = [
  "a",
  "1.0",
  "00",
  '"q\\"x"',
  "'it''s'",
  '"\\u00e9 \\t"',
  "x # comment",
  "x#kept",
  '"a" #c',
  "",
  "~",
  "|\n  block\n  text",
  ">-\n  folded\n\n  text",
  '"multi\n  line"',
  "plain\n  continued",
  "[a, b]",
  "{a: b}",
  '{ "x" : y }',
  "[ a ] #c",
  "[\n  a,\n  b\n  ]",
  "{a: {b: [c, {d: e}]}}",
  "{a: }",
  "[a, ]",
];
const ODD_SCALARS = [
  '"bad \\q"',
  '"a"#c',
  "- x",
  "|2\n   kept",
  "|\nunindented",
  "&a x",
  "*a",
  "!!str x",
  "!!binary aGk=",
  "? x",
  "@x",
  "%x",
  "`x",
  "{a, b: c}",
  "[a: b]",
  "[a, , b]",
  "[,a]",
  "{a: b,}",
  "[ a ]#c",
  "{a: b}#c",
  "a: b",
  "'unclosed",
  "{a: b, a: c}",
];

const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 12 }, fc.constantFrom(...ODD_KEYS));

type Node = string | { readonly map: readonly (readonly [string, Node])[] } | { readonly seq: readonly Node[] };

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: fc.constantFrom(...SCALARS), weight: 6 },
    { arbitrary: fc.constantFrom(...ODD_SCALARS), weight: 1 },
    { arbitrary: fc.record({ map: fc.array(fc.tuple(key, tie("node")), { maxLength: 4 }) }), weight: 2 },
    { arbitrary: fc.record({ seq: fc.array(tie("node"), { maxLength: 3 }) }), weight: 1 },
  ),
})).node;

/** A node in block form under `indent`, after a key (`: `) or a list's dash; its lines after the first indented. */
function render(value: Node, indent: string, step: string, comments: boolean): string {
  if (typeof value === "string") return ` ${value.replaceAll("\n", `\n${indent}${step}`)}`;
  const inner = indent + step;
  const lines =
    "map" in value
      ? value.map.map(([key, item]) => `${inner}${key}:${render(item, inner, step, comments)}`)
      : value.seq.map((item) => `${inner}-${render(item, inner, step, comments)}`);
  if (lines.length === 0) return "map" in value ? " {}" : " []";
  if (comments) lines.splice(lines.length >> 1, 0, `${inner}# a comment`, "");
  return `\n${lines.join("\n")}`;
}

/** A document: a mapping at the top, in block form, then each edit (a place as a fraction of the text, and a text put there). */
const documents = fc
  .record({
    top: fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }),
    step: fc.constantFrom("  ", " ", "    "),
    comments: fc.boolean(),
    edits: fc.oneof(
      fc.constant([]),
      fc.array(
        fc.tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.nat(3),
          fc.constantFrom(
            "",
            " ",
            "\t",
            "\n",
            "\n  ",
            ":",
            ": ",
            "-",
            "- ",
            "#",
            " #",
            '"',
            "'",
            "{",
            "}",
            "[",
            "]",
            ",",
            "&",
            "*",
            "!",
            "?",
            "|",
            ">",
            "---\n",
            "...\n",
            "%YAML 1.2\n",
          ),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    ),
  })
  .map(({ top, step, comments, edits }) => {
    let text = `${top.map(([key, item]) => `${key}:${render(item, "", step, comments)}`).join("\n")}\n`;
    for (const [at, cut, put] of edits) {
      const place = Math.floor(at * text.length);
      text = text.slice(0, place) + put + text.slice(place + cut);
    }
    return text;
  });

test("a document composed from the syntax tree reads as parsed whole; one that would have a problem is parsed whole", () => {
  const seen = { composed: 0, whole: 0, wholeClean: 0 };
  fc.assert(
    fc.property(documents, (text) => {
      const { way, parsed } = compared(text);
      seen[way]++;
      if (way === "whole" && parsed.diagnostics.length === 0) seen.wholeClean++;
    }),
    drawOf(2_000, 20_000),
  );
  // Both ways, and files given up on that parse cleanly (an alias, a tag, a tab): the draw reached each.
  expect(seen.composed).toBeGreaterThan(300);
  expect(seen.whole - seen.wholeClean).toBeGreaterThan(300);
  expect(seen.wholeClean).toBeGreaterThan(20);
});

test("each problem the composer reports in a file of the plain form is left to the whole parse", () => {
  const long = "k".repeat(1025);
  const problems = [
    `${long}: v\n`,
    `a:\n  x: 1\n${long}: v\n`,
    `a: |\n  x\n${long}: v\n`,
    "a: [a,#c\n b]\n",
    "a: {a: b,#c\n }\n",
    "a: [a]#c\n",
    "a: [a, , b]\n",
    "a: b: c\n",
    "a:\n  b: 1\n c: 2\n",
    "a: 1\na: 2\n",
    "a: |\nb\n",
  ];
  for (const text of problems) {
    expect(composeData(text), text).toBeUndefined();
    expect(parseSpecDocument(asFile(text)).diagnostics, text).not.toEqual([]);
  }
  // Short of those: a long value, and a key of 1024 characters.
  for (const text of [`a: ${long}\nb: v\n`, `a:\n  x: 1\n${long.slice(1)}: v\n`])
    expect(compared(text).way).toBe("composed");
});

test("the spec's files and the golden fixture's compose as they parse whole", () => {
  const roots = [path.resolve("spec"), path.join(goldenRoot, "spec")];
  const texts = roots.flatMap((root) =>
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => readFileSync(path.join(root, file), "utf8")),
  );
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) compared(text);
});

test("a document nested deeper than the composer's stack reaches is parsed whole, which reports it", () => {
  // yaml's composer takes several frames a level and runs out of stack at a depth that depends on the thread and on
  // what the engine has optimised: composing on fewer frames must not give data there (the whole parse: too-deep).
  const forms = [
    (n: number) => `a: ${"[".repeat(n)}${"]".repeat(n)}\n`,
    (n: number) => `a: ${"{a: ".repeat(n)}b${"}".repeat(n)}\n`,
  ];
  let reported = 0;
  for (const form of forms)
    for (const depth of [1000, 2000, 4000, 8000, 16000]) {
      const text = form(depth);
      if (parseSpecDocument(asFile(text)).diagnostics.length > 0) reported++;
      compared(text);
    }
  // The depths reach past where the whole parse reports the file.
  expect(reported).toBeGreaterThan(0);
});

test("a composed file's keys at the top level and its fields' keys are placed without parsing its document", () => {
  // Where a diagnostic names them (an unknown key at the top, a field written out twice): a file of 150,000 unknown
  // keys was parsed whole a second time for their places.
  const text = "operation: x\nunknownKey: y\nrequest:\n  fields:\n    a:\n      presence: required\n  other: z\n";
  const parsed = parseSpecFile(asFile(text));
  expect(parsed.keyPlaces).toBeDefined();
  const whole = parseSpecDocument(asFile(text));
  const placed = [["operation"], ["unknownKey"], ["request"], ["request", "fields", "a"]];
  const wanted = placed.map((path) => whole.map.key(path));
  let parses = 0;
  useTextParser((text) => {
    parses++;
    return sharedTextParse(text);
  });
  try {
    expect(placed.map((path) => parsed.map.key(path))).toEqual(wanted);
    expect(parses).toBe(0);
    // And the text values' at the top level (a family slip is warned of at its value: model/family-slips.ts).
    expect([parsed.map.value(["operation"]), parsed.map.value(["unknownKey"])]).toEqual([
      whole.map.value(["operation"]),
      whole.map.value(["unknownKey"]),
    ]);
    expect(parses).toBe(0);
    // Any other key's place is read from the document.
    expect(parsed.map.key(["request", "other"])).toEqual(whole.map.key(["request", "other"]));
    expect(parses).toBe(1);
  } finally {
    useTextParser(sharedTextParse);
  }
});
