// The layouts of TypeScript's type syntax, as prettier's printer lays them
// out: a union as an alias, a property or a type argument, a conditional
// type, type arguments. Flat when they fit, broken as prettier breaks them
// when they do not; the layouts of values and expressions are layouts.ts's.

import { align, code, type Code, group, ifBreak, indent, join, line, softline } from "./tree.js";

/**
 * `type Name = A | B;` as prettier lays it out: on one line when it fits, else
 * the union alone on the next line when it fits there, else each member on its
 * line after `|`; `never` without members.
 */
export function unionAlias(head: Code, members: readonly Code[]): Code {
  if (members.length <= 1) return code([head, " = ", members[0] ?? "never", ";"]);
  return code([head, " =", group(indent([line, group([ifBreak("| "), join([line, "| "], members)])])), ";"]);
}

/**
 * `head: A | B;`, a property signature of a union type, as prettier lays it
 * out: on one line when it fits, else the union alone on the next line when
 * it fits there, else each member on its line after `|`, a member that breaks
 * aligned past its `| `.
 */
export function unionProperty(head: Code, members: readonly Code[]): Code {
  if (members.length <= 1) return code([head, ": ", members[0] ?? "never", ";"]);
  const aligned = members.map((member) => align(2, member));
  return code([head, ":", group(indent([line, group([ifBreak("| "), join([line, "| "], aligned)])])), ";"]);
}

/**
 * A union type as prettier breaks one in a type argument (`Extract<A, "x" | "y">`,
 * an environment's names): flat when it fits, else one member per line after `|`,
 * at the arguments' indentation; `never` without members.
 */
export function unionType(members: readonly Code[]): Code {
  if (members.length <= 1) return code(members[0] ?? "never");
  return code(group([ifBreak("| "), join([line, "| "], members)]));
}

/**
 * `check ? whenTrue : whenFalse`, a conditional type, as prettier lays it out: on one line when it fits, else each
 * branch on its line, a branch that breaks aligned past its `? ` or `: ` (a mock playing many payments: the union
 * in its Paypage options' type arguments).
 */
export function conditionalType(check: Code, whenTrue: Code, whenFalse: Code): Code {
  return code(group([check, indent([line, "? ", align(2, whenTrue), line, ": ", align(2, whenFalse)])]));
}

/** Type arguments: `<A, B>`, one per line when too long (prettier puts no trailing comma after type arguments). */
export function typeArguments(items: readonly Code[]): Code {
  return code(group(["<", indent([softline, join([",", line], items)]), softline, ">"]));
}
