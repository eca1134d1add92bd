// Canonical forms of the generated text that prettier does not handle: the
// same input always gives the same bytes, with LF line endings. Spec text of
// any length passes through here, so every step is one pass over the text: no
// pattern that backtracks over a run of characters (trailing spaces used to
// be found by one, quadratic on a long run of spaces inside a line).

/** Lines without trailing spaces, at most one blank line in a row, one final newline. */
function normalizeLines(text: string): string {
  // Most texts are so already (a shared page of a megabyte, on every save): looked at, not copied four times.
  if (isNormal(text)) return text;
  return `${withoutTrailingBlanks(text.replace(/\r\n?/g, "\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

/**
 * Whether normalizeLines would give `text` back: no carriage return, no space
 * or tab before a line terminator or at the end, no two blank lines in a row,
 * nothing trim() takes but the one final newline. Each test is one pass.
 */
function isNormal(text: string): boolean {
  const body = text.slice(0, -1);
  return (
    text.endsWith("\n") &&
    body.trim() === body &&
    !text.includes("\r") &&
    !text.includes("\n\n\n") &&
    !BLANK_AT_LINE_END.test(text)
  );
}

/** A space or tab before what ends a line (see isLineEnd) or the text: one character looked at after each. */
const BLANK_AT_LINE_END = /[ \t](?=[\n\r\u2028\u2029]|$)/;

/** The text without the spaces and tabs that end a line (before a line terminator, or at the end). */
function withoutTrailingBlanks(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!isBlank(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i === text.length || isLineEnd(text.charCodeAt(i))) {
      parts.push(text.slice(copied, start));
      copied = i;
    }
  }
  parts.push(text.slice(copied));
  return parts.join("");
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** What ends a line for `$` in a multiline pattern, the rule this step has always followed. */
const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * A JSON document as the emitters write it (JSON.stringify, two-space indent),
 * with one final newline. Re-parsing it here would cost as much as building it.
 */
export function canonicalJson(text: string): string {
  const trimmed = text.trimEnd();
  // Already canonical (the usual case): the same string, not a copy of it.
  return trimmed.length === text.length - 1 && text.endsWith("\n") ? text : `${trimmed}\n`;
}

/**
 * Markdown as the templates write it. The one fenced block they write holds
 * JSON.stringify's output, which has no blank line, so fences need no rule of
 * their own.
 */
export const canonicalMarkdown = (text: string): string => normalizeLines(text);
