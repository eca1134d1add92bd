// TypeScript's compiler API, for the tests that parse TypeScript: the JavaScript
// compiler that ts-morph bundles (TypeScript 7, the project's compiler, has no
// such API). Loaded alone, without ts-morph's own code and the library files it
// holds as text: about half the CPU of importing ts-morph (0.4-0.5 against
// 0.9-1.0 s), paid by each worker that parses. Types come from ts-morph's `ts`,
// which is this module.
//
// Its 9 MB script is one function expression in parentheses, which V8 compiles
// whole, eagerly, on every load: it is run from a V8 code cache kept under a
// hash of the script (test/support/cached-module.ts), as the launcher runs the
// generator's bundle (scripts/cached-script.cjs).
import { createRequire } from "node:module";
import type { ts as TypeScript } from "ts-morph";
import { cachedModule } from "./cached-module.js";

const file = createRequire(import.meta.url).resolve("@ts-morph/common/dist/typescript.js");

export const ts = cachedModule<typeof TypeScript>(file, (loaded) => {
  // What the tests call, compiled before the cache is made: a parse with parent links, and a walk of its nodes.
  const source = loaded.createSourceFile(
    "warm.ts",
    'import { a, type B } from "./a.js";\nexport interface C { d?: B }\nexport const e = (f: number): string => `${a}${f}`;\n',
    loaded.ScriptTarget.Latest,
    true,
    loaded.ScriptKind.TS,
  );
  const visit = (node: TypeScript.Node): void => loaded.forEachChild(node, visit);
  visit(source);
});
