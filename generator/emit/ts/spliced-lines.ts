// Code printed apart (printApart) is final text: printing it again with the
// file costs the printer a walk over every one of its lines, which for a file
// of a thousand operations' pieces is most of the file. Instead the file is
// printed with a mark where each piece of several lines goes, and the pieces'
// lines are put in the printed text at the mark's indentation, as the printer
// would have put them (each line after a line break, indented, a blank line
// left blank). The mark ends in a break-parent, as the piece's line breaks
// did, so every enclosing group breaks as it would around the piece; and a
// piece starts after a line break (printApart's contract), so no group
// measures the mark's width in place of the piece's first line.

import { builders } from "prettier/doc";

type Doc = builders.Doc;

/** Neither generated code nor comments hold it raw (escape.ts and comment-escape.ts write control characters as escapes); checked anyway. */
const MARK = "\u0000";

export class SplicedLines {
  /** Whether `lines` are put at a mark, rather than printed in place. */
  static apart(lines: readonly string[]): boolean {
    // A blank first or last line would share its line with the file's text: printed in place.
    return lines.length > 1 && lines[0] !== "" && lines[lines.length - 1] !== "";
  }

  /** The lines of each piece put at a mark, in the order of the marks. */
  readonly pieces: (readonly string[])[] = [];
  /** By piece: whether its lines are joined once per indentation for every later splice (see indented). */
  private readonly kept: boolean[] = [];

  /**
   * Where `lines` go in the file's document. `kept`: false for lines made
   * for this document alone (a comment's), which no later file splices.
   */
  put(lines: readonly string[], kept = true): Doc {
    if (lines.length <= 1) return lines[0] ?? "";
    if (!SplicedLines.apart(lines)) return builders.join(builders.hardline, [...lines]);
    this.pieces.push(lines);
    this.kept.push(kept);
    return [`${MARK}${this.pieces.length - 1}${MARK}`, builders.breakParent];
  }

  /**
   * The printed text with every piece in its place, or undefined when a mark
   * is not where it can be (the text holds the mark's character of its own,
   * or a mark follows more than indentation on its line): the file is then
   * printed in place.
   */
  splice(printed: string): string | undefined {
    return this.spliceParts(printed)?.join("");
  }

  /** splice's text as the list of its parts, to be joined: the printed text's between the marks, and the pieces'. */
  spliceParts(printed: string): string[] | undefined {
    const frame = frameOf(printed);
    if (frame === null || frame.indents.length !== this.pieces.length) return undefined;
    const out: string[] = [frame.texts[0] as string];
    for (const [index, lines] of this.pieces.entries()) {
      const indent = frame.indents[index] as string;
      out.push(this.kept[index] ? indented(lines, indent) : joinedAt(lines, indent), frame.texts[index + 1] as string);
    }
    return out;
  }
}

/** A printed text cut at its marks: the texts around them, and the indentation of each mark's line. */
interface Frame {
  readonly texts: readonly string[];
  readonly indents: readonly string[];
}

/**
 * The frames of the texts printed last (a file's text before its pieces are
 * spliced in comes back the same from the memo save after save while only
 * its pieces change): each is cut and checked once. Keyed by the text itself.
 */
const frames = new Map<string, Frame | null>();
const FRAMES_KEPT = 8;

/** `printed` cut at its marks, or null when a mark is not where it can be (see splice). */
function frameOf(printed: string): Frame | null {
  let frame = frames.get(printed);
  if (frame !== undefined) return frame;
  frame = cutAtMarks(printed);
  frames.set(printed, frame);
  for (const old of frames.keys()) if (frames.size > FRAMES_KEPT) frames.delete(old);
  return frame;
}

function cutAtMarks(printed: string): Frame | null {
  const parts = printed.split(MARK);
  if (parts.length % 2 !== 1) return null;
  const texts = [parts[0] as string];
  const indents: string[] = [];
  for (let index = 0; 2 * index + 1 < parts.length; index++) {
    const before = parts[2 * index] as string;
    const lineStart = before.lastIndexOf("\n") + 1;
    const indent = before.slice(lineStart);
    if (parts[2 * index + 1] !== String(index) || lineStart === 0 || !/^ *$/.test(indent)) return null;
    indents.push(indent);
    texts.push(parts[2 * index + 2] as string);
  }
  return { texts, indents };
}

/**
 * The lines of each piece as spliced at each indentation, by the piece's lines:
 * a process that generates again and again (--watch) gives a file the same
 * lines of each unchanged operation on every save, and joins them only once.
 */
const joined = new WeakMap<readonly string[], Map<string, string>>();

/** joinedAt, remembered by `lines` and `indent`. */
function indented(lines: readonly string[], indent: string): string {
  let byIndent = joined.get(lines);
  if (byIndent === undefined) joined.set(lines, (byIndent = new Map()));
  let text = byIndent.get(indent);
  if (text === undefined) byIndent.set(indent, (text = joinedAt(lines, indent)));
  return text;
}

/** `lines` one under the other at `indent`, a blank line left blank, as the printer trims the indentation it would hold. */
function joinedAt(lines: readonly string[], indent: string): string {
  const text = lines.join(`\n${indent}`);
  return indent !== "" && lines.includes("") ? text.replace(/\n +(?=\n)/g, "\n") : text;
}
