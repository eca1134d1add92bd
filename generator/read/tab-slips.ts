// A tab where YAML counts indentation. YAML indents with spaces alone: a tab
// in a line's indentation is refused ("Tabs are not allowed as indentation"),
// or counts for nothing, so that the line is read as indented less than an
// editor shows it, and the parser's error speaks of columns or of a block
// scalar's lines, not of the tab. After a list's dash a tab separates the dash
// from a value on its line (`-\tvalue` is valid YAML, as the YAML library
// reads it), but before a key or another dash it would set their column, and
// YAML refuses it there. Each is said at the tab, with what to type instead.
// Only errors the parser found are worded so: no text the library reads is
// refused here.

import { columnOf, tokenAtLineStart } from "./indent-slips.js";

/** What a parser error gives: its code, where it starts. */
interface ParseError {
  readonly code: string;
  readonly pos: readonly [number, number];
}

/** A line of blanks holding a tab, matched where a line starts. */
const BLANK_WITH_TAB = /[ \t]*\t[ \t]*\r?(?:\n|$)/y;

/** A line's indentation with the dashes of its list items (a dash followed by a space or a tab). */
const INDENT_AND_DASHES = /^(?:[ \t]|-(?=[ \t]))*/;

/** The tab behind `error`, said at it; undefined when the error is not of a tab at the start of its line. */
export function tabSlip(text: string, error: ParseError): { offset: number; detail: string } | undefined {
  // An error at a line of blanks holding a tab (a block scalar's empty line): at that tab, not at the next token.
  BLANK_WITH_TAB.lastIndex = error.pos[0];
  const blank = BLANK_WITH_TAB.exec(text);
  if (blank && (error.pos[0] === 0 || text.charAt(error.pos[0] - 1) === "\n"))
    return indentTab(text, error.pos[0] + blank[0].indexOf("\t"));
  const at = error.code === "TAB_AS_INDENT" ? error.pos[0] : tokenAtLineStart(text, error.pos[0]);
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const lead = INDENT_AND_DASHES.exec(line)?.[0] ?? "";
  const dash = lead.indexOf("-");
  const indent = dash < 0 ? lead : lead.slice(0, dash);
  if (error.code !== "TAB_AS_INDENT") {
    // Another error said at the line's first token, whose indentation holds a tab: the tab is why it is off.
    const tab = indent.indexOf("\t");
    return tab < 0 || at > lineStart + indent.length ? undefined : indentTab(text, lineStart + tab);
  }
  const tab = lead.indexOf("\t", at - lineStart);
  if (tab < 0) return undefined;
  return dash < 0 || tab < dash
    ? indentTab(text, lineStart + tab)
    : {
        offset: lineStart + tab,
        detail: `Tabs are not allowed as indentation: the tab after the dash on line ${lineOf(text, lineStart)} (column ${tab + 1}) would set the column of the key or dash after it; YAML takes a tab after a dash only before a value on its line: put spaces`,
      };
}

/** A tab at `offset`, in its line's indentation. */
const indentTab = (text: string, offset: number) => ({
  offset,
  detail: `Tabs are not allowed as indentation: line ${lineOf(text, offset)} is indented with a tab (column ${columnOf(text, offset) + 1}), which YAML does not count as indentation; indent with spaces`,
});

/** The line (from 1) that holds `offset`. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;
