// How deep a file's collections nest, found on yaml's syntax tree as its
// Parser builds it. yaml's composer, and each walk of its nodes or data,
// recurses once per level: a file nested some thousand levels deep overflows
// the stack, at a depth that moves with the engine's state, and once made V8
// run out of memory, which nothing catches. The Parser keeps its own stack
// (an array), so the depth is read from it, lexeme by lexeme, and the walk
// stops at the first collection too deep, however long the file. The Parser
// recurses only to close many levels at one less indented line (some
// thousands overflow): stopped at the limit, it never holds that many.

import { type CST, Lexer, LineCounter, Parser } from "yaml";

/**
 * How many collections may hold one another: the spec nests 6 deep at most
 * (a field of a list's items in the dictionary; test/spec/format-limits-doc.test.ts
 * reads it), a container in a container a few more; the composer overflowed from some 780 lists deep in a
 * fresh process, and overflows sooner in a thread with a smaller stack or from
 * a deeper call.
 */
export const MAX_NESTING = 64;

/** The top-level tokens of `text`, or where its first collection nested past MAX_NESTING starts. */
export type NestedTokens = { readonly tokens: CST.Token[] } | { readonly tooDeep: number };

/**
 * `text`'s syntax tree, or where it nests too deep, and where its lines start (as far as it was read): made once a
 * file, for its data (compose-data.ts) and, where that gives up, its document (parse-spec-file.ts).
 */
export type SyntaxTree = NestedTokens & { readonly lines: LineCounter };

export function syntaxTree(text: string): SyntaxTree {
  const lines = new LineCounter();
  return { ...parseNested(text, lines.addNewLine), lines };
}

/** `text` through yaml's Parser (as Parser.parse, `onNewLine` told each line start), stopping once it nests too deep. */
export function parseNested(text: string, onNewLine?: (offset: number) => void): NestedTokens {
  const parser = new Parser(onNewLine);
  const tokens: CST.Token[] = [];
  // As Parser.parse does: its first line start, each lexeme, then what its stack holds at the end.
  onNewLine?.(0);
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds the document and a scalar besides the collections: counted only when it may be too deep.
    if (parser.stack.length > MAX_NESTING) {
      const tooDeep = tooDeepAt(parser.stack);
      if (tooDeep !== undefined) return { tooDeep };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/** Where the collection one past MAX_NESTING on the Parser's stack starts, if there is one. */
function tooDeepAt(stack: readonly CST.Token[]): number | undefined {
  let depth = 0;
  for (const token of stack) {
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (++depth > MAX_NESTING) return token.offset;
  }
  return undefined;
}
