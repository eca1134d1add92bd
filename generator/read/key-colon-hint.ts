// The slips of a colon, as the parser words them. A line of a mapping with no
// key on it: "Implicit keys need to be on a single line" (the text runs on to
// the next line's key) or "Implicit map keys need to be followed by map
// values"; the slip behind them is nearly always a colon left out after a key,
// one with no space after it, or a line of text indented as a key. A plain
// value holding ": " (a description's words): "Nested mappings are not allowed
// in compact mappings". Each names YAML's grammar: the line is said, and what
// it lacks or holds.

/** The parser's codes for a line read as a key with no value. */
const KEYLESS: Readonly<Record<string, RegExp>> = {
  MULTILINE_IMPLICIT_KEY: /^Implicit keys need to be on a single line/,
  MISSING_CHAR: /^Implicit map keys need to be followed by map values/,
};

/** The parser's words for a mapping begun inside a plain value, where it is the value's ": ". */
const NESTED = /^Nested mappings are not allowed in compact mappings/;

/** What to add to the parser's message for such an error at `offset` of `text`: "" when it is another error. */
export function keyColonHint(text: string, code: string, message: string, offset: number): string {
  const end = text.indexOf("\n", offset);
  const parts = lineParts(text.slice(offset, end === -1 ? text.length : end));
  const line = parts.text.trimEnd();
  const lineNumber = text.slice(0, offset).split("\n").length;
  if (code === "BLOCK_AS_IMPLICIT_KEY" && NESTED.test(message) && /:\s/.test(line))
    return `: the value on line ${lineNumber} holds ": ", which starts a mapping; put the value in quotes`;
  if (!KEYLESS[code]?.test(message)) return "";
  // A colon that ends a key is followed by a space or ends the line: with one, or on a list's item, the slip is elsewhere.
  if (/:(\s|$)/.test(parts.plain.trimEnd()) || /^-(\s|$)/.test(line)) return "";
  // A colon before `//` is a link's (`https://...`, a note's line indented as a key), not a key's.
  const glued = /^([^\s:"'{[][^\s:]*):(?!\/\/)(\S.*)$/.exec(line);
  return glued
    ? `: the colon on line ${lineNumber} has no space after it ("${glued[1]}: ${glued[2]}")`
    : `: line ${lineNumber} has no ": " after a key (a colon left out, or text indented as a key)`;
}

/**
 * A line without its comment, and the same with its quoted text blanked: a quote opens only where a value can
 * start (the line's start, after a space or a colon), so a `#` or a `: ` inside quotes is a value's text.
 */
function lineParts(line: string): { text: string; plain: string } {
  let quote = "";
  let plain = "";
  for (let at = 0; at < line.length; at++) {
    const char = line.charAt(at);
    const opens = quote === "" && (char === '"' || char === "'") && (at === 0 || /[\s:]/.test(line.charAt(at - 1)));
    if (opens) quote = char;
    else if (quote !== "" && char === quote) quote = "";
    else if (quote === "" && char === "#" && /\s/.test(line.charAt(at - 1))) return { text: line.slice(0, at), plain };
    plain += quote === "" || opens ? char : " ";
  }
  return { text: line, plain };
}
