// JSON as every generated JSON text is written: JSON.stringify keeps spec text
// inside its strings whatever it holds, and escapes the control characters
// it must. The few characters it leaves as they are but that a reader cannot
// see (DEL, the line and paragraph separators) are written as escapes too, so a
// diff shows them and a JSON block in Markdown stays one visible line per value.

const INVISIBLE = /[\u007f\u2028\u2029]/g;

/** Two-space indented JSON; the same value as JSON.stringify gives, with invisible characters escaped. */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
