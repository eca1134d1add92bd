// Text from the spec or a page as the text of a comment, the one way besides
// escape.ts's that it becomes TypeScript: lines of a `//` comment or a JSDoc
// block, with nothing left that ends the comment or that TypeScript reads as a
// tag or a link; the generator's own tags and links are DocTags and DocLinks.

import { ident } from "./escape.js";
import type { Sym } from "./symbols.js";
import { code, type Code } from "./tree.js";

/** Line terminators of ECMAScript: each ends a line comment. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/;

/** Text that is one comment line as it is (most spec text): nothing to escape, no at sign that could start a tag. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const PLAIN_COMMENT = /^[^\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff*@]*$/;

/**
 * Spec text as lines of a comment: one line per line of text, no terminator
 * left, nothing that ends the comment, and nothing that TypeScript reads as a
 * JSDoc tag or link (tagStarts). The generator's own tags are DocTags, its
 * own links DocLinks.
 */
export function commentLines(text: string): string[] {
  if (PLAIN_COMMENT.test(text)) return [text.trimEnd()];
  return text.split(LINE_TERMINATORS).map((l) => escapedLine(l).trimEnd());
}

// TypeScript reads an at sign after white space (or at a line's start) and
// before anything but white space as a block tag, and one after a brace and
// before link, linkcode or linkplain and then white space or a closing brace
// as a link, in a code span as anywhere. A backslash before it stops both;
// Markdown, which editors render a doc comment with, shows the backslash
// inside a code span (a value's) and not in text. So only those at signs are
// escaped: an address, a brace before another word, or an at sign before a
// space shows as written, in a code span too. A code span that holds one
// TypeScript reads (a value "a @b") shows its backslash: written otherwise,
// as text or as two spans, spec text would change the comment's Markdown.
const TAG_START = /(^|\s)@(?=\S)|(\{)@(?=link(?:code|plain)?(?:[\s}]|$))/g;

/** Whether TypeScript would read a tag or a link in a line of a doc comment: its text is escaped there. */
export const tagStarts = (line: string): boolean => line.search(TAG_START) >= 0;

const escapedLine = (line: string): string =>
  (INVISIBLE_OR_SURROGATE.test(line) ? [...line].map(visibleChar).join("") : line)
    .replaceAll("*/", "*\\/")
    .replace(TAG_START, (_, space = "", brace = "") => `${space}${brace}\\@`);

/** A link the generator writes to a name it declares: the one kind of link a comment holds. */
export interface DocLink {
  readonly link: string;
}

/** A link to `name`, which `ident` holds to be an identifier (else a generator bug). */
export const docLink = (name: string): DocLink => {
  ident(name);
  return { link: name };
};

/** One line of text and the generator's links: each text escaped as any (its line breaks as spaces). */
const partsLine = (parts: readonly (string | DocLink)[]): string =>
  parts
    .map((part) =>
      typeof part !== "string"
        ? `{@link ${part.link}}`
        : PLAIN_COMMENT.test(part)
          ? part
          : part.split(LINE_TERMINATORS).map(escapedLine).join(" "),
    )
    .join("")
    .trimEnd();

/** A block tag of a JSDoc comment (`@since 2.37`), written by the generator; its text is escaped as any. */
export interface DocTag {
  readonly tag: "since" | "throws" | "param" | "returns";
  readonly text: string;
}

export const docTag = (tag: DocTag["tag"], text: string): DocTag => ({ tag, text });

/** A line of JSDoc: text (which may hold line breaks of its own), a tag, or one line of text and links. */
export type DocLine = string | DocTag | readonly (string | DocLink)[];

const docLines = (line: DocLine): string[] =>
  typeof line === "string"
    ? commentLines(line)
    : Array.isArray(line)
      ? [partsLine(line)]
      : [
          `@${(line as DocTag).tag} ${commentLines((line as DocTag).text)
            .join(" ")
            .trim()}`,
        ];

/** What visibleChar may change: most lines have none, and are not walked by character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const INVISIBLE_OR_SURROGATE = /[\u0000-\u001f\u007f\ud800-\udfff]/;

/** Control characters and lone surrogates as escapes, so that a diff shows them and git sees text. */
function visibleChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const invisible = code < 0x20 || code === 0x7f || (c.length === 1 && code >= 0xd800 && code <= 0xdfff);
  return invisible ? `\\u{${code.toString(16)}}` : c;
}

/** Text as one line of a comment, escaped as any (for a `//` comment, or the header the file prints). */
export const commentText = (text: string): string => commentLines(text).join(" ").trim();

/** A `//` comment: the text on one line. */
export const lineComment = (text: string): Code => code(`// ${commentText(text)}`);

/** Longer single lines get a block of their own, easier to read in a diff. */
const ONE_LINE = 100;

/**
 * A JSDoc block from lines of text ("" is a blank line; a line may hold line
 * breaks of its own): one line when it is a single short line, as written by
 * hand. Blank lines at either end and runs of them are dropped. `links` are
 * the symbols its links name that the file may not print otherwise: they are
 * imported.
 */
export function jsdoc(text: readonly DocLine[], links: readonly Sym[] = []): Code {
  const all: string[] = [];
  // Loops rather than flatMap and spreads: every field of every operation has its doc comment.
  for (const line of text)
    for (const l of docLines(line)) {
      const blank = l.trim() === "";
      if (blank && (all.length === 0 || all[all.length - 1] === "")) continue;
      all.push(blank ? "" : l);
    }
  while (all[all.length - 1] === "") all.pop();
  if (all.length === 0) return code([]);
  if (all.length === 1 && (all[0] ?? "").length <= ONE_LINE)
    return links.length === 0
      ? code(`/** ${all[0]} */`)
      : code({ type: "comment", lines: [`/** ${all[0]} */`], symbols: links });
  const lines: string[] = new Array(all.length + 2);
  lines[0] = "/**";
  for (let i = 0; i < all.length; i++) lines[i + 1] = all[i] === "" ? " *" : ` * ${all[i]}`;
  lines[all.length + 1] = " */";
  return code(links.length === 0 ? { type: "comment", lines } : { type: "comment", lines, symbols: links });
}
