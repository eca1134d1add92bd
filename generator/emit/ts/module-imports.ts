// The import declarations of one output file: the module specifier from it to
// each module it uses symbols of, and one declaration per module and kind.

import path from "node:path";
import { compareText } from "../../rules/code-point-order.js";
import { quote } from "./escape.js";
import { moduleDeclaration } from "./layouts.js";
import type { Sym } from "./symbols.js";
import type { Code } from "./tree.js";

/**
 * The relative path from one folder of the output to another, by the one and the other: the output has few
 * folders (the root, runtime/, containers/, each operation's), and every import of every file asks for one.
 */
const folderPaths = new Map<string, Map<string, string>>();

function folderPath(from: string, to: string): string {
  let byTo = folderPaths.get(from);
  if (byTo === undefined) folderPaths.set(from, (byTo = new Map()));
  let rel = byTo.get(to);
  if (rel === undefined) byTo.set(to, (rel = path.posix.relative(from, to)));
  return rel;
}

/** The module specifier from one output file to another: "./types.js", "../../runtime/seal.js". */
export function specifier(from: string, to: string): string {
  const cut = to.lastIndexOf("/");
  const folder = folderPath(path.posix.dirname(from), cut < 0 ? "." : to.slice(0, cut));
  const name = to.slice(cut + 1).replace(/\.ts$/, ".js");
  return folder === "" ? `./${name}` : folder.startsWith(".") ? `${folder}/${name}` : `./${folder}/${name}`;
}

/** One import declaration per module and kind, sorted by specifier, names sorted; each value imported as `valueAs` says. */
export function importsOf(file: string, used: ReadonlyMap<string, Sym>, valueAs = (name: string) => name): Code[] {
  const byModule = new Map<string, { values: Set<string>; types: Set<string> }>();
  for (const sym of used.values()) {
    let entry = byModule.get(sym.module);
    if (!entry) byModule.set(sym.module, (entry = { values: new Set(), types: new Set() }));
    (sym.kind === "value" ? entry.values : entry.types).add(sym.name);
  }
  return [...byModule.entries()]
    .map(([module, names]) => ({ from: specifier(file, module), names }))
    .sort((a, b) => compareText(a.from, b.from))
    .flatMap(({ from, names }) =>
      (["values", "types"] as const)
        .filter((kind) => names[kind].size > 0)
        .map((kind) => {
          const sorted = [...names[kind]].sort(compareText);
          return moduleDeclaration(
            "import",
            kind === "values" ? sorted.map(valueAs) : sorted,
            quote(from),
            kind === "types",
          );
        }),
    );
}
