// What a piece of generated code is made of, readable only by the printer's
// own modules (generator/emit/ts/; the linter keeps emitters from importing
// this one). Emitters build code through the builders and never see its text,
// so no emitter can read code back as a string and splice it somewhere else.

import type { Declaration } from "../../rules/declaration.js";
import type { Sym } from "./symbols.js";

/** Layout, as prettier's document builders describe it, and the nodes whose text depends on the file. */
export type Layout =
  | { readonly type: "group"; readonly contents: Part; readonly shouldBreak: boolean; readonly id?: symbol }
  /** Indented when the group `groupId` breaks (prettier's indentIfBreak). */
  | { readonly type: "indent-if-break"; readonly contents: Part; readonly groupId: symbol }
  /** A call's parenthesized arguments, the last of which may hug the parentheses (hugged-arguments.ts). */
  | { readonly type: "hug-last"; readonly args: readonly Part[] }
  | { readonly type: "indent"; readonly contents: Part }
  | { readonly type: "align"; readonly width: number; readonly contents: Part }
  | { readonly type: "line"; readonly mode: "soft" | "space" | "hard" }
  /** As flat or broken as the innermost group, or the group `groupId` when given (prettier's ifBreak). */
  | { readonly type: "if-break"; readonly breakContents: Part; readonly flatContents: Part; readonly groupId?: symbol }
  /** Contents and separators, alternately: each separator breaks only when the content after it does not fit. */
  | { readonly type: "fill"; readonly parts: readonly Part[] }
  /**
   * A template literal's `${}`: its code on one line, however long, unless it holds a line that must break (prettier
   * prints an interpolation so, as text, and lays it out as any code only then).
   */
  | { readonly type: "interpolation"; readonly contents: Part }
  /** `export const Name` where the module declares one of its names (`const Name` when it keeps it). */
  | { readonly type: "declare"; readonly keyword: DeclarationKeyword; readonly declaration: Declaration }
  /** The quoted specifier of another generated module, relative to the file it is printed in. */
  | { readonly type: "specifier"; readonly module: string }
  /** Code printed apart (printed-apart.ts, printApart): its lines, indented where it is put, and the symbols they name. */
  | { readonly type: "printed"; readonly lines: readonly string[]; readonly symbols: readonly Sym[] }
  /**
   * A comment of several lines, final text (comment-escape.ts, jsdoc): put at a mark where the file splices them. The
   * symbols its links name are imported, so that an editor resolves each link.
   */
  | { readonly type: "comment"; readonly lines: readonly string[]; readonly symbols?: readonly Sym[] };

export type DeclarationKeyword = "const" | "function" | "type" | "interface";

/** A piece of code: text of one line, a symbol, nested code or layout. */
export type Part = string | Sym | Code | Layout | readonly Part[];

/**
 * What a literal of this code is, for the layouts that depend on it: prettier breaks an array of objects, and after
 * `key:` before a long string; it fills lines with an array of numbers (`numbers`, signed or not), and never hugs one;
 * it never breaks after `=` before a template literal, and hugs a last arrow function in a form of its own.
 */
export type Shape =
  | { readonly kind: "object"; readonly size: number }
  | { readonly kind: "array"; readonly size: number; readonly numbers: boolean }
  | { readonly kind: "string" | "number" | "template" | "arrow" }
  | null;

let make: (part: Part, shape: Shape) => Code;
let read: (code: Code) => Part;
let readShape: (code: Code) => Shape;

/** Generated code: opaque outside the printer. */
export class Code {
  readonly #part: Part;
  readonly #shape: Shape;

  private constructor(part: Part, shape: Shape) {
    this.#part = part;
    this.#shape = shape;
  }

  static {
    make = (part, shape) => new Code(part, shape);
    read = (code) => code.#part;
    readShape = (code) => code.#shape;
  }
}

/** Code from parts that the printer's modules have made safe (escaped, proven an identifier, or written by them). */
export const code = (part: Part, shape: Shape = null): Code => make(part, shape);
export const partOf = (c: Code): Part => read(c);
export const shapeOf = (c: Code): Shape => readShape(c);

/** Code with nothing in it (no line either). */
export const isEmpty = (c: Code): boolean => {
  const part = read(c);
  return part === "" || (Array.isArray(part) && part.length === 0);
};

export const softline: Layout = { type: "line", mode: "soft" };
export const line: Layout = { type: "line", mode: "space" };
export const hardline: Layout = { type: "line", mode: "hard" };
export const group = (contents: Part, shouldBreak = false, id?: symbol): Layout =>
  id === undefined ? { type: "group", contents, shouldBreak } : { type: "group", contents, shouldBreak, id };
export const indentIfBreak = (contents: Part, groupId: symbol): Layout => ({
  type: "indent-if-break",
  contents,
  groupId,
});
export const indent = (contents: Part): Layout => ({ type: "indent", contents });
export const align = (width: number, contents: Part): Layout => ({ type: "align", width, contents });
export const ifBreak = (breakContents: Part, flatContents: Part = "", groupId?: symbol): Layout =>
  groupId === undefined
    ? { type: "if-break", breakContents, flatContents }
    : { type: "if-break", breakContents, flatContents, groupId };
export const fill = (parts: readonly Part[]): Layout => ({ type: "fill", parts });
export const interpolation = (contents: Part): Layout => ({ type: "interpolation", contents });

/** `items` separated by `separator`. */
export function join(separator: Part, items: readonly Part[]): Part[] {
  // A loop, not flatMap: no array per item, on a path every list of every file takes.
  const out: Part[] = new Array(items.length === 0 ? 0 : 2 * items.length - 1);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out[2 * i - 1] = separator;
    out[2 * i] = items[i] as Part;
  }
  return out;
}
