// Imported values bound to constants of the importing module, for the modules
// whose code runs on every message (the validators). V8 folds a constant of
// the module into the optimized code; an import it loads from its cell and
// checks on each use (the function called, the object read), which on a small
// valid message costs about a tenth of the validation.

import { compareText } from "../../rules/code-point-order.js";
import { type Code, lines } from "./code.js";
import { lineComment } from "./comment-escape.js";
import type { Sym } from "./symbols.js";
import { code } from "./tree.js";

/**
 * The name each imported value among `used` is bound to in its import, beside the module's constant of its own
 * name: the name and "_", with one more "_" while the module has that name already, as one it declares
 * (`declared`), one it imports or another value's alias: no naming rule keeps a name from ending in "_".
 */
export function importAliases(
  used: ReadonlyMap<string, Sym>,
  declared: readonly string[],
): ReadonlyMap<string, string> {
  const taken = new Set([...declared, ...used.keys()]);
  const aliases = new Map<string, string>();
  for (const name of valuesOf(used)) {
    let alias = `${name}_`;
    while (taken.has(alias)) alias += "_";
    taken.add(alias);
    aliases.set(name, alias);
  }
  return aliases;
}

/** The constants of the imported values, one per line, sorted by name, each bound to its import's alias. */
export function importedConstants(aliases: ReadonlyMap<string, string>): Code | null {
  if (aliases.size === 0) return null;
  return lines([
    lineComment("Constants of this module, which the engine folds into the code where it loads and checks an import."),
    ...[...aliases].map(([name, alias]) => code(`const ${name} = ${alias};`)),
  ]);
}

/** The names of the values among `used`, sorted. */
const valuesOf = (used: ReadonlyMap<string, Sym>): string[] =>
  [...used.values()]
    .filter((s) => s.kind === "value")
    .map((s) => s.name)
    .sort(compareText);
