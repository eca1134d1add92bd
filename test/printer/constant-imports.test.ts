// A module whose imported values are bound to constants of its own imports each
// under an alias, the name and "_": the alias must be no other name of the
// module, whether the module declares it or imports it.
import { expect, test } from "vitest";
import { declare, ts as code } from "../../generator/emit/ts/code.js";
import { runtime, type Sym } from "../../generator/emit/ts/symbols.js";
import { TsFile } from "../../generator/emit/ts/ts-file.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import { own } from "../../generator/rules/declaration.js";
import { ts } from "../support/ts-api.js";

/** The file of `x.ts`, its imports bound to constants, declaring `declared` and printing each of `used`. */
function rendered(declared: readonly string[], used: readonly Sym[]): string {
  const module = tsModule(
    "x.ts",
    declared.map((name) => own.value("x.ts", name, "a value of the test")),
  );
  const file = new TsFile(module, ["spec/x.yaml"]).withConstantImports();
  for (const d of module.declarations) file.add(code`${declare("const", d)} = 1;`);
  for (const sym of used) file.add(code`${sym}();`);
  return file.render();
}

/** The names bound at the top level of `text`: its imports' and its declarations'. */
function boundNames(text: string): string[] {
  const source = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return source.statements.flatMap((s) => {
    if (ts.isImportDeclaration(s)) {
      const bindings = s.importClause?.namedBindings;
      return bindings !== undefined && ts.isNamedImports(bindings) ? bindings.elements.map((e) => e.name.text) : [];
    }
    if (ts.isVariableStatement(s))
      return s.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : "?"));
    return [];
  });
}

const { isPlainObject } = runtime.messageReads;
/** A value of another module whose name ends with "_", as a name the spec gives may. */
const other = (name: string): Sym => ({ name, module: "y.ts", kind: "value" });

test("an import's alias is no name the module declares", () => {
  const text = rendered(["isPlainObject_"], [isPlainObject]);
  expect(text).toContain('import { isPlainObject as isPlainObject__ } from "./runtime/message-reads.js";');
  expect(text).toContain("const isPlainObject = isPlainObject__;");
  const names = boundNames(text);
  expect(names.length).toBe(new Set(names).size);
});

test("an import's alias is no name the module imports, nor another import's alias", () => {
  const text = rendered([], [other("a"), other("a_"), other("a__")]);
  expect(text).toContain('import { a as a___, a_ as a____, a__ as a_____ } from "./y.js";');
  const names = boundNames(text);
  expect(names.sort()).toEqual(["a", "a_", "a__", "a___", "a____", "a_____"]);
});

test("without a name to avoid, the alias is the name and one _", () => {
  const text = rendered([], [isPlainObject]);
  expect(text).toContain('import { isPlainObject as isPlainObject_ } from "./runtime/message-reads.js";');
  expect(text).toContain("const isPlainObject = isPlainObject_;");
});
