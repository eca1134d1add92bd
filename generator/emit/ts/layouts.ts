// The few constructs whose line breaks depend on their width, laid out as
// prettier lays them out (its printer's groups, for the options of
// .prettierrc.json): flat when they fit in the line, one item per line with a
// trailing comma when they do not. Everything else the emitters write one
// statement per line.

import { Code, group, hardline, ifBreak, indent, join, line, softline, type Part } from "./code.js";
import { lit } from "./escape.js";

/** `open items close`: flat when it fits, else one item per line; `spaced` puts spaces inside flat braces. */
function bracketed(open: string, items: readonly Part[], close: string, spaced: boolean, shouldBreak = false): Part {
  if (items.length === 0) return `${open}${close}`;
  const inner = spaced ? line : softline;
  return group([open, indent([inner, join([",", line], items)]), ifBreak(","), inner, close], shouldBreak);
}

/** Call arguments or function parameters: `(a, b)`. */
export const parenList = (items: readonly Part[]): Code => new Code(bracketed("(", items, ")", false));

/**
 * An array literal. prettier breaks an array of two or more objects (or
 * arrays) that each have more than one element, whatever its width.
 */
export function arrayLiteral(items: readonly Code[]): Code {
  const nested =
    items.length > 1 &&
    items.every((i) => i.shape !== null && i.shape.size > 1 && i.shape.kind === items[0]?.shape?.kind);
  return new Code(bracketed("[", items, "]", false, nested), { kind: "array", size: items.length });
}

/** An object literal from its properties (see `property`). */
export const objectLiteral = (properties: readonly Code[], shouldBreak = false): Code =>
  new Code(bracketed("{", properties, "}", true, shouldBreak), { kind: "object", size: properties.length });

/**
 * `key: value`. A string value moves to the next line when the line is too
 * long (prettier's "break-after-operator" layout for string literals).
 */
export function property(key: Code, value: Code | string): Code {
  if (typeof value === "string") return new Code([key, ":", group(indent([line, lit(value)]))]);
  return new Code([key, ": ", value]);
}

/** `{ a, b }` of an import or export declaration. */
export const namedBindings = (names: readonly string[]): Part => bracketed("{", names, "}", true);

export function importDeclaration(names: readonly string[], from: string, typeOnly: boolean): Code {
  return new Code([typeOnly ? "import type " : "import ", namedBindings(names), ` from ${from};`]);
}

/** `type Name = A | B;`, broken as prettier breaks a union: each member on its line after `|`. */
export function unionAlias(head: Code, members: readonly Code[]): Code {
  if (members.length === 1) return new Code([head, " = ", members[0] ?? "", ";"]);
  return new Code([head, " =", group(indent([line, ifBreak("| "), join([line, "| "], members)])), ";"]);
}

/** The test of an `if` made of operands joined by one operator, broken after each operator when too long. */
export function condition(operator: "||" | "&&", operands: readonly Part[]): Code {
  return new Code(group([indent([softline, join([` ${operator}`, line], operands)]), softline]));
}

/** Statements of a block, one per line. */
export const statements = (items: readonly Code[]): Code => new Code(join(hardline, items));

/** `return a + b + c;`, broken as prettier breaks a long sum: in parentheses, one operand per line. */
export function returnSum(operands: readonly Part[]): Code {
  if (operands.length === 0) return new Code('return "";');
  return new Code(
    group(["return ", ifBreak("("), indent([softline, join([" +", line], operands)]), softline, ifBreak(")"), ";"]),
  );
}

/** A call: `callee(a, b)`, its arguments broken one per line when the line is too long. */
export const call = (callee: Part, args: readonly Part[]): Code => new Code([callee, parenList(args)]);

/** Type arguments: `<A, B>`, one per line when too long (prettier puts no trailing comma after type arguments). */
export function typeArguments(items: readonly Part[]): Code {
  return new Code(group(["<", indent([softline, join([",", line], items)]), softline, ">"]));
}
