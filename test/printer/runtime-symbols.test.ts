// The runtime's names come from the runtime: generator/runtime-api.ts lists
// what runtime/*.ts exports, as the TypeScript parser reads it, and the
// printer's symbols are typed by that list, so that an emitter naming
// something the runtime does not export fails the type-check.
// After a change of the runtime's exports:
// UPDATE_EXPECTED=1 npx vitest run test/printer/runtime-symbols.test.ts
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import type { ts as Ts } from "ts-morph";
import { expect, test } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/emit/ts/layouts.js";
import { runtime } from "../../generator/emit/ts/symbols.js";
import { RUNTIME_API } from "../../generator/runtime-api.js";
import { RUNTIME_MODULES } from "../../generator/runtime-sources.js";
import { expectMatchesFile } from "../support/expect-file.js";
import { repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";

const runtimeDir = path.join(repoRoot, "runtime");

/** A name a module exports: a value (classes and enums are values too), a type, or both; a type with the type arguments it requires. */
interface Exported {
  readonly name: string;
  readonly value: boolean;
  readonly type: boolean;
  readonly typeArguments: number;
}

const parsed = new Map<string, Exported[]>();
/** The runtime modules that declare each exported name (not those that re-export it). */
const declaredIn = new Map<string, string[]>();

/** What runtime/<file>.ts exports, by name: its exported declarations and what it re-exports from other runtime modules. */
function exportsOf(file: string): Exported[] {
  const known = parsed.get(file);
  if (known) return known;
  const text = readFileSync(path.join(runtimeDir, `${file}.ts`), "utf8");
  const source = ts.createSourceFile(`${file}.ts`, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Exported[] = [];
  const required = (params: Ts.NodeArray<Ts.TypeParameterDeclaration> | undefined): number =>
    (params ?? []).filter((p) => p.default === undefined).length;
  for (const s of source.statements) {
    const exported =
      ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(s)) {
      out.push(...reExported(file, s));
      continue;
    }
    if (!exported) continue;
    const named = (name: Ts.Node | undefined, value: boolean, type: boolean, typeArguments = 0): void => {
      if (!name || !ts.isIdentifier(name)) throw new Error(`runtime/${file}.ts: an export without a plain name`);
      out.push({ name: name.text, value, type, typeArguments });
      declaredIn.set(name.text, [...(declaredIn.get(name.text) ?? []), file]);
    };
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) named(d.name, true, false);
    else if (ts.isFunctionDeclaration(s)) named(s.name, true, false);
    else if (ts.isClassDeclaration(s)) named(s.name, true, true, required(s.typeParameters));
    else if (ts.isEnumDeclaration(s)) named(s.name, true, true);
    else if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s))
      named(s.name, false, true, required(s.typeParameters));
    else throw new Error(`runtime/${file}.ts: an export of a kind the list does not know (${ts.SyntaxKind[s.kind]})`);
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  parsed.set(file, out);
  return out;
}

/** `export { a, type B } from "./x.js"` and `export * from "./x.js"`, resolved in the module they come from. */
function reExported(file: string, s: Ts.ExportDeclaration): Exported[] {
  const from = s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : "";
  const target = /^\.\/([a-z-]+)\.js$/.exec(from)?.[1];
  if (target === undefined || !RUNTIME_FILES.includes(target))
    throw new Error(`runtime/${file}.ts re-exports from ${from}, which is not a runtime module`);
  const all = exportsOf(target);
  if (!s.exportClause) return all;
  if (!ts.isNamedExports(s.exportClause)) throw new Error(`runtime/${file}.ts: a namespace re-export`);
  return s.exportClause.elements.map((e) => {
    const original = all.find((x) => x.name === (e.propertyName ?? e.name).text);
    if (!original) throw new Error(`runtime/${file}.ts re-exports ${e.name.text}, which ${from} does not export`);
    const typeOnly = s.isTypeOnly || e.isTypeOnly;
    return { ...original, name: e.name.text, value: original.value && !typeOnly };
  });
}

const RUNTIME_FILES = readdirSync(runtimeDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -".ts".length))
  .sort();

const camel = (file: string): string => file.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const names = (items: readonly Exported[]): string => items.map((e) => JSON.stringify(e.name)).join(", ");

/** generator/runtime-api.ts as it must be: the list, and a reference to each name for tsc to resolve. */
function runtimeApiText(): Promise<string> {
  const imports = RUNTIME_FILES.map((f) => `import type * as ${camel(f)} from "../runtime/${f}.js";`);
  const entries = RUNTIME_FILES.map((f) => {
    const all = exportsOf(f);
    return `${camel(f)}: { file: "${f}", values: [${names(all.filter((e) => e.value))}], types: [${names(all.filter((e) => e.type))}] },`;
  });
  const proofs = RUNTIME_FILES.flatMap((f) =>
    exportsOf(f).map((e) =>
      e.value
        ? `typeof ${camel(f)}.${e.name},`
        : `${camel(f)}.${e.name}${e.typeArguments > 0 ? `<${Array(e.typeArguments).fill("never").join(", ")}>` : ""},`,
    ),
  );
  const text = [
    "// What runtime/*.ts exports, as the TypeScript parser reads it: the one list of",
    "// the runtime's names, for the printer's symbols (emit/ts/symbols.ts), the copy",
    "// of the runtime (emit-runtime.ts) and the names the spec cannot take",
    "// (rules/export-names.ts). Written by test/printer/runtime-symbols.test.ts, which",
    "// fails while it differs from runtime/; tsc holds each name to the runtime too.",
    "// UPDATE_EXPECTED=1 npx vitest run test/printer/runtime-symbols.test.ts rewrites it.",
    "",
    ...imports,
    "",
    "export const RUNTIME_API = {",
    ...entries,
    "} as const;",
    "",
    "/** Every name above, as its module exports it: one the runtime does not export is a type error here. */",
    "export type RuntimeNamesExist = [",
    ...proofs,
    "];",
    "",
  ].join("\n");
  return prettier.format(text, { ...PRETTIER_OPTIONS, filepath: "runtime-api.ts" });
}

test("generator/runtime-api.ts lists what runtime/ exports, values and types", async () => {
  expectMatchesFile(await runtimeApiText(), path.join(repoRoot, "generator", "runtime-api.ts"));
  expect([...RUNTIME_MODULES].sort()).toEqual(RUNTIME_FILES);
});

// One declaration per exported name: two modules that each export a different thing under one name make a reader
// (and an import's completion) take one for the other, as the client's refusals did with paypage-request.ts's
// invalidRequest and issues.ts's unreadableOptions.
test("each name the runtime exports is declared by one module", () => {
  for (const file of RUNTIME_FILES) exportsOf(file);
  const twice = [...declaredIn]
    .filter(([, files]) => files.length > 1)
    .map(([name, files]) => `${name}: ${files.join(", ")}`);
  expect(twice).toEqual([]);
});

test("the printer's runtime symbols are the list's: values imported as values, types as types, each from its module", () => {
  for (const [key, api] of Object.entries(RUNTIME_API)) {
    const symbols = runtime[key as keyof typeof runtime];
    const types = new Set<string>(api.types);
    expect(Object.keys(symbols).sort()).toEqual([...new Set([...api.values, ...api.types])].sort());
    for (const sym of Object.values(symbols)) {
      expect(sym.module).toBe(`runtime/${api.file}.ts`);
      // A class is a value and a type: the generated code uses the runtime's classes as types only.
      expect(sym.kind).toBe(types.has(sym.name) ? "type" : "value");
    }
  }
});

test("a name the runtime does not export is a type error in an emitter", () => {
  // @ts-expect-error runtime/validation.ts exports no `failures` (it is `failure`)
  const misspelt = runtime.validation.failures;
  // @ts-expect-error ValidationResult is declared by runtime/validation.ts, not by runtime/seal.ts
  const misplaced = runtime.seal.ValidationResult;
  expect([misspelt, misplaced]).toEqual([undefined, undefined]);
  expect(runtime.validation.failure).toMatchObject({ name: "failure", kind: "value" });
  expect(runtime.validationTypes.ValidationResult).toMatchObject({ name: "ValidationResult", kind: "type" });
});
