// The printer imports runtime symbols by name: the table it uses must say what
// runtime/ really exports, values as values and types as types.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { runtime } from "../../generator/emit/ts/symbols.js";
import { repoRoot } from "../support/paths.js";

const DECLARED = /^export (?:declare )?(?:async )?(const|let|function|class|enum|interface|type) ([A-Za-z_$][\w$]*)/gm;

/** What a runtime module exports, each name as a value or a type, as its source declares it. */
function exportsOf(module: string): Map<string, "value" | "type"> {
  const source = readFileSync(path.join(repoRoot, module), "utf8");
  return new Map(
    [...source.matchAll(DECLARED)].map((m) => [m[2] ?? "", m[1] === "interface" || m[1] === "type" ? "type" : "value"]),
  );
}

test.each(Object.entries(runtime))(
  "runtime %s: its module exports every symbol the printer imports from it",
  (_, symbols) => {
    const modules = new Set(Object.values(symbols).map((sym) => sym.module));
    expect(modules.size).toBe(1);
    const [module = ""] = modules;
    expect(module).toMatch(/^runtime\/[a-z-]+\.ts$/);
    const exported = exportsOf(module);
    for (const sym of Object.values(symbols)) {
      const kind = exported.get(sym.name);
      expect(kind, `${module} ${sym.name}`).toBeDefined();
      // A value (a class, a const object) may be imported as a type; a type never as a value.
      if (sym.kind === "value") expect(kind, `${module} ${sym.name}`).toBe("value");
    }
  },
);
