// A saved page as trimmed lines that remember where they were, and the
// reporting of lines the reader does not understand (one diagnostic per run of
// them, so that a binary or HTML file gives a few lines of output, not thousands).

import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import { composedText, replacePlaced } from "./placed-text.js";

export interface PageLine {
  /** Trimmed and composed (NFC); a bullet's dash is followed by one space, whatever blanks followed it in the page. */
  readonly text: string;
  readonly at: SourceLocation;
  /** Where each character of `text` is in the saved line, counted from `at`, where the reading moved some (columnAt). */
  readonly offsets?: readonly number[];
}

/**
 * A space a browser's copy of the page may give for a plain one (`&nbsp;` and
 * its narrow kin): "- Interface\u00a0version" is the attribute all the same.
 */
const PASTED_SPACE = /[\u00a0\u2007\u202f]/g;
/**
 * The hyphen that a page prints not to break a code across lines (`&#8209;`), which a copy gives as such:
 * "HMAC\u2011SHA\u2011256" is HMAC-SHA-256, where sync added it to the shared list as a value of its own.
 */
const PASTED_HYPHEN = /\u2011/g;

/**
 * A bullet's dash and blanks other than the one space the pages print (a tab, two spaces: an editor's or a
 * copy's): "-\tOptional" is the presence all the same, where it was read as a line of the field's description.
 */
const BULLET_GAP = /^-(?:\t[ \t]*| [ \t]+)(?=\S)/;

/**
 * Splits on any line ending; columns point at the first non-blank character,
 * and on line 1 count from the character after a byte order mark, as editors
 * show them (trimmed as a blank, the mark was a column of its own). Each line
 * is read composed (NFC), as the spec writes text; its places stay those of
 * the saved file.
 */
export function pageLines(text: string, file: string): PageLine[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((raw, index): PageLine => {
    const lead = raw.length - raw.trimStart().length;
    const pasted = raw.trim().replace(PASTED_SPACE, " ").replace(PASTED_HYPHEN, "-");
    const composed = composedText({ text: pasted, offsets: null });
    const { text, offsets } = BULLET_GAP.test(composed.text)
      ? replacePlaced(composed, new RegExp(BULLET_GAP.source, "g"), () => "- ")
      : composed;
    const at = { file, line: index + 1, column: lead + 1 };
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
