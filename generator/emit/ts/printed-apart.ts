import { builders } from "prettier/doc";
import { digest } from "../../memo/content-hash.js";
import { DocContext, printDoc } from "./doc-context.js";
import { SplicedLines } from "./spliced-lines.js";
import type { Sym } from "./symbols.js";
import { type Code, code } from "./tree.js";
import type { TsModule } from "./ts-module.js";

/**
 * Code printed apart from the file it goes in, as it prints there: a shared
 * file's part of one operation, which the memo keeps (see SharedPieces). It is
 * printed at `column`, followed by `after` (what follows it up to the next
 * line break in the file: a comma, or nothing), so that each of its groups
 * breaks as it would in the file; only code that the file puts where its
 * enclosing layout always breaks (an interface's members, an object literal
 * that always breaks) may be printed apart. It declares nothing: the file's
 * names are declared by the file.
 */
export interface PrintedCode {
  /** Its lines without the indentation of `column`. */
  readonly lines: readonly string[];
  readonly symbols: readonly Sym[];
  /**
   * What a file's text before its pieces are spliced in holds of it, hashed
   * where it is printed: a key of client.ts names a
   * thousand operations' pieces, whose symbols' JSON (some 0.9 MB with
   * mock.ts's) every edit's run would otherwise write and hash again.
   */
  readonly splicingKey: string;
}

export function printApart(module: TsModule, piece: Code, column: number, after = ""): PrintedCode {
  const context = new DocContext(module);
  const doc = builders.align(column, [builders.hardline, context.toDoc(piece), after]);
  if (context.declaresAnything()) throw new Error(`${module.path}: code printed apart declares a name`);
  const text = printDoc(doc);
  const margin = " ".repeat(column);
  if (!text.startsWith(`\n${margin}`) || !text.endsWith(after))
    throw new Error(`${module.path}: code printed apart does not start at column ${column}`);
  const lines = text
    .slice(1, text.length - after.length)
    .split("\n")
    .map((l) => (l.startsWith(margin) ? l.slice(column) : l));
  const symbols = [...context.used.values()].map(({ name, module: from, kind }) => ({ name, module: from, kind }));
  // Its lines count only when they are printed in place (not at a mark): then they are in the text before splicing.
  const held = SplicedLines.apart(lines) ? { symbols } : { lines, symbols };
  return { lines, symbols, splicingKey: digest(JSON.stringify(held)) };
}

/** Code printed apart, put back: its lines at the indentation of where it is put, its symbols imported as printed here. */
export const printedCode = (printed: PrintedCode): Code =>
  code({ type: "printed", lines: printed.lines, symbols: printed.symbols });

/** The code put at its marks exactly the given pieces that are put at a mark, in their order. */
export function samePieces(spliced: SplicedLines, pieces: readonly PrintedCode[]): boolean {
  const expected = new SplicedLines();
  for (const piece of pieces) expected.put(piece.lines);
  return (
    expected.pieces.length === spliced.pieces.length && expected.pieces.every((lines, i) => lines === spliced.pieces[i])
  );
}
