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
  group,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  type Part,
  partOf,
  shapeOf,
  type Shape,
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
 * "group last", whose choice hugged-arguments.ts makes as prettier makes it. prettier also hugs a last arrow function
 * or `{…} as const` (no shape here), and never an array of two numbers or more (hugged here): no caller passes those.
 */
export function call(callee: Code | Sym, args: readonly Code[]): Code {
  const last = args.at(-1);
  if (last !== undefined && huggable(shapeOf(last), args.length > 1 ? shapeOf(args.at(-2) as Code) : null))
    return code([callee, { type: "hug-last", args }]);
  return code([callee, bracketed("(", args, ")", false)]);
}

/**
 * Whether a last argument of this shape may hug the call's parentheses, after one of the `before` shape: prettier's
 * shouldGroupLast for the literals the printer knows, an object or an array with something in it, unless the
 * argument before it is of the same kind.
 */
function huggable(shape: Shape, before: Shape): boolean {
  if (shape === null || shape.kind === "string" || shape.size === 0) return false;
  return before === null || before.kind !== shape.kind;
}

/**
 * An array literal. prettier breaks an array of two or more objects (or
 * arrays) that each have more than one element, whatever its width.
 */
export function arrayLiteral(items: readonly Code[]): Code {
  const shapes = items.map(shapeOf);
  const nested =
    items.length > 1 &&
    shapes.every((s) => s !== null && s.kind !== "string" && s.size > 1 && s.kind === shapes[0]?.kind);
  return code(bracketed("[", items, "]", false, nested), { kind: "array", size: items.length });
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
  return code(group([parenList(params), " =>", group(indent([line, body]))]));
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
 * indented, only when its first line does not fit after it.
 */
export function assignment(left: Code, right: Code): Code {
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
