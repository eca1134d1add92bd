// Every name an entry of the package exports carries a doc comment, as an
// editor's hover shows it: a type such as `CallOptions` or `FetchLike`, met in
// a function's signature, showed its bare shape and nothing of what it is for.
// Read from the entries as a consumer's compiler reads them, through their
// re-exports, so that a name added to the runtime or the generated files
// without one fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ts as Ts } from "ts-morph";
import { expect, test } from "vitest";
import { keptAnswer } from "../support/kept-answer.js";
import { repoRoot } from "../support/paths.js";
import { ts } from "../support/ts-api.js";

const generated = path.join(repoRoot, "generated");

/** The package's entries by the name a consumer imports them with: the root, the mock, the Paypage one and each operation's. */
const ENTRIES: Readonly<Record<string, string>> = {
  "sips-json": path.join(generated, "index.ts"),
  "sips-json/mock": path.join(generated, "mock.ts"),
  "sips-json/paypage": path.join(generated, "paypage.ts"),
  ...Object.fromEntries(
    readdirSync(path.join(generated, "operations")).map((name) => [
      `sips-json/${name}`,
      path.join(generated, "operations", name, "index.ts"),
    ]),
  ),
};

/** `entry: name` for each name an entry exports whose declarations carry no doc comment. */
function undocumentedExports(program: Ts.Program): string[] {
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${entry}: ${file} is not in the program`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === "")
        missing.push(`${entry}: ${exported.name}`);
    }
  }
  return missing;
}

const OPTIONS: Ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noLib: true,
  types: [],
  noEmit: true,
};

/**
 * All the check reads: the compiler's version, its options, this file (the check's own code) and every TypeScript
 * file of generated/, where the entries' re-exports lead. The same as a run before, it is not checked again
 * (test/support/kept-answer.ts), as the type-checks of generated packages are not.
 */
function checkKey(): string[] {
  const key = [ts.version, JSON.stringify(OPTIONS), readFileSync(fileURLToPath(import.meta.url), "utf8")];
  const files = readdirSync(generated, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  for (const file of files.sort()) key.push(file, readFileSync(path.join(generated, file), "utf8"));
  return key;
}

test("every name the package's entries export has a doc comment for an editor's hover", async () => {
  // The entries hold names: an empty list of exports would pass the check below without reading one.
  expect(Object.keys(ENTRIES).length).toBeGreaterThan(3);
  const missing = await keptAnswer("export-docs", checkKey(), () =>
    undocumentedExports(ts.createProgram(Object.values(ENTRIES), OPTIONS)),
  );
  expect(missing).toEqual([]);
});
