// A spec file nested deeper than MAX_NESTING gets one located diagnostic and
// is never composed: yaml's composer recurses once per level and overflows the
// stack some hundreds of levels deep, or fewer, with an error that says nothing
// of the file, or worse. A file nested to the limit reads as before.
import { expect, test } from "vitest";
import { MAX_NESTING } from "../../generator/read/nesting-depth.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import type { SpecFile } from "../../generator/read/spec-files.js";

const asFile = (text: string): SpecFile => ({
  relPath: "operations/x.yaml",
  displayPath: "spec/operations/x.yaml",
  kind: "operation",
  text,
});

/** A text of `depth` collections, one within the other, and where the one at `at` starts (line, column). */
interface Nested {
  readonly text: string;
  readonly at: (level: number) => readonly [number, number];
}

const forms: Record<string, (depth: number) => Nested> = {
  // a: [[[x]]]: the top mapping, then lists on one line.
  "flow lists": (depth) => ({
    text: `a: ${"[".repeat(depth - 1)}x${"]".repeat(depth - 1)}\n`,
    at: (level) => [1, level === 1 ? 1 : 2 + level],
  }),
  "flow maps": (depth) => ({
    text: `a: ${"{b: ".repeat(depth - 1)}x${"}".repeat(depth - 1)}\n`,
    at: (level) => [1, level === 1 ? 1 : 4 * level - 4],
  }),
  // - - - x: each list on the same line.
  "block lists": (depth) => ({ text: `${"- ".repeat(depth)}x\n`, at: (level) => [1, 2 * level - 1] }),
  // Each mapping one line below and one column right of the one holding it.
  "block maps": (depth) => ({
    text: `${Array.from({ length: depth + 1 }, (_, i) => " ".repeat(i) + (i < depth ? "k:" : "x")).join("\n")}\n`,
    at: (level) => [level, level],
  }),
  // - - {a: [ ... ]}: block lists, then flow maps and lists in turn.
  mixed: (depth) => {
    const block = Math.min(depth, 10);
    let flow = "";
    for (let i = block; i < depth; i++) flow += i % 2 === 0 ? "{a: " : "[";
    let close = "";
    for (let i = depth - 1; i >= block; i--) close += i % 2 === 0 ? "}" : "]";
    const columns: number[] = [];
    for (let i = 0, column = 2 * block + 1; i < depth; i++) {
      if (i < block) {
        columns.push(2 * i + 1);
        continue;
      }
      columns.push(column);
      column += i % 2 === 0 ? 4 : 1;
    }
    return { text: `${"- ".repeat(block)}${flow}x${close}\n`, at: (level) => [1, columns[level - 1] ?? 0] };
  },
};

const deep = (text: string) => parseSpecFile(asFile(text));

for (const [name, form] of Object.entries(forms)) {
  test(`${name} nested ${MAX_NESTING} deep read as before`, () => {
    const parsed = deep(form(MAX_NESTING).text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toBeDefined();
  });

  test(`${name} nested ${MAX_NESTING + 1} deep: one diagnostic where the collection past the limit starts`, () => {
    const nested = form(MAX_NESTING + 1);
    const [line, column] = nested.at(MAX_NESTING + 1);
    const parsed = deep(nested.text);
    expect(parsed.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ["too-deep", "spec/operations/x.yaml", line, column],
    ]);
    expect(parsed.diagnostics[0]?.message).toContain(`more than ${MAX_NESTING} levels deep`);
    expect(parsed.data).toBeUndefined();
    // Nothing composes it later: its source map holds no document of it.
    expect(parsed.map.document.toJS()).toBeNull();
  });
}

// Block maps take a line per level, their text growing as the square of their depth: 10,000 only.
const depths: Record<string, readonly number[]> = { "block maps": [10_000] };

for (const [name, form] of Object.entries(forms))
  for (const depth of depths[name] ?? [10_000, 100_000])
    test(`${name} nested ${depth.toLocaleString("en")} deep: the same one diagnostic, no stack error`, () => {
      const nested = form(depth);
      const [line, column] = nested.at(MAX_NESTING + 1);
      const parsed = deep(nested.text);
      expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["too-deep", line, column]]);
    });

test("a list left open 50,000 deep is reported as too deep, where it passes the limit", () => {
  const parsed = deep(`a: ${"[".repeat(50_000)}\n`);
  expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["too-deep", 1, 3 + MAX_NESTING]]);
});

// yaml's Parser itself recurses once per level it closes at a line less indented: some thousands at once overflow.
test("block maps 5,000 deep, then a key back at the margin: the same one diagnostic, no stack error", () => {
  const parsed = deep(`${forms["block maps"]?.(5_000).text ?? ""}z: 1\n`);
  expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
    ["too-deep", MAX_NESTING + 1, MAX_NESTING + 1],
  ]);
});
