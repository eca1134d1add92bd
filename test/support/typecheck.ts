// JavaScript of generated code, to run it in a test; test/support/native-typecheck.ts type-checks it.
import { ts } from "ts-morph";

/** JavaScript of a generated TypeScript file (types erased), to run it. */
export const toJavaScript = (source: string): string =>
  ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
  }).outputText;
