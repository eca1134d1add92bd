// Whether a printed file needs prettier after all. The layouts (layouts.ts)
// break what they know the width of; a line they leave over the width (a very
// long name) needs prettier (format-files.ts), unless prettier could not break
// it either.

import { PRINT_WIDTH, TAB_WIDTH } from "./layouts.js";

/** A code line over the width is a shape the layouts do not break (a very long name): prettier must lay out that file. */
export function overWidth(text: string): boolean {
  // Line by line in place: client.ts is 1.3 MB, and --watch asks on every save.
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > PRINT_WIDTH && !unbreakable(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/** overWidth of `parts` joined, without joining them: a line that runs across parts is checked whole. */
export function overWidthParts(parts: readonly string[]): boolean {
  // The start of the line that the parts so far leave open.
  let open = "";
  for (const part of parts) {
    const first = part.indexOf("\n");
    if (first === -1) {
      open += part;
      continue;
    }
    if (overWidth(open + part.slice(0, first))) return true;
    const last = part.lastIndexOf("\n");
    if (last > first && overWidth(part.slice(first + 1, last))) return true;
    open = part.slice(last + 1);
  }
  return overWidth(open);
}

/**
 * A values constant's head (emit-operation-values.ts, emit-value-lists.ts): its
 * type has nowhere to break (prettier keeps a sole plain type argument on the
 * line), and an array after it goes to the next line, as assignment lays it
 * out (prettier's "fluid" layout). Long operation and list names alone pass the
 * width here: without this, such a file went to prettier, which changed nothing.
 */
const VALUES_HEAD = /^(?:export )?const [A-Za-z_$][\w$]*: readonly [A-Za-z_$][\w$]*<[A-Za-z_$][\w$]*>\[\] =$/;

/**
 * An import of one name, a type or a value, no default and no comment: prettier breaks an import's braces only
 * where it has more than one name, so such a line stays whole however long its path (client.ts, mock.ts and
 * index.ts import each operation's names so; a long operation name sent those 2 MB to prettier after every edit).
 */
const IMPORT_ONE = /^import (?:type )?\{ [A-Za-z_$][\w$]* \} from "[^"\\]*";$/;

/**
 * A key prettier calls short (narrower than the indentation and 3, layouts.ts's property), after which it keeps a
 * string literal on the key's line however long: an environment's address (`test: "https://…"`).
 */
const SHORT_KEY = new RegExp(`^[A-Za-z_$][\\w$]{0,${TAB_WIDTH + 1}}: `);

/**
 * Lines prettier cannot break either: comments, a values constant's head, an import of one name, and
 * a string literal alone on its line (with a comma or semicolon after it), or
 * after a short key.
 */
function unbreakable(line: string): boolean {
  const text = line.trimStart();
  if (text.startsWith("//") || text.startsWith("/**") || text.startsWith("*")) return true;
  if (VALUES_HEAD.test(text) || IMPORT_ONE.test(text)) return true;
  const key = SHORT_KEY.exec(text);
  return stringAlone(key ? text.slice(key[0].length) : text);
}

/**
 * A string literal and at most a comma or semicolon after it. The literal is read by a scan, not a regular
 * expression: it holds spec text of any length, and a pattern that backtracks per character overflows the stack on
 * a few megabytes of it. The scan goes from escape to escape by indexOf, each found once, rather than character by
 * character (a literal of 50 MB: 50 ms of CPU, where that took 400).
 */
function stringAlone(text: string): boolean {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return false;
  // The closing quote: the first quote not escaped, an escape taking the character after it.
  let close = text.indexOf(quote, 1);
  let backslash = text.indexOf("\\", 1);
  while (close !== -1 && backslash !== -1 && backslash < close) {
    const next = backslash + 2;
    if (close < next) close = text.indexOf(quote, next);
    backslash = text.indexOf("\\", next);
  }
  const after = close === -1 ? "" : text.slice(close + 1);
  return close !== -1 && (after === "" || after === "," || after === ";" || after === ",;");
}
