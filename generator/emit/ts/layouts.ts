// What the printer borrows from prettier, in one place: its options (the one
// source of the print width and the indentation, also prettier's own options
// where the final-text step runs it and in the repository's configuration),
// the constructs whose line breaks depend on their width, laid out as
// prettier's printer lays them out (flat when they fit, one item per line with
// a trailing comma when they do not); blocks and statements, whose lines
// break whatever their width, are block-layouts.ts's, and the type syntax
// (unions, conditional types, type arguments) type-layouts.ts's.
// The quotes of a string literal follow prettier's rule too, in escape.ts,
// beside the escaping they decide; the lines these layouts leave over the
// width, which prettier must then lay out, are told in over-width.ts.

import type { Options } from "prettier";
import options from "./prettier-options.json" with { type: "json" };
import { lit } from "./escape.js";
import type { Sym } from "./symbols.js";
import {
  code,
  type Code,
  fill,
  group,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  type Part,
  partOf,
  shapeOf,
  softline,
} from "./tree.js";

/** prettier's options for generated TypeScript; prettier.config.mjs formats the repository with the same file. */
export const PRETTIER_OPTIONS: Readonly<Options> = { ...(options as Options), parser: "typescript" };
export const PRINT_WIDTH: number = options.printWidth;
export const TAB_WIDTH: number = options.tabWidth;

/** `open items close`: flat when it fits, else one item per line; `spaced` puts spaces inside flat braces. */
function bracketed(open: string, items: readonly Part[], close: string, spaced: boolean, shouldBreak = false): Part {
  if (items.length === 0) return `${open}${close}`;
  const inner = spaced ? line : softline;
  return group([open, indent([inner, join([",", line], items)]), ifBreak(","), inner, close], shouldBreak);
}

/** Call arguments or function parameters: `(a, b)`. */
export const parenList = (items: readonly Code[]): Code => code(bracketed("(", items, ")", false));

/**
 * A call: `callee(a, b)`, its arguments one per line when too long. A last argument that is a non-empty object or
 * array, after one of another kind, may hug the parentheses (`f(a, b, [` and the items one per line): prettier's
 * "group last", whose choice hugged-arguments.ts makes as prettier makes it; never an array of numbers after another
 * argument (not hugged here either). prettier also hugs a last arrow function whose body is a call, an object or an
 * array, and a last `{…} as const`, printing the arrow in a form of its own: the generator writes neither as a call's
 * last argument (test/printer/prettier-clean.test.ts reads every call of its output), and an arrow function built
 * here is refused there, where the printer would lay it out otherwise than prettier.
 */
export function call(callee: Code | Sym, args: readonly Code[]): Code {
  const last = args.at(-1);
  if (last !== undefined && shapeOf(last)?.kind === "arrow")
    throw new Error("an arrow function as a call's last argument: the printer does not lay it out as prettier does");
  if (huggable(args)) return code([callee, { type: "hug-last", args }]);
  return code([callee, bracketed("(", args, ")", false)]);
}

/**
 * Whether the last argument may hug the call's parentheses: prettier's shouldGroupLast for the literals the printer
 * knows, an object or an array with something in it, unless the argument before it is of the same kind, or it is an
 * array of numbers after another argument.
 */
function huggable(args: readonly Code[]): boolean {
  const last = args.at(-1);
  const shape = last === undefined ? null : shapeOf(last);
  if (shape === null || (shape.kind !== "object" && shape.kind !== "array") || shape.size === 0) return false;
  if (args.length < 2) return true;
  const before = shapeOf(args.at(-2) as Code);
  return !(shape.kind === "array" && shape.numbers) && before?.kind !== shape.kind;
}

/**
 * An array literal. prettier breaks an array of two or more objects (or arrays) that each have more than one
 * element, whatever its width, and fills the lines with an array of numbers, as many to a line as fit.
 */
export function arrayLiteral(items: readonly Code[]): Code {
  const shapes = items.map(shapeOf);
  if (items.length > 0 && shapes.every((s) => s?.kind === "number"))
    return code(filledArray(items), { kind: "array", size: items.length, numbers: true });
  const nested =
    items.length > 1 &&
    shapes.every(
      (s) => s !== null && (s.kind === "object" || s.kind === "array") && s.size > 1 && s.kind === shapes[0]?.kind,
    );
  return code(bracketed("[", items, "]", false, nested), { kind: "array", size: items.length, numbers: false });
}

/**
 * `[1, 2, 3]` broken as prettier's printArrayElementsConcisely breaks it: each number with its comma, a line
 * between them that breaks only before a number that does not fit; the trailing comma when the array breaks.
 * prettier lays out so any array of numbers, signed or not, save one whose numbers carry a comment of their own
 * line: the printer writes no comment inside an array.
 */
function filledArray(items: readonly Code[]): Part {
  const id = Symbol("numbers");
  const parts: Part[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(line);
    parts.push([items[i] as Code, i === items.length - 1 ? ifBreak(",", "", id) : ","]);
  }
  return group(["[", indent([softline, fill(parts)]), softline, "]"], false, id);
}

/** An object literal from its properties (see `property`). */
export const objectLiteral = (properties: readonly Code[], shouldBreak = false): Code =>
  code(bracketed("{", properties, "}", true, shouldBreak), { kind: "object", size: properties.length });

/**
 * `key: value`, the value text (a string literal) or code. A string literal
 * moves to the next line when the line is too long (prettier's
 * "break-after-operator" layout for string literals), unless its key is short:
 * after one, prettier keeps the value on the key's line, however long.
 */
export function property(key: Code, value: Code | string): Code {
  const literal = typeof value === "string" ? lit(value) : value;
  if (shapeOf(literal)?.kind === "string" && !isShortKey(key)) return code([key, ":", group(indent([line, literal]))]);
  return code([key, ": ", literal]);
}

/**
 * A key too short for a break after it to gain much: plain text narrower than the indentation and 3 (prettier's
 * isObjectPropertyWithShortKey), as an environment's name (`test`, `json`) before its address.
 */
function isShortKey(key: Code): boolean {
  const text = partOf(key);
  return typeof text === "string" && stringWidth(text) < TAB_WIDTH + 3;
}

/** The columns a text takes, as prettier counts them: a code point each (the keys are names, quoted or not). */
const stringWidth = (text: string): number => [...text].length;

/**
 * `(a, b) => body`, an arrow function with an expression body, as prettier lays it out: on one line when it fits,
 * else the body alone on the next line, indented.
 */
export function arrowFunction(params: readonly Code[], body: Code): Code {
  return code(group([parenList(params), " =>", group(indent([line, body]))]), { kind: "arrow" });
}

/**
 * `import { a, b } from "./x.js";` or `export type { A } from "./x.js";`, the names broken one per line when too long;
 * prettier never breaks a sole name, whatever the width.
 */
export function moduleDeclaration(
  keyword: "import" | "export",
  names: readonly string[],
  specifier: Part,
  typeOnly: boolean,
): Code {
  const braced = names.length === 1 ? `{ ${names[0]} }` : bracketed("{", names, "}", true);
  return code([keyword, typeOnly ? " type " : " ", braced, " from ", specifier, ";"]);
}

/**
 * `left = right` as prettier lays out an assignment (its "fluid" layout): the
 * left side flat when it fits with ` =`; the right side on the line after `=`,
 * indented, only when its first line does not fit after it. A template literal
 * stays after `=` (prettier's "never-break-after-operator"), whatever its width.
 */
export function assignment(left: Code, right: Code): Code {
  if (shapeOf(right)?.kind === "template") return code(group([group(left), " = ", right]));
  const id = Symbol("assignment");
  return code(group([group(left), " =", group(indent(line), false, id), indentIfBreak(right, id)]));
}

/** The test of an `if` made of operands joined by one operator, broken after each operator when too long. */
export function condition(operator: "||" | "&&", operands: readonly Code[]): Code {
  return code(group([indent([softline, join([` ${operator}`, line], operands)]), softline]));
}

/**
 * `return a + b + c;`, broken as prettier breaks a long sum: in parentheses, on a line of its own when it fits
 * there (the sum is a group of its own, as prettier prints a returned binary expression), else one operand per line.
 */
export function returnSum(operands: readonly Code[]): Code {
  if (operands.length === 0) return code('return "";');
  return code(
    group([
      "return ",
      ifBreak("("),
      indent([softline, group(join([" +", line], operands))]),
      softline,
      ifBreak(")"),
      ";",
    ]),
  );
}
