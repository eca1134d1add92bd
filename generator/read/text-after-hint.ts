// "Unexpected scalar at node end": the parser found text where a value had
// ended. In a spec file the value nearly always ended early for one of two
// reasons: a quoted value closed before its text ends (`"1.0" or later`), or
// a plain value starting with `*`, which YAML reads as an alias of an anchor
// (`*Amount` then text). The line is said, and what ended the value.

const TEXT_AFTER = /^Unexpected scalar at node end/;

/** What to add to the parser's message for such an error at `offset` of `text`: "" when it is another error. */
export function textAfterHint(text: string, code: string, message: string, offset: number): string {
  if (code !== "UNEXPECTED_TOKEN" || !TEXT_AFTER.test(message)) return "";
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset).trimEnd();
  const lineNumber = text.slice(0, offset).split("\n").length;
  if (/["']$/.test(before)) return `: line ${lineNumber} goes on after a closing quote; put the whole value in quotes`;
  // The value's start: after the key's colon or the item's dash.
  const start = Math.max(before.lastIndexOf(": "), before.lastIndexOf("- "));
  const value = (start < 0 ? before : before.slice(start + 2)).trim();
  if (value.startsWith("*"))
    return `: a value that starts with * (line ${lineNumber}) is read as an alias of an anchor; put the value in quotes`;
  return "";
}
