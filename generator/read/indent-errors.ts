// YAML's "All mapping items must start at the same column" (code BAD_INDENT),
// said at the key and against the first key of its mapping. The parser places
// it at the line's start, and after one key indented a column off it flags
// each sibling that follows, though those are right: one slip in a list of
// values gave seven errors at column 1, six on lines with nothing to fix. A
// file's first such error is kept, worded with both columns; the others
// follow from it and come back, if any is real, once it is fixed. After a tab
// used as indentation (TAB_AS_INDENT) nothing more is said: the lines below it
// are read from a column the tab moved, and whatever the parser says of them
// (a mapping nested in a value, a column off) follows from it. Of the errors of one line, the first
// alone is kept: the parser, reading on after a slip, says it again in other
// words (a dash before a key gave three errors, a tab four).

import { keyColonHint } from "./key-colon-hint.js";
import { textAfterHint } from "./text-after-hint.js";
import { unclosedFlow } from "./unclosed-flow.js";

/** What a parser error gives: its code, where it starts, its message. */
interface ParseError {
  readonly code: string;
  readonly pos: readonly [number, number];
  readonly message: string;
}

const SAME_COLUMN = /^All (?:mapping|sequence|collection) items must start at the same column/;

const isIndentError = (error: ParseError): boolean => error.code === "BAD_INDENT" && SAME_COLUMN.test(error.message);

/** The errors to report: all but a file's indentation errors after its first, any after a tab as indentation, and the second and later of a line. */
export function withoutIndentCascade<E extends ParseError>(text: string, errors: readonly E[]): E[] {
  let first = true;
  let tab = false;
  const lines = new Set<number>();
  return errors.filter((error) => {
    const line = lineAt(text, error.pos[0]);
    if (tab || lines.has(line)) return false;
    lines.add(line);
    tab = error.code === "TAB_AS_INDENT";
    if (!isIndentError(error)) return true;
    const keep = first;
    first = false;
    return keep;
  });
}

/** The line (from 0) that holds `offset`, an error's start, which a BAD_INDENT gives at its line's first column. */
const lineAt = (text: string, offset: number): number => {
  let line = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
};

/**
 * Where an error is said and how: for an indentation error, at its line's first character, with that column and
 * the first item's of its mapping (the first line under the nearest line above that is indented less); for a line
 * read as a key with no value, with what the line lacks (key-colon-hint.ts); for text after a value's end, with what
 * ended it (text-after-hint.ts); for a bracket left open, at it
 * (unclosed-flow.ts); for any other, as the parser gives it.
 */
export function placedError(text: string, error: ParseError, message: string): { offset: number; detail: string } {
  const offset = error.pos[0];
  if (!isIndentError(error))
    return (
      unclosedFlow(text, message, offset) ?? {
        offset,
        detail: `${message}${keyColonHint(text, error.code, message, offset)}${textAfterHint(text, error.code, message, offset)}`,
      }
    );
  const lines = text.split("\n");
  const lineIndex = text.slice(0, offset).split("\n").length - 1;
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  const filled = (line: string): boolean => line.trim() !== "" && !line.trimStart().startsWith("#");
  const line = lines[lineIndex] ?? "";
  const indent = indentOf(line);
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let parent = lineIndex - 1;
  while (parent >= 0 && !(filled(lines[parent] ?? "") && indentOf(lines[parent] ?? "") < indent)) parent--;
  let first = parent + 1;
  while (first < lineIndex && !filled(lines[first] ?? "")) first++;
  const firstIndent = indentOf(lines[first] ?? "");
  const against =
    parent < 0 || first >= lineIndex || firstIndent === indent
      ? ""
      : `: this item starts at column ${indent + 1}, the first of its ${SAME_COLUMN.exec(message)?.[0].split(" ")[1] ?? "collection"} (line ${first + 1}) at column ${firstIndent + 1}`;
  return { offset: lineStart + indent, detail: `${message}${against}` };
}

/**
 * Each error placed (placedError) with its first line of words. An error said earlier than the parser put it (at a
 * bracket left open) stands for those the parser said between the two: the text in between was read as inside it.
 */
export function placedErrors(text: string, errors: readonly ParseError[]): { offset: number; detail: string }[] {
  const placed = errors.map((error) => ({
    ...placedError(text, error, error.message.split("\n")[0] ?? error.message),
    at: error.pos[0],
  }));
  const spans = placed.filter((p) => p.offset < p.at);
  return placed
    .filter((p) => !spans.some((span) => p.offset > span.offset && p.offset < span.at))
    .map(({ offset, detail }) => ({ offset, detail }));
}
