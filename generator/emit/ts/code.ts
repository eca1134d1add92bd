// Generated TypeScript as a tree: literal code from the emitters' templates,
// symbols (whose use adds their import), and layout (groups that break the way
// prettier breaks them). Spec text enters only through the escaping builders of
// escape.ts, never as raw code: `ts` accepts no plain string.

import type { Sym } from "./symbols.js";

/** Layout, as prettier's document builders describe it. */
export type Layout =
  | { readonly type: "group"; readonly contents: Part; readonly shouldBreak: boolean }
  | { readonly type: "indent"; readonly contents: Part }
  | { readonly type: "align"; readonly width: number; readonly contents: Part }
  | { readonly type: "line"; readonly mode: "soft" | "space" | "hard" }
  | { readonly type: "if-break"; readonly breakContents: Part; readonly flatContents: Part };

/** A piece of code: text of one line, a symbol, nested code or layout. */
export type Part = string | Sym | Code | Layout | readonly Part[];

/** What a literal of this code is, for the layouts that depend on it (prettier breaks an array of objects). */
export type Shape = { readonly kind: "object" | "array"; readonly size: number } | null;

export class Code {
  constructor(
    readonly part: Part,
    readonly shape: Shape = null,
  ) {}
}

/** What `ts` accepts in a `${}`: code, a symbol or a number. Text must go through escape.ts. */
export type Interpolation = Code | Sym | number;

export const softline: Layout = { type: "line", mode: "soft" };
export const line: Layout = { type: "line", mode: "space" };
export const hardline: Layout = { type: "line", mode: "hard" };
export const group = (contents: Part, shouldBreak = false): Layout => ({ type: "group", contents, shouldBreak });
export const indent = (contents: Part): Layout => ({ type: "indent", contents });
export const ifBreak = (breakContents: Part, flatContents: Part = ""): Layout => ({ type: "if-break", breakContents, flatContents });

/** `items` separated by `separator`. */
export function join(separator: Part, items: readonly Part[]): Part[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** Code from text the generator itself wrote (a keyword, an operator): never spec text. */
export const raw = (text: string): Code => new Code(text);

/**
 * Code written as a template. Indentation is relative: the common indentation
 * of the template's lines and its first and last blank lines are removed, and
 * each line's own indentation becomes layout, so code inserted on an indented
 * line, and any group in it that breaks, is indented with it.
 */
export function ts(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Code {
  const chunks = dedent(strings);
  const lines: Part[][] = [[]];
  chunks.forEach((chunk, i) => {
    chunk.split("\n").forEach((text, j) => {
      if (j > 0) lines.push([]);
      if (text !== "") lines[lines.length - 1]?.push(text);
    });
    const value = values[i];
    if (value !== undefined) lines[lines.length - 1]?.push(typeof value === "number" ? String(value) : value);
  });
  return new Code(lines.map((parts, i) => (i === 0 ? parts : indentedLine(parts))));
}

/** A line after the first: its leading spaces become alignment, so breaks inside it keep them. */
function indentedLine(parts: Part[]): Part {
  const first = parts[0];
  const width = typeof first === "string" ? first.length - first.trimStart().length : 0;
  const rest = width > 0 && typeof first === "string" ? [first.slice(width), ...parts.slice(1)] : parts;
  return width > 0 ? { type: "align", width, contents: [hardline, ...rest] } : [hardline, ...rest];
}

/** Stands for each `${}` while the template's text is dedented. */
const HOLE = "\u0000";

/** The template's chunks without the first and last blank lines and the common indentation. */
function dedent(strings: TemplateStringsArray): string[] {
  // Raw text, so that "\n" in a template is "\n" in the generated code; only \` and \$ needed escaping.
  const text = strings.raw
    .map((s) => s.replace(/\\([`$])/g, "$1"))
    .join(HOLE)
    .replace(/^[ \t]*\n/, "")
    .replace(/\n[ \t]*$/, "");
  const indents = text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.length - l.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  const dedented = text
    .split("\n")
    .map((l) => l.slice(Math.min(common, l.length - l.trimStart().length)))
    .join("\n");
  return dedented.split(HOLE);
}

/** Code pieces, one after the other on the same line. */
export const concat = (...parts: readonly Interpolation[]): Code =>
  new Code(parts.map((p) => (typeof p === "number" ? String(p) : p)));

/** Statements or declarations, one per line, with `blank` lines between. */
export function lines(items: readonly Code[], blank = false): Code {
  return new Code(join(blank ? [hardline, hardline] : hardline, items));
}

/** A declaration under its doc comment; no blank line when there is no doc. */
export const documented = (doc: Code, declaration: Code): Code =>
  Array.isArray(doc.part) && doc.part.length === 0 ? declaration : new Code([doc, hardline, declaration]);
