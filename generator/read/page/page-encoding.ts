// What a saved page's text shows of how it was saved. A page is read as UTF-8,
// as a browser reads one: each byte that is not UTF-8 becomes a U+FFFD, and
// UTF-16 text (what Windows calls Unicode) a NUL beside each ASCII character.
// A NUL elsewhere is a byte no page of text holds.

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { codePointName } from "../decode-text.js";
import { columnAt, type PageLine } from "./page-lines.js";

/**
 * UTF-16 read as UTF-8: its byte order mark (FF FE or FE FF, a U+FFFD each),
 * if it has one, then a NUL beside each of the first two characters, which no
 * page of text holds.
 */
const UTF16 = /^(?:\uFFFD\uFFFD)?(?:[^\0]\0[^\0]\0|\0[^\0]\0[^\0])/;

/**
 * A page saved as UTF-16: not a line of it reads as what it says (its headings
 * are not found), so it is this one defect, at its start, and nothing is read.
 * Its NULs are half its characters, or near (a character beyond ASCII is one
 * U+FFFD or two beside its NUL): a UTF-8 page with a few NULs at its start is
 * not one, and its NULs are told where they are (undecoded).
 */
export function utf16Page(text: string, file: string): Diagnostic | undefined {
  if (!UTF16.test(text)) return undefined;
  let nuls = 0;
  for (let i = text.indexOf("\0"); i !== -1; i = text.indexOf("\0", i + 1)) nuls++;
  return nuls * 3 >= text.length
    ? diagnostic("page-bad-encoding", { file, line: 1, column: 1 }, { found: "utf-16" })
    : undefined;
}

/**
 * The first character that stands for bytes that were not UTF-8, or a NUL: a
 * description holding it would reach the spec, which takes the one as text
 * and refuses the other, and the generated files. Once per page, as the spec's
 * files report their first bad byte.
 */
export function undecoded(lines: readonly PageLine[]): Diagnostic[] {
  const line = lines.find((l) => /[\uFFFD\0]/.test(l.text));
  if (line === undefined) return [];
  const index = line.text.search(/[\uFFFD\0]/);
  const at = { ...line.at, column: columnAt(line, index) };
  return [diagnostic("page-bad-encoding", at, { found: line.text[index] === "\0" ? "U+0000" : "U+FFFD" })];
}

/**
 * A character that shows as nothing: a format character (zero-width space, soft hyphen, word joiner, direction
 * mark, a byte order mark within the text) or a line or paragraph separator inside a line. A copy of a page may
 * leave one in a field's name, a value or a meaning, where it reads the same and compares otherwise.
 */
export const INVISIBLE = /[\p{Cf}\u2028\u2029]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** A text as it shows, without its invisible characters. */
export const shownText = (text: string): string => text.replace(INVISIBLE_ALL, "");

/** Each line that holds an invisible character, at its first: sync would write it into the spec. */
export function invisibleCharacters(lines: readonly PageLine[]): Diagnostic[] {
  return lines.flatMap((line) => {
    const index = line.text.search(INVISIBLE);
    if (index === -1) return [];
    const code = codePointName(line.text.codePointAt(index) as number);
    return [diagnostic("page-invisible-character", { ...line.at, column: columnAt(line, index) }, { code })];
  });
}
