// One declaration per exported name, in generator/ as in runtime/ (test/printer/runtime-symbols.test.ts): two
// modules that each export a different thing under one name make a reader, and an import's completion, take one
// for the other, as sync's quote (a JSON text, or "nothing") and the printer's quote (a TypeScript literal) were.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ts as Ts } from "ts-morph";
import { expect, test } from "vitest";
import { keptAnswer } from "../support/kept-answer.js";
import { ownText } from "../support/kept-output.js";
import { repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";

const generatorDir = path.join(repoRoot, "generator");

/** Every .ts file under `dir`, as a path from the repository's root with forward slashes, sorted. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.relative(repoRoot, path.join(dir, f)).split(path.sep).join("/"))
    .sort();
}

/**
 * The names `file` declares and exports: its exported statements, and `export { a }` of its own declarations.
 * A re-export declares nothing, from another module or of an imported name. A name declared twice in one file
 * (an overload, an interface merged with a value) counts once.
 */
function declaredExports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out = new Set<string>();
  const own = new Set(source.statements.flatMap(namesDeclaredBy));
  for (const s of source.statements) {
    if (ts.isExportDeclaration(s)) {
      if (s.moduleSpecifier === undefined && s.exportClause && ts.isNamedExports(s.exportClause))
        for (const e of s.exportClause.elements) if (own.has((e.propertyName ?? e.name).text)) out.add(e.name.text);
      continue;
    }
    const modifiers = ts.canHaveModifiers(s) ? (ts.getModifiers(s) ?? []) : [];
    if (!modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    // A default export has no name of its own: its importer names it.
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) continue;
    const names = namesDeclaredBy(s);
    if (names.length === 0)
      throw new Error(`${file}: an export of a kind this test does not know (${ts.SyntaxKind[s.kind]})`);
    for (const name of names) out.add(name);
  }
  return [...out].sort();
}

/** The names a top-level statement declares in its module (an import declares none). */
function namesDeclaredBy(s: Ts.Statement): string[] {
  if (ts.isVariableStatement(s))
    return s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  if (
    (ts.isFunctionDeclaration(s) ||
      ts.isClassDeclaration(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      ts.isEnumDeclaration(s)) &&
    s.name !== undefined
  )
    return [s.name.text];
  return [];
}

/** The generator's entries that package.json's scripts run through the launcher, which imports `command` from each. */
function launchedEntries(): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const entries = Object.values(scripts).flatMap((line) =>
    [...line.matchAll(/run-bundled\.cjs\s+(generator\/\S+\.ts)/g)].map((m) => m[1] ?? ""),
  );
  return [...new Set(entries)].sort();
}

/** The name the launcher's bundle imports from the entry it runs (scripts/bundle-build.cjs): one per entry, by design. */
const ENTRY_COMMAND = "command";

/** Each name declared by more than one of the files (path → the names it exports), with the files, but the entries' `command`. */
function declaredTwice(exports: ReadonlyMap<string, readonly string[]>, entries: readonly string[]): string[] {
  const declaredIn = new Map<string, string[]>();
  for (const [file, names] of exports)
    for (const name of names) {
      if (name === ENTRY_COMMAND && entries.includes(file)) continue;
      declaredIn.set(name, [...(declaredIn.get(name) ?? []), file]);
    }
  return [...declaredIn]
    .filter(([, where]) => where.length > 1)
    .map(([name, where]) => `${name}: ${where.join(", ")}`)
    .sort();
}

const readAll = (files: readonly string[]): Map<string, string> =>
  new Map(files.map((f) => [f, readFileSync(path.join(repoRoot, f), "utf8")]));

/** The names each of `files` (path → text) exports, as declaredExports reads them. */
const exportsOf = (files: ReadonlyMap<string, string>): Map<string, string[]> =>
  new Map([...files].map(([file, text]) => [file, declaredExports(file, text)]));

/**
 * The same, each file's answer kept under all its reading depends on (TypeScript's version, this file, which holds
 * the reading, and the file's path and text: test/support/kept-answer.ts): a module unchanged since an earlier run is
 * not parsed again, where parsing every module of generator/ took about 0.7 s of CPU a run. The test of the
 * reading itself below reads its files afresh.
 */
async function keptExportsOf(files: ReadonlyMap<string, string>): Promise<Map<string, string[]>> {
  const reading = [ts.version, ownText(import.meta.url)];
  const exports = new Map<string, string[]>();
  for (const [file, text] of files)
    exports.set(file, await keptAnswer("generator-names", [...reading, file, text], () => declaredExports(file, text)));
  return exports;
}

test("each name generator/ exports is declared by one module", async () => {
  const files = readAll(sourcesUnder(generatorDir));
  expect(files.size).toBeGreaterThan(100);
  expect(declaredTwice(await keptExportsOf(files), launchedEntries())).toEqual([]);
});

test("the entries the launcher runs each export the command it imports, and only they may share its name", () => {
  const entries = launchedEntries();
  expect(entries).toContain("generator/cli.ts");
  const bundleBuild = readFileSync(path.join(repoRoot, "scripts", "bundle-build.cjs"), "utf8");
  expect(bundleBuild).toContain(`import { ${ENTRY_COMMAND} } from`);
  for (const [file, text] of readAll(entries)) expect(declaredExports(file, text)).toContain(ENTRY_COMMAND);
});

test("a name two modules declare is reported, as are `export { a }` and an entry's command outside the entries", () => {
  const files = new Map([
    ["generator/a.ts", "export const quote = (s: string) => s;\nexport function command() {}\n"],
    [
      "generator/b.ts",
      "import { Other } from './c.js';\nconst quote = 1;\nexport { quote, Other };\nexport { other } from './c.js';\n",
    ],
    [
      "generator/c.ts",
      "export type Other = 1;\nexport function other(a: string): void;\nexport function other(a: unknown) {}\n",
    ],
    ["generator/d.ts", "export interface other { x: 1 }\nexport const command = 1;\n"],
    ["generator/e.ts", "export const command = 2;\n"],
  ]);
  expect(declaredTwice(exportsOf(files), ["generator/e.ts"])).toEqual([
    "command: generator/a.ts, generator/d.ts",
    "other: generator/c.ts, generator/d.ts",
    "quote: generator/a.ts, generator/b.ts",
  ]);
  expect(declaredTwice(exportsOf(files), ["generator/a.ts", "generator/d.ts", "generator/e.ts"])).toEqual([
    "other: generator/c.ts, generator/d.ts",
    "quote: generator/a.ts, generator/b.ts",
  ]);
});
