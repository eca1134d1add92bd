// Spec text becomes Markdown only through these rules; each keeps any text
// inside its context, and shows it as written.
import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import {
  blockText,
  codeSpan,
  docBlock,
  docInline,
  htmlCommentText,
  inlineText,
  link,
  linkDestination,
} from "../../generator/emit/markdown-escape.js";

const md = new MarkdownIt();
/** The text a reader sees: the rendered HTML without its paragraph. */
const shown = (markdown: string): string => md.renderInline(markdown);
const escapeHtml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

describe("inline text: shown as written, no markup", () => {
  test.each([
    "plain text, with punctuation: (a) [b] {c}.",
    "*emphasis* _emphasis_ **strong** ~~gone~~ `code`",
    "<script>alert(1)</script> <img src=x onerror=alert(1)>",
    "[a link](javascript:alert(1)) ![image](x.png) <https://example.com>",
    "a | b | c",
    "&lt;entity&gt; &#60; &amp; AT&T",
    "back\\slash \\* and a trailing backslash \\",
    "IR_MB_2.55 snake_case __init__ _x_",
    "{{handlebars}} ${template} */ --> 'quotes' \"double\"",
  ])("%j", (text) => {
    expect(shown(inlineText(text))).toBe(escapeHtml(text));
  });

  test("line breaks and separators become spaces, control characters escapes", () => {
    expect(inlineText("a\nb\r\nc\rd\u2028e\u2029f")).toBe("a b c d e f");
    // Runs of white space are one space, none at either end, whether a line break, a tab or spaces make them.
    expect(codeSpan("  a  b\t\tc \n d \u000b e\u00a0 f  ")).toBe("`a b c d \\u{b} e\u00a0 f`");
    expect(codeSpan(" a b\u000bc\u00a0")).toBe("`a b\\u{b}c`");
    expect(codeSpan("\t")).toBe("");
    expect(inlineText("bell\u0007 del\u007f")).toBe("bell\\\\u{7} del\\\\u{7f}");
    expect(shown(inlineText("bell\u0007"))).toBe("bell\\u{7}");
  });
});

describe("block text: nothing at its start makes another block", () => {
  test.each([
    "# heading",
    "- item",
    "+ item",
    "* item",
    "1. item",
    "12) item",
    "> quote",
    "---",
    "===",
    "```js",
    "~~~",
    "    indented",
    "<div>",
  ])("%j stays a paragraph", (text) => {
    const tokens = md.parse(blockText(text), {});
    expect(tokens.map((t) => t.type)).toEqual(["paragraph_open", "inline", "paragraph_close"]);
    expect(tokens[1]?.children?.every((t) => t.type === "text" || t.type === "text_special")).toBe(true);
  });
});

// A doc comment's lines, as an editor renders them: one paragraph of text, whatever its lines start with.
describe("doc comment text: each line of it shown as written", () => {
  const lines = "one *two*\n# heading\r\n- item\n1. item\n> quote\n`code` <b>bold</b> [x](y)";
  const paragraphOf = (markdown: string) => {
    const tokens = md.parse(markdown, {});
    expect(tokens.map((t) => t.type)).toEqual(["paragraph_open", "inline", "paragraph_close"]);
    const kinds = new Set(tokens[1]?.children?.map((t) => t.type));
    expect([...kinds].filter((k) => k !== "text" && k !== "text_special" && k !== "softbreak")).toEqual([]);
    return (tokens[1]?.children ?? []).map((t) => (t.type === "softbreak" ? "\n" : t.content)).join("");
  };

  test("docBlock: every line could begin a block, and none does", () => {
    expect(paragraphOf(docBlock(lines))).toBe(lines.replace("\r\n", "\n"));
  });

  test("docInline: after the generator's own text on a line, then lines of their own", () => {
    expect(paragraphOf(`Note: ${docInline(lines)}`)).toBe(`Note: ${lines.replace("\r\n", "\n")}`);
    expect(docInline("HP_x and HP_, *x*")).toBe("HP_x and HP\\_, \\*x\\*");
  });
});

describe("code spans", () => {
  test.each(["plain", "a ` b", "``double``", "`edge`", "<b>|x|</b>"])("%j holds the text as written", (text) => {
    expect(shown(codeSpan(text))).toBe(`<code>${escapeHtml(text)}</code>`);
  });

  test("in a table cell a | is escaped, so the row keeps its cells", () => {
    const table = `| a | b |\n| --- | --- |\n| ${codeSpan("x|y", true)} | z |\n`;
    const cells = md.parse(table, {}).filter((t) => t.type === "td_open");
    expect(cells).toHaveLength(2);
  });
});

test("links: the destination is percent-encoded, so it cannot end the link or a cell", () => {
  expect(linkDestination("a b)(c|d`<e>")).toBe("a%20b%29%28c%7Cd%60%3Ce%3E");
  expect(link("x](y", "op.md#anchor")).toBe("[x\\](y](op.md#anchor)");
  const tokens = md.parseInline(link("t) [u", "v) w"), {})[0]?.children ?? [];
  expect(tokens.map((t) => t.type)).toEqual(["link_open", "text", "link_close"]);
});

test("HTML comments: no -- inside, so nothing ends the comment early", () => {
  for (const text of ["a --> b", "a --!> b", "---->", "a\n-->\nb"]) {
    const comment = `<!-- ${htmlCommentText(text)} -->`;
    expect(comment.slice(4, -3)).not.toContain("--");
    expect(comment).not.toContain("\n");
  }
});

describe("texts escaped before are remembered, each by its own rule", () => {
  test("a code span in a table cell and out of one, in either order", () => {
    expect(codeSpan("p|q")).toBe("`p|q`");
    expect(codeSpan("p|q", true)).toBe("`p\\|q`");
    expect(codeSpan("r|s", true)).toBe("`r\\|s`");
    expect(codeSpan("r|s")).toBe("`r|s`");
  });

  test("inline text and the block text made from it", () => {
    expect(inlineText("1. *x*")).toBe("1. \\*x\\*");
    expect(blockText("1. *x*")).toBe("1\\. \\*x\\*");
    expect(inlineText("1. *x*")).toBe("1. \\*x\\*");
  });

  test("past the bound of remembered texts, and for long texts, each is escaped as the first time", () => {
    const texts = Array.from({ length: 10_000 }, (_, i) => `v_${i} *${i}*|${"`".repeat(i % 3)}`);
    texts.push(`${"a*".repeat(200)}|`);
    const first = texts.map((t) => [inlineText(t), codeSpan(t), codeSpan(t, true)]);
    // Each again, in the reverse order: what the bound dropped is made again, what it kept is given back.
    const again = texts.map((t) => [inlineText(t), codeSpan(t), codeSpan(t, true)]).reverse();
    const reversed = [...texts].reverse().map((t) => [inlineText(t), codeSpan(t), codeSpan(t, true)]);
    expect(reversed).toEqual(again);
    expect(again.reverse()).toEqual(first);
    expect(first[3]).toEqual(["v_3 \\*3\\*\\|", "`v_3 *3*|`", "`v_3 *3*\\|`"]);
    expect(first[10_000]?.[0]).toBe(`${"a\\*".repeat(200)}\\|`);
  });
});
