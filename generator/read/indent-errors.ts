// YAML's "All mapping items must start at the same column" (code BAD_INDENT),
// said at the key and against the first key of its mapping. The parser places
// it at the line's start, and after one key indented a column off it flags
// each sibling that follows, though those are right: one slip in a list of
// values gave seven errors at column 1, six on lines with nothing to fix. A
// file's first such error is kept, worded with both columns; the others
// follow from it and come back, if any is real, once it is fixed.

/** What a parser error gives: its code, where it starts, its message. */
interface ParseError {
  readonly code: string;
  readonly pos: readonly [number, number];
  readonly message: string;
}

const SAME_COLUMN = /^All (?:mapping|sequence|collection) items must start at the same column/;

const isIndentError = (error: ParseError): boolean => error.code === "BAD_INDENT" && SAME_COLUMN.test(error.message);

/** The errors to report: all but a file's indentation errors after its first. */
export function withoutIndentCascade<E extends ParseError>(errors: readonly E[]): E[] {
  let first = true;
  return errors.filter((error) => {
    if (!isIndentError(error)) return true;
    const keep = first;
    first = false;
    return keep;
  });
}

/**
 * Where an error is said and how: for an indentation error, at its line's first character, with that column and
 * the first item's of its mapping (the first line under the nearest line above that is indented less); for any
 * other, as the parser gives it.
 */
export function placedError(text: string, error: ParseError, message: string): { offset: number; detail: string } {
  const offset = error.pos[0];
  if (!isIndentError(error)) return { offset, detail: message };
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
