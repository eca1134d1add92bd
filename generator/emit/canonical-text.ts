// Canonical forms of the generated text that prettier does not handle: the
// same input always gives the same bytes, with LF line endings.

/** Lines without trailing spaces, at most one blank line in a row, one final newline. */
function normalizeLines(text: string): string {
  return `${text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

/**
 * A JSON document as the emitters write it (JSON.stringify, two-space indent),
 * with one final newline. Re-parsing it here would cost as much as building it.
 */
export const canonicalJson = (text: string): string => `${text.trimEnd()}\n`;

/**
 * Markdown as the templates write it. Blank lines inside fenced code blocks are
 * kept as they are.
 */
export function canonicalMarkdown(text: string): string {
  const parts = text.split(/(^```[^\n]*\n[\s\S]*?^```$)/m);
  return normalizeLines(parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/\n{3,}/g, "\n\n"))).join(""));
}
