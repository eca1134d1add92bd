// Imported values bound to constants of the importing module, for the modules
// whose code runs on every message (the validators). V8 folds a constant of
// the module into the optimized code; an import it loads from its cell and
// checks on each use (the function called, the object read), which on a small
// valid message costs about a tenth of the validation.

import { compareText } from "../../rules/code-point-order.js";
import { type Code, lines } from "./code.js";
import { lineComment } from "./escape.js";
import type { Sym } from "./symbols.js";
import { code } from "./tree.js";

/** The name an imported value is bound to in the import, beside the module's constant of its own name. */
export const importedName = (name: string): string => `${name}_`;

/** `name as name_`, in the import of a value bound to a constant. */
export const importedAs = (name: string): string => `${name} as ${importedName(name)}`;

/** The constants of the imported values among `used`, one per line, sorted by name. */
export function importedConstants(used: ReadonlyMap<string, Sym>): Code | null {
  const values = [...used.values()].filter((s) => s.kind === "value").map((s) => s.name);
  if (values.length === 0) return null;
  return lines([
    lineComment("Constants of this module, which the engine folds into the code where it loads and checks an import."),
    ...values.sort(compareText).map((name) => code(`const ${name} = ${importedName(name)};`)),
  ]);
}
