// A `{ ... }` or `[ ... ]` left open at its line's end: the parser says so
// ("Flow map in block collection must be sufficiently indented and end with a
// }") at the next line's first key, which is right, a line below the slip. The
// error is said at the bracket left open, naming the line the parser stopped at.
// The bracket is the parse's own (its tokens): one in a quoted value or a
// comment, read by its characters, was taken for it or matched it. Where the
// line the parser stopped at holds the closing bracket, the bracket is closed
// and that line is indented too little: said so.

import { CST } from "yaml";

/** The parser's words for a flow collection not closed, and the bracket that opens it. */
const UNCLOSED: readonly (readonly [RegExp, string])[] = [
  [/^Flow map in block collection must be sufficiently indented and end with a \}/, "{"],
  [/^Flow sequence in block collection must be sufficiently indented and end with a \]/, "["],
];

/** Where to say such an error at `offset` of `text` and what to add, or null for another error or no bracket found. */
export function unclosedFlow(
  text: string,
  tokens: readonly CST.Token[],
  message: string,
  offset: number,
): { offset: number; detail: string } | null {
  const kind = UNCLOSED.find(([words]) => words.test(message));
  if (!kind) return null;
  const [, open] = kind;
  // The nearest such collection before the error whose end holds no closing bracket.
  let at = -1;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node?.type !== "flow-collection" || node.start.source !== open) continue;
        const closed = node.end.some((end) => end.type === "flow-map-end" || end.type === "flow-seq-end");
        if (!closed && node.start.offset < offset && node.start.offset > at) at = node.start.offset;
      }
    });
  }
  if (at < 0) return null;
  const line = text.slice(0, offset).split("\n").length;
  const closing = closesOn(text, offset, open)
    ? `is closed on line ${line}, indented no further than the line that opens it`
    : "";
  return { offset: at, detail: `${message}: this ${open} ${closing || `is not closed before line ${line}`}` };
}

/** Whether the line the parser stopped at closes the bracket: then its slip is that line's indentation. */
function closesOn(text: string, offset: number, open: string): boolean {
  const close = open === "{" ? "}" : "]";
  const end = text.indexOf("\n", offset);
  let depth = 0;
  for (const char of text.slice(offset, end < 0 ? text.length : end)) {
    if (char === "#") return false;
    if (char === open) depth++;
    else if (char === close && depth-- === 0) return true;
  }
  return false;
}
