// Spec text becomes TypeScript only through these builders; each keeps any text
// inside its context.
import { describe, expect, test } from "vitest";
import { ident, key, num, quote, templateLiteral } from "../../generator/emit/ts/escape.js";
import { commentLines, docLink, docTag, jsdoc, lineComment } from "../../generator/emit/ts/comment-escape.js";
import { concat, ts } from "../../generator/emit/ts/code.js";
import { printed } from "../support/printed.js";

describe("string literals: quoted as prettier quotes them, one visible line", () => {
  test.each([
    ["plain", '"plain"'],
    ['say "hi"', `'say "hi"'`],
    [`it's "x" and "y"`, `'it\\'s "x" and "y"'`],
    ["it's", `"it's"`],
    ["a\nb\r\u2028\u2029", '"a\\nb\\r\\u2028\\u2029"'],
    ["back\\slash", '"back\\\\slash"'],
    ["nul\u0000 and tab\t", '"nul\\u0000 and tab\\t"'],
    ["lone \ud800 surrogate", '"lone \\ud800 surrogate"'],
    ["`${template}`", '"`${template}`"'],
    ["é ’ 😀", '"é ’ 😀"'],
  ])("%j", (value, want) => {
    expect(quote(value)).toBe(want);
    expect(new Function(`return ${want};`)()).toBe(value);
  });
});

describe("comments", () => {
  test("every line terminator ends a comment line, and */ never closes the comment", () => {
    expect(commentLines("a\nb\r\nc\rd\u2028e\u2029f */ g")).toEqual(["a", "b", "c", "d", "e", "f *\\/ g"]);
  });

  test("control characters are shown as escapes, so the file stays text and the diff shows them", () => {
    expect(commentLines("nul\u0000bell\u0007")).toEqual(["nul\\u{0}bell\\u{7}"]);
  });

  test("a line of text never starts a JSDoc tag; the generator's own tags are DocTags", () => {
    const lines = commentLines("See below.\n@deprecated\n  @since 9.9 and user@example.com, @internal");
    expect(lines).toEqual(["See below.", "\\@deprecated", "  \\@since 9.9 and user@example.com, \\@internal"]);
    const render = printed(ts`
      ${jsdoc(["Text.", "@internal", docTag("since", "2.37\n@x")])}
      const x = 1;
    `);
    expect(render).toContain("/**\n * Text.\n * \\@internal\n * @since 2.37 \\@x\n */");
  });

  test("a line of text never links a name; the generator's own links are DocLinks", () => {
    expect(commentLines("see {@link pwned} and {@linkcode x}, not {a@b}")).toEqual([
      "see {\\@link pwned} and {\\@linkcode x}, not {a@b}",
    ]);
    const render = printed(ts`
      ${jsdoc([["Checks a ", docLink("Card"), " by {@link pwned}\n*/ ", docLink("validateCard"), "."]])}
      const x = 1;
    `);
    expect(render).toContain("/** Checks a {@link Card} by {\\@link pwned} *\\/ {@link validateCard}. */");
    expect(() => docLink("not a name")).toThrow(/not an identifier/);
  });

  test("a line comment holds its text on one line", () => {
    expect(printed(lineComment("Initialize.\u2028globalThis.x = 1;"))).toBe("// Initialize. globalThis.x = 1;");
  });

  test("JSDoc: one line for a short text, a block otherwise, blank lines collapsed", () => {
    const render = (lines: string[]) =>
      printed(ts`
        ${jsdoc(lines)}
        const x = 1;
      `);
    expect(render(["Short."])).toBe("/** Short. */\nconst x = 1;");
    expect(render(["First.", "", "", "Second */ not the end"])).toContain(
      "/**\n * First.\n *\n * Second *\\/ not the end\n */",
    );
  });
});

test("identifiers are proven, keys quoted when they must be", () => {
  expect(() => ident("a b")).toThrow(/not an identifier/);
  expect(() => ident("x;y")).toThrow(/not an identifier/);
  expect(printed(key("plain"))).toBe("plain");
  expect(printed(key("HMAC-SHA-256"))).toBe('"HMAC-SHA-256"');
});

test("template literals: text escaped (backslash, backtick, ${, line breaks), code in ${}", () => {
  const text = "a\\b `c` ${d}\ne";
  const literal = printed(templateLiteral([text, ts`index`, "/end"]));
  expect(literal).toBe("`a\\\\b \\`c\\` \\${d}\\u000ae${index}/end`");
  expect(new Function("index", `return ${literal};`)(7)).toBe(`${text}7/end`);
});

test("a number literal reads back as its value; a value no literal writes is refused, never printed", () => {
  // -0 keeps its sign, as prettier writes it (String drops it): the literal reads back as -0.
  for (const value of [0, -0, 1, -42, 0.1, 1e21, -1e21, 1e-7, -2.5e-7, Number.MAX_VALUE, Number.MIN_VALUE]) {
    const text = printed(num(value)).trim();
    expect(text).not.toContain("e+");
    expect(new Function(`return ${text};`)(), text).toBe(value);
  }
  for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
    expect(() => num(value), String(value)).toThrow(`not a finite number: ${value}`);
});

test("a number in ts`${}` or concat is written as num writes it", () => {
  for (const value of [0, -0, -42, 0.1, 1e21, -1e21, 1e-7, Number.MAX_VALUE]) {
    const literal = printed(num(value)).trim();
    expect(printed(ts`${value}`).trim(), String(value)).toBe(literal);
    expect(printed(concat(value)).trim(), String(value)).toBe(literal);
  }
});
