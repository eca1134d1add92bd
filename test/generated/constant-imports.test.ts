// The modules whose code runs on every message (the validators, and the
// Paypage callback's) bind each value they import to a constant of their own,
// which the engine folds into the optimized code; the import is named only
// there. Other modules import as usual. Checked on the golden fixture's output
// (every feature of the format), parsed.
import { expect, test } from "vitest";
import type { ts as Ts } from "ts-morph";
import { operations } from "../../generated/index.js";
import { generateGoldenSpec } from "../support/generate.js";
import { ts } from "../support/ts-api.js";

const bindsImports = (file: string) => /(^|\/)(validators|callback)\.ts$/.test(file);

/** Per value imported: its local name in the import, and the constant the module binds it to (or null). */
function importedValues(text: string): { imported: string; local: string | null; uses: number }[] {
  const source = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const constants = new Map<string, string>();
  const out: { imported: string; name: string }[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const s of bindings.elements) out.push({ imported: s.name.text, name: (s.propertyName ?? s.name).text });
    }
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer && ts.isIdentifier(d.initializer))
          constants.set(d.initializer.text, d.name.text);
  }
  const uses = new Map<string, number>();
  const count = (node: Ts.Node): void => {
    if (ts.isIdentifier(node)) uses.set(node.text, (uses.get(node.text) ?? 0) + 1);
    node.forEachChild(count);
  };
  count(source);
  return out.map(({ imported, name }) => ({
    imported: `${name}${imported === name ? "" : ` as ${imported}`}`,
    local: constants.get(imported) === name ? name : null,
    uses: uses.get(imported) ?? 0,
  }));
}

test("the validators' modules bind every value they import to a constant of the module, named only there", async () => {
  const { files } = await generateGoldenSpec();
  const typescript = files.filter((f) => f.path.endsWith(".ts") && !f.path.startsWith("runtime/"));
  const binding = typescript.filter((f) => bindsImports(f.path));
  expect(binding.map((f) => f.path)).toContain("containers/validators.ts");
  let checked = 0;
  for (const file of typescript) {
    for (const value of importedValues(String(file.content))) {
      checked++;
      const where = `${file.path}: ${value.imported}`;
      if (bindsImports(file.path)) {
        // Named twice: in the import and in its constant.
        expect(value.local, where).not.toBeNull();
        expect(value.uses, where).toBe(2);
      } else {
        expect(value.local, where).toBeNull();
      }
    }
  }
  expect(checked).toBeGreaterThan(50);
});

test("a response's options read once mean what they meant: none, null, strict or not, a pinned version", () => {
  const { validate } = operations.paymentTokenInitialize.response;
  const response = { seal: "x", redirectionStatusCode: "42", newField: 1 };
  const codes = (r: ReturnType<typeof validate>) => [r.ok, r.ok ? [] : r.errors.map((i) => i.code), r.warnings.map((i) => i.code)];
  const lenient = [true, [], ["unknown-value", "unknown-field"]];
  expect(codes(validate(response))).toEqual(lenient);
  expect(codes(validate(response, null as never))).toEqual(lenient);
  expect(codes(validate(response, { strict: 1 } as never))).toEqual(lenient);
  expect(codes(validate(response, { strict: true }))).toEqual([false, ["unknown-value", "unknown-field"], []]);
  expect(codes(validate(response, { interfaceVersion: "x" }))).toEqual([false, ["interface-version"], lenient[2]]);
  expect(codes(validate(response, 7 as never))).toEqual(lenient);
});
