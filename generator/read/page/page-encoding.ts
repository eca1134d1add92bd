// What a saved page's text shows of how it was saved. A page is read as UTF-8,
// as a browser reads one: each byte that is not UTF-8 becomes a U+FFFD, and
// UTF-16 text (what Windows calls Unicode) a NUL beside each ASCII character.

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
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
 */
export function utf16Page(text: string, file: string): Diagnostic | undefined {
  return UTF16.test(text) ? diagnostic("page-bad-encoding", { file, line: 1, column: 1 }, { utf16: true }) : undefined;
}

/**
 * The first character that stands for bytes that were not UTF-8: a
 * description holding it would reach the spec, which takes it as text, and
 * the generated files. Once per page, as the spec's files report their first
 * bad byte.
 */
export function undecoded(lines: readonly PageLine[]): Diagnostic[] {
  const line = lines.find((l) => l.text.includes("\uFFFD"));
  if (line === undefined) return [];
  const at = { ...line.at, column: columnAt(line, line.text.indexOf("\uFFFD")) };
  return [diagnostic("page-bad-encoding", at, { utf16: false })];
}
