// The formatting steps read spec text of any length in one pass: a line of
// 50 MB, or a run of a million spaces or underscores, gives the same answer as
// on a short line, without a pattern that backtracks (one overflowed the stack
// on a 10 MB string literal). The spec format caps texts (text-too-long); these
// steps do not rely on it.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalMarkdown } from "../../generator/emit/canonical-text.js";
import { PRINT_WIDTH } from "../../generator/emit/ts/layouts.js";
import { overWidth, overWidthParts } from "../../generator/emit/ts/over-width.js";
import { constantKeyOf } from "../../generator/rules/names.js";

const MB = 1024 * 1024;
const long = "x".repeat(PRINT_WIDTH);
const head = "X".repeat(PRINT_WIDTH);

describe("overWidth: a line over the width needs prettier unless prettier cannot break it either", () => {
  test.each([
    { given: `  "${long}",`, want: false, why: "a string literal alone, with a comma" },
    { given: `export const ${head}: readonly ValueDescriptor<Kind>[] =`, want: false, why: "a values constant's head" },
    { given: `const ${head}: readonly ValueDescriptor<Kind>[] =`, want: false, why: "a values head not exported" },
    { given: `export const ${head}: readonly ValueDescriptor<Kind>[] = [`, want: true, why: "its array after it" },
    { given: `export const ${head}: readonly Map<Kind, Kind>[] =`, want: true, why: "two type arguments" },
    { given: `export const ${head}: readonly X<Kind | Other>[] =`, want: true, why: "a union argument" },
    { given: `export const ${head}: ValueDescriptor<Kind>[] =`, want: true, why: "a type of another shape" },
    { given: `export const ${head} = f(a, b);`, want: true, why: "a head before a call" },
    { given: `  '${long}';`, want: false, why: "single quotes, with a semicolon" },
    { given: `  "a\\"${long}",;`, want: false, why: "an escaped quote inside" },
    { given: `  // ${long}`, want: false, why: "a line comment" },
    { given: `   * ${long}`, want: false, why: "a doc comment line" },
    { given: `  "${long}" + x,`, want: true, why: "a literal in an expression" },
    { given: `  "${long}`, want: true, why: "an unterminated literal" },
    { given: `  "${long}\\`, want: true, why: "a literal cut after a backslash" },
    { given: `  const x = "${long}";`, want: true, why: "a literal after code" },
    { given: `  "${"word ".repeat(10 * MB)}",`, want: false, why: "a 50 MB literal" },
    { given: `  "${"\\n".repeat(5 * MB)}",`, want: false, why: "10 MB of escapes" },
    { given: `  f(${"a, ".repeat(10 * MB)});`, want: true, why: "a 30 MB call" },
    { given: `import { ${head} } from "./${long}.js";`, want: false, why: "an import of one name" },
    { given: `import type { ${head} } from "./${long}.js";`, want: false, why: "a type import of one name" },
    { given: `import { a, ${head} } from "./${long}.js";`, want: true, why: "an import of two names" },
    { given: `import { ${head} as b } from "./${long}.js";`, want: true, why: "an import renamed" },
    { given: `import X, { ${head} } from "./${long}.js";`, want: true, why: "an import with a default" },
    { given: `import { ${head} } from "./${long}.js"; f();`, want: true, why: "code after an import" },
  ])("$why", ({ given, want }) => {
    expect(overWidth(given)).toBe(want);
  });

  test.each([
    { given: "", want: false },
    { given: "\n", want: false },
    { given: `a\nb\n  f(${long});\nc\n`, want: true },
    { given: `  f(${long});\nb`, want: true },
    { given: `a\n  f(${long});`, want: true },
    { given: `a\n  "${long}",\n  // ${long}\nb\n`, want: false },
    { given: `${"x".repeat(PRINT_WIDTH)}\n${"y".repeat(PRINT_WIDTH)}`, want: false },
  ])("a text of many lines, case %#", ({ given, want }) => {
    expect(overWidth(given)).toBe(want);
  });

  test("a text is over the width when one of its lines is", () => {
    const lineOf = fc.oneof(
      fc.constantFrom("", "a", "  // c", `  f(${long});`, `  "${long}",`, "x".repeat(PRINT_WIDTH), `${long}x`),
      fc.string({ maxLength: PRINT_WIDTH + 4 }).map((l) => l.replaceAll("\n", " ")),
    );
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 8 }), (lines) => {
        expect(overWidth(lines.join("\n"))).toBe(lines.some((l) => overWidth(l)));
      }),
    );
  });
});

describe("overWidthParts: overWidth of the parts joined, a line across parts included", () => {
  test.each([
    { given: [] as string[], want: false },
    { given: ["", "", ""], want: false },
    { given: ["a\n  f(", long, ");\nb\n"], want: true },
    { given: ["  ", `f(${long}`, ");"], want: true },
    { given: ["  f(", long.slice(10), "\n", long.slice(10), ");"], want: false },
    { given: ['a\n  "', long, '",\nb'], want: false },
    { given: [`x\n  f(${long});\ny`], want: true },
  ])("case %#", ({ given, want }) => {
    expect(overWidthParts(given)).toBe(want);
    expect(overWidth(given.join(""))).toBe(want);
  });

  test("any text cut anywhere gives what the text gives", () => {
    const lineOf = fc.oneof(
      fc.constantFrom("", "a", "  // c", `  f(${long});`, `  "${long}",`, "x".repeat(PRINT_WIDTH), `${long}x`),
      fc.string({ maxLength: PRINT_WIDTH + 4 }).map((l) => l.replaceAll("\n", " ")),
    );
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (lines, cuts) => {
        const text = lines.join("\n");
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...at].map((from, i) => text.slice(from, [...at, text.length][i]));
        expect(parts.join("")).toBe(text);
        expect(overWidthParts(parts)).toBe(overWidth(text));
      }),
    );
  });
});

describe("canonicalMarkdown: trailing blanks go, inner runs stay", () => {
  test.each([
    { given: "a  \nb\t\n", want: "a\nb\n" },
    { given: "a \r\nb \rc", want: "a\nb\nc\n" },
    { given: "a  b\n\n\n\nc  ", want: "a  b\n\nc\n" },
    { given: "```json\n{}\n```  \n", want: "```json\n{}\n```\n" },
    // Each a text that is canonical but for one thing: none is given back as it is.
    { given: "a \n", want: "a\n" },
    { given: "a\t", want: "a\n" },
    { given: "a\r\nb\n", want: "a\nb\n" },
    { given: "a\n\n\nb\n", want: "a\n\nb\n" },
    { given: " a\n", want: "a\n" },
    { given: "a\n\n", want: "a\n" },
    { given: "a\u00a0\n", want: "a\n" },
    { given: "\ufeffa\n", want: "a\n" },
    { given: "a \u2028b\n", want: "a\u2028b\n" },
    { given: "", want: "\n" },
    // And texts canonical as they are.
    { given: "a\n  b\n\nc d\n", want: "a\n  b\n\nc d\n" },
    { given: "\n", want: "\n" },
  ])("$given", ({ given, want }) => {
    expect(canonicalMarkdown(given)).toBe(want);
  });

  test("a million spaces inside a line and at its end", () => {
    const run = " ".repeat(MB);
    expect(canonicalMarkdown(`a${run}b${run}\nc${run}`)).toBe(`a${run}b\nc\n`);
  });
});

test("constantKeyOf: a million underscores around a value are cut in one pass", () => {
  const run = "_".repeat(MB);
  expect(constantKeyOf(`${run}A-B${run}`, undefined)).toBe("A_B");
  expect(constantKeyOf(run, undefined)).toBeUndefined();
});
