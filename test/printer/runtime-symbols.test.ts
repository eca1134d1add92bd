// The printer imports runtime symbols by name: the table it uses must say what
// runtime/ really exports, values as values and types as types.
import path from "node:path";
import { Project } from "ts-morph";
import { expect, test } from "vitest";
import { runtime } from "../../generator/emit/ts/symbols.js";
import { repoRoot } from "../support/paths.js";

const project = new Project({
  tsConfigFilePath: path.join(repoRoot, "tsconfig.json"),
  skipAddingFilesFromTsConfig: true,
});

test.each(Object.entries(runtime))(
  "runtime %s: its module exports every symbol the printer imports from it",
  (_, symbols) => {
    const modules = new Set(Object.values(symbols).map((sym) => sym.module));
    expect(modules.size).toBe(1);
    const [module = ""] = modules;
    expect(module).toMatch(/^runtime\/[a-z-]+\.ts$/);
    const file = project.addSourceFileAtPath(path.join(repoRoot, module));
    const exported = file.getExportedDeclarations();
    for (const sym of Object.values(symbols)) {
      const declarations = exported.get(sym.name) ?? [];
      expect(declarations.length, `${module} ${sym.name}`).toBeGreaterThan(0);
      const isValue = declarations.some(
        (d) => !["TypeAliasDeclaration", "InterfaceDeclaration"].includes(d.getKindName()),
      );
      expect(isValue ? "value" : "type", `${module} ${sym.name}`).toBe(
        sym.kind === "type" && isValue ? "value" : sym.kind,
      );
    }
  },
);
