// A `{ ... }` or `[ ... ]` left open at its line's end: the parser says so
// ("Flow map in block collection must be sufficiently indented and end with a
// }") at the next line's first key, which is right, a line below the slip. The
// error is said at the bracket left open, naming the line the parser stopped at.

/** The parser's words for a flow collection not closed, and the bracket that opens it. */
const UNCLOSED: readonly (readonly [RegExp, string, string])[] = [
  [/^Flow map in block collection must be sufficiently indented and end with a \}/, "{", "}"],
  [/^Flow sequence in block collection must be sufficiently indented and end with a \]/, "[", "]"],
];

/** Where to say such an error at `offset` of `text` and what to add, or null for another error or no bracket found. */
export function unclosedFlow(text: string, message: string, offset: number): { offset: number; detail: string } | null {
  const kind = UNCLOSED.find(([words]) => words.test(message));
  if (!kind) return null;
  const [, open, close] = kind;
  // The nearest bracket before the error that no closing one after it matches (a bracket in quoted text may mislead).
  let depth = 0;
  for (let at = offset - 1; at >= 0; at--) {
    const char = text[at];
    if (char === close) depth++;
    else if (char === open && depth-- === 0) {
      const line = text.slice(0, offset).split("\n").length;
      return { offset: at, detail: `${message}: this ${open} is not closed before line ${line}` };
    }
  }
  return null;
}
