// How emitters write TypeScript: templates (`ts`) whose `${}` takes code,
// symbols and numbers but no plain string, and builders for what a template
// cannot say by itself: a declaration of one of the package's names
// (`declare`), re-exports, and a list of declarations or statements. Spec
// text enters only through the escaping builders of escape.ts and comment-escape.ts; layouts that
// break with the width come from layouts.ts and type-layouts.ts, and statements with blocks from
// block-layouts.ts.

import { compareText } from "../../rules/code-point-order.js";
import type { Declaration } from "../../rules/declaration.js";
import { numberText } from "./escape.js";
import { moduleDeclaration } from "./layouts.js";
import type { Sym } from "./symbols.js";
import { align, code, type Code, type DeclarationKeyword, hardline, isEmpty, join, type Part } from "./tree.js";

export type { Code };

/** What `ts` accepts in a `${}`: code, a symbol or a number (written as num writes it). Text must go through escape.ts. */
export type Interpolation = Code | Sym | number;

/**
 * Code written as a template. Indentation is relative: the common indentation
 * of the template's lines and its first and last blank lines are removed, and
 * each line's own indentation becomes layout, so code inserted on an indented
 * line, and any group in it that breaks, is indented with it. No line may
 * start with `export` or `import`: a module's names are declared with
 * `declare`, re-exports come from `exportAll` and `exportNames`, and imports
 * from the symbols printed.
 */
export function ts(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Code {
  const runs = planOf(strings);
  // Loops rather than flatMap and spreads: every template of every file comes through here.
  const parts: Part[] = new Array(runs.length);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    const body: Part[] = [];
    for (let j = 0; j < run.lines.length; j++) {
      if (i > 0 || j > 0) body.push(hardline);
      for (const segment of run.lines[j] as readonly Segment[]) {
        if (typeof segment === "string") body.push(segment);
        else {
          const value = values[segment.hole];
          body.push(typeof value === "number" ? numberText(value) : (value ?? ""));
        }
      }
    }
    parts[i] = run.width > 0 ? align(run.width, body) : body;
  }
  return code(parts);
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

/** A line that writes an import or an export by hand. */
const MODULE_SYNTAX = /^(export|import)\b/;

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
    if (typeof line[0] === "string" && MODULE_SYNTAX.test(line[0]))
      throw new Error(`a template writes "${line[0]}": declare names with declare(), re-export with exportAll()`);
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
  code(parts.map((p) => (typeof p === "number" ? numberText(p) : p)));

/** Statements or declarations, one per line, with `blank` lines between. */
export function lines(items: readonly Code[], blank = false): Code {
  return code(join(blank ? [hardline, hardline] : hardline, items));
}

/** A declaration under its doc comment; no blank line when there is no doc. */
export const documented = (doc: Code, declaration: Code): Code =>
  isEmpty(doc) ? declaration : code([doc, hardline, declaration]);

/**
 * Where a module declares one of its names: `export const Name` (`const Name`
 * for a name the module keeps to itself). The declaration comes from
 * rules/export-names.ts, and only the file of its module may print it: a
 * file that declares a name its module does not have, or leaves one out,
 * fails to render.
 */
export const declare = (keyword: DeclarationKeyword, declaration: Declaration): Code =>
  code({ type: "declare", keyword, declaration });

/** `export * from "./module.js";`, the specifier relative to the file it is printed in. */
export const exportAll = (module: string): Code => code(["export * from ", { type: "specifier", module }, ";"]);

/**
 * `export type { A, B } from "./module.js";`: symbols of other modules
 * exported here too, one statement per module (in the order given) and kind,
 * names sorted.
 */
export function exportNames(symbols: readonly Sym[]): Code {
  const byModule = new Map<string, { value: Set<string>; type: Set<string> }>();
  for (const sym of symbols) {
    let entry = byModule.get(sym.module);
    if (!entry) byModule.set(sym.module, (entry = { value: new Set(), type: new Set() }));
    entry[sym.kind].add(sym.name);
  }
  return lines(
    [...byModule].flatMap(([module, names]) =>
      (["value", "type"] as const)
        .filter((kind) => names[kind].size > 0)
        .map((kind) =>
          moduleDeclaration(
            "export",
            [...names[kind]].sort(compareText),
            { type: "specifier", module },
            kind === "type",
          ),
        ),
    ),
  );
}
