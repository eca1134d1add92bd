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
export const ifBreak = (breakContents: Part, flatContents: Part = ""): Layout => ({
  type: "if-break",
  breakContents,
  flatContents,
});

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
  const runs = planOf(strings);
  const fill = (segments: readonly Segment[]): Part[] =>
    segments.map((segment) => {
      if (typeof segment === "string") return segment;
      const value = values[segment.hole];
      return typeof value === "number" ? String(value) : (value ?? "");
    });
  return new Code(
    runs.map((run, i) => {
      const body = run.lines.flatMap((line, j) => (i === 0 && j === 0 ? fill(line) : [hardline, ...fill(line)]));
      return run.width > 0 ? { type: "align", width: run.width, contents: body } : body;
    }),
  );
}

/** A piece of a template line: its text, or the index of a `${}`. */
type Segment = string | { readonly hole: number };

/** Consecutive lines of a template with the same indentation, which becomes alignment (breaks inside keep it). */
interface Run {
  readonly width: number;
  readonly lines: readonly (readonly Segment[])[];
}

/** Templates are static: each call site's lines are worked out once. */
const plans = new WeakMap<TemplateStringsArray, readonly Run[]>();

function planOf(strings: TemplateStringsArray): readonly Run[] {
  let plan = plans.get(strings);
  if (plan) return plan;
  const lines: Segment[][] = [[]];
  dedent(strings).forEach((chunk, i) => {
    chunk.split("\n").forEach((text, j) => {
      if (j > 0) lines.push([]);
      if (text !== "") lines[lines.length - 1]?.push(text);
    });
    if (i < strings.length - 1) lines[lines.length - 1]?.push({ hole: i });
  });
  const runs: { width: number; lines: Segment[][] }[] = [];
  lines.forEach((line, i) => {
    const first = line[0];
    const blank = line.length === 0;
    const width = typeof first === "string" ? first.length - first.trimStart().length : 0;
    if (typeof first === "string" && width > 0) line[0] = first.slice(width);
    const last = runs[runs.length - 1];
    // The first line stays where the code is inserted; a blank line joins the run around it.
    if (last && i > 0 && (blank || last.width === width)) last.lines.push(line);
    else runs.push({ width: i === 0 ? 0 : width, lines: [line] });
  });
  plan = runs;
  plans.set(strings, plan);
  return plan;
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
