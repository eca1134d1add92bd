// A saved page as trimmed lines that remember where they were, and the
// reporting of lines the reader does not understand (one diagnostic per run of
// them, so that a binary or HTML file gives a few lines of output, not thousands).

import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import { composedText, replacePlaced, type PlacedText } from "./placed-text.js";

export interface PageLine {
  /** Trimmed, each run of blanks one space (a bullet's dash is followed by one), composed (NFC). */
  readonly text: string;
  readonly at: SourceLocation;
  /** Where each character of `text` is in the saved line, counted from `at`, where the reading moved some (columnAt). */
  readonly offsets?: readonly number[];
}

/**
 * Blanks as a browser shows them, one space for each run: spaces, tabs, and the spaces a browser's copy gives for
 * a plain one (`&nbsp;` and its kin). "- Interface\u00a0version" is the attribute and "-\tOptional" the presence
 * all the same (read as lines of the field's description, they were lost), and a tab or a run of spaces inside a
 * meaning or a description is one space, where sync wrote it into the spec as it was.
 */
const BLANKS = /[\t\v\f\p{Zs}]+/gu;
/** A line with blanks other than single spaces. */
const OTHER_BLANKS = /[\t\v\f\p{Zs}]{2}|(?! )[\t\v\f\p{Zs}]/u;
/**
 * The hyphen that a page prints not to break a code across lines (`&#8209;`), which a copy gives as such:
 * "HMAC\u2011SHA\u2011256" is HMAC-SHA-256, where sync added it to the shared list as a value of its own.
 */
const PASTED_HYPHEN = /\u2011/g;
/** A line that may read otherwise than saved: one with a character beyond printable ASCII (a tab too), or two spaces. */
const NOT_PLAIN = /[^\x20-\x7e]| {2}/;

/**
 * Splits on any line ending; columns point at the first non-blank character,
 * and on line 1 count from the character after a byte order mark, as editors
 * show them (trimmed as a blank, the mark was a column of its own). Each line
 * is read as it shows, each run of blanks one space, and composed (NFC), as
 * the spec writes text; its places stay those of the saved file.
 */
export function pageLines(text: string, file: string): PageLine[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((raw, index): PageLine => {
    const lead = raw.length - raw.trimStart().length;
    const at = { file, line: index + 1, column: lead + 1 };
    const trimmed = raw.trim();
    // Most lines: nothing to read otherwise, checked in one pass.
    if (!NOT_PLAIN.test(trimmed)) return { text: trimmed, at };
    const pasted: PlacedText = { text: trimmed.replace(PASTED_HYPHEN, "-"), offsets: null };
    const spaced = OTHER_BLANKS.test(pasted.text) ? replacePlaced(pasted, BLANKS, () => " ") : pasted;
    const { text, offsets } = composedText(spaced);
    return offsets === null ? { text, at } : { text, at, offsets };
  });
}

/** The column of the character at `index` of a line's text, in the saved line. */
export const columnAt = (line: PageLine, index: number): number =>
  line.at.column + (line.offsets?.[Math.min(index, line.offsets.length - 1)] ?? index);

/** Where a bullet line's text after its dash starts: at the "O" of "- Optional". */
export const afterBullet = (line: PageLine): SourceLocation => ({ ...line.at, column: columnAt(line, 2) });

/** Collects lines nobody understood and reports each run of consecutive ones once. */
export class Unreadable {
  private runs: { first: PageLine; count: number; last: number }[] = [];

  add(line: PageLine): void {
    const run = this.runs.at(-1);
    if (run && run.last === line.at.line - 1) {
      run.count++;
      run.last = line.at.line;
    } else {
      this.runs.push({ first: line, count: 1, last: line.at.line });
    }
  }

  diagnostics(region: string): Diagnostic[] {
    return this.runs.map((r) =>
      diagnostic("page-unreadable-line", r.first.at, { text: shorten(r.first.text), more: r.count - 1, region }),
    );
  }
}

/** Printable, and short enough for one line of output. */
export function shorten(text: string): string {
  // Control characters would garble the terminal; show them escaped.
  const printable = JSON.stringify(text).slice(1, -1);
  return printable.length > 60 ? `${printable.slice(0, 57)}...` : printable;
}
