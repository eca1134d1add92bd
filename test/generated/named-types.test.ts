// Every type the package's public declarations name is one a user can import:
// a function that handles a client error, or builds the mock's list of
// operations, writes the type of what it holds. A type named by an export but
// exported by no entry (ClaimedStatus, MockOperation, MockPaypageMessage once
// were) can only be reached as `Parameters<...>[0]`. Read from the syntax of
// generated/, entry by entry as package.json's exports list them: each export's
// declaration is followed to the file that declares it, and the names its
// signature uses are resolved through that file's imports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ts as Ts } from "ts-morph";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";

const generated = path.join(repoRoot, "generated");
/** A declaration by the file that declares it and its name there. */
type Declared = `${string}#${string}`;

const sources = new Map<string, Ts.SourceFile>();
function sourceOf(file: string): Ts.SourceFile {
  let source = sources.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(path.join(generated, file), "utf8"), ts.ScriptTarget.ES2022, true);
    sources.set(file, source);
  }
  return source;
}

/** The generated file a relative specifier names (`./runtime/x.js` from `mock.ts` is `runtime/x.ts`). */
const target = (from: string, specifier: string) =>
  path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, ".ts");

const exported = (node: Ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The top-level names a file declares, with their declarations (a function's overloads all). */
function declarations(source: Ts.SourceFile): Map<string, Ts.Node[]> {
  const found = new Map<string, Ts.Node[]>();
  const add = (name: string, node: Ts.Node) => found.set(name, [...(found.get(name) ?? []), node]);
  for (const s of source.statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) add(d.name.getText(source), d);
    else if (
      (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isClassDeclaration(s) ||
        ts.isFunctionDeclaration(s) || ts.isEnumDeclaration(s)) && s.name
    )
      add(s.name.text, s);
  }
  return found;
}

/** Where a name used in `file` is declared: a declaration of the file, or one its imports lead to; null for a global. */
function resolve(file: string, name: string): Declared | null {
  const source = sourceOf(file);
  if (declarations(source).has(name)) return `${file}#${name}`;
  for (const s of source.statements) {
    if (!ts.isImportDeclaration(s)) continue;
    const clause = s.importClause;
    const bindings = clause?.namedBindings;
    // A default or namespace import (`R.X`) is a form this reading does not follow: a name it brings in would be
    // taken for a global, and the type it leads to never checked.
    if (clause?.name?.text === name || (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name))
      throw new Error(`${file}: ${name} is imported as a default or a namespace, which this test does not follow`);
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const from = target(file, (s.moduleSpecifier as Ts.StringLiteral).text);
    for (const b of bindings.elements)
      if (b.name.text === name) return exportsOf(from).get((b.propertyName ?? b.name).text) ?? null;
  }
  return null;
}

const exportsByFile = new Map<string, Map<string, Declared | null>>();
/** Every name `file` exports, with the declaration it stands for, followed through re-exports. */
function exportsOf(file: string): Map<string, Declared | null> {
  const known = exportsByFile.get(file);
  if (known) return known;
  const out = new Map<string, Declared | null>();
  exportsByFile.set(file, out); // a cycle of re-exports reads what is known so far
  const source = sourceOf(file);
  for (const [name, nodes] of declarations(source))
    if (nodes.some((n) => exported(ts.isVariableDeclaration(n) ? n.parent.parent : n))) out.set(name, `${file}#${name}`);
  for (const s of source.statements) {
    if (!ts.isExportDeclaration(s)) continue;
    const from = s.moduleSpecifier ? target(file, (s.moduleSpecifier as Ts.StringLiteral).text) : null;
    if (!s.exportClause && from) for (const [name, d] of exportsOf(from)) out.set(name, d);
    else if (s.exportClause && ts.isNamespaceExport(s.exportClause))
      throw new Error(`${file}: \`export * as ${s.exportClause.name.text}\` is a form this test does not follow`);
    else if (s.exportClause && ts.isNamedExports(s.exportClause))
      for (const e of s.exportClause.elements) {
        const local = (e.propertyName ?? e.name).text;
        out.set(e.name.text, from ? (exportsOf(from).get(local) ?? null) : resolve(file, local));
      }
  }
  return out;
}

/** The names a declaration's public face uses as types (not a function's body, a variable's value, a private member). */
function namesUsed(node: Ts.Node): Set<string> {
  const names = new Set<string>();
  const parameters = new Set<string>();
  const visit = (n: Ts.Node): void => {
    if (ts.isTypeParameterDeclaration(n)) parameters.add(n.name.text);
    if (ts.isTypeReferenceNode(n) || ts.isExpressionWithTypeArguments(n)) {
      let head: Ts.Node = ts.isTypeReferenceNode(n) ? n.typeName : n.expression;
      while (ts.isQualifiedName(head)) head = head.left;
      while (ts.isPropertyAccessExpression(head)) head = head.expression;
      if (ts.isIdentifier(head)) names.add(head.text);
    }
    if (ts.isBlock(n)) return;
    if (ts.isVariableDeclaration(n)) {
      if (n.type) visit(n.type);
      return;
    }
    if ((ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n)) && ts.isPrivateIdentifier(n.name)) return;
    if (ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) return;
    ts.forEachChild(n, visit);
  };
  // An alias that names one instance of a generic (`type XInterfaceVersion = InterfaceVersionOf<"IR_WS_">`) is
  // itself the name a user holds such a value by: the generic is how it is written, not what a value is.
  if (ts.isTypeAliasDeclaration(node) && ts.isTypeReferenceNode(node.type)) {
    node.type.typeArguments?.forEach(visit);
    node.typeParameters?.forEach(visit);
  } else visit(node);
  for (const p of parameters) names.delete(p);
  return names;
}

const entries = [
  "index.ts",
  "mock.ts",
  "paypage.ts",
  ...readdirSync(path.join(generated, "operations")).map((name) => `operations/${name}/index.ts`),
];

test("every type named by a declaration the package exports is exported by one of its entries", () => {
  const reachable = new Set<Declared>();
  const exports = entries.map((entry) => [entry, exportsOf(entry)] as const);
  for (const [, names] of exports) for (const d of names.values()) if (d) reachable.add(d);
  expect(reachable.size).toBeGreaterThan(100);
  const missing = new Set<string>();
  for (const [entry, names] of exports)
    for (const [name, declared] of names) {
      if (!declared) continue;
      const [file, local] = declared.split("#") as [string, string];
      for (const node of declarations(sourceOf(file)).get(local) ?? [])
        for (const used of namesUsed(node)) {
          const d = resolve(file, used);
          if (d && !reachable.has(d)) missing.add(`${d} (named by ${entry}'s ${name})`);
        }
    }
  expect([...missing].sort()).toEqual([]);
});
