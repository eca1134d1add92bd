// The comments a rewritten value keeps. yaml's Document API gives a value's
// range, not the comments beside it that speak of its key: those are found in
// the text around the range and put back where they still speak of the key.

/**
 * `rendered`, the new value written from just after its key's colon (`from`) over the old one (to `end`), with the
 * key's comment kept on the key's line. A comment on the key's line over a block value (`meanings: # why`) stays
 * before the new value's first line break, as after a block text's `|-` or `>-` it is no part of the text; so does
 * one after a value on the key's line (`values: [a, b] # why`) that becomes a block, where it would otherwise end
 * up on its last line. `end` is how far the replaced text reaches, that comment included.
 */
export function withKeyComment(
  text: string,
  from: number,
  end: number,
  rendered: string,
): { text: string; end: number } {
  const trailing = rendered.includes("\n") ? trailingComment(text, from, end) : "";
  const comment = (keyLineComment(text, from, end) ?? trailing).trimEnd();
  const head = rendered.includes("\n") ? rendered.indexOf("\n") : rendered.length;
  return { text: rendered.slice(0, head) + comment + rendered.slice(head), end: end + trailing.length };
}

/**
 * The rest of a key's line from `from` (just after its colon) where it holds
 * only a comment and the value starts on a later line before `end`: ` # why`,
 * else null.
 */
function keyLineComment(text: string, from: number, end: number): string | null {
  const newline = text.indexOf("\n", from);
  if (newline < 0 || newline >= end) return null;
  const rest = text.slice(from, newline);
  return /^[ \t]+#/.test(rest) ? rest : null;
}

/** The comment after a value written on its key's line (`[a, b] # why`, from `end` to the line's end), else "". */
function trailingComment(text: string, from: number, end: number): string {
  if (text.slice(from, end).includes("\n")) return "";
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /^[ \t]+#/.test(rest) ? rest : "";
}
