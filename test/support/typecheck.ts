// JavaScript of generated code, to run it in a test; test/support/native-typecheck.ts type-checks it.
import { transformSync, version, type TransformOptions } from "esbuild";

/** Imports kept as written (verbatimModuleSyntax), class fields defined as ES2022 defines them. */
const TRANSFORM: TransformOptions = {
  loader: "ts",
  format: "esm",
  target: "es2022",
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
};

/**
 * JavaScript of a generated TypeScript file (types erased), to run it. esbuild, which the tests load anyway
 * (node-bundle.ts): the TypeScript compiler's transpileModule cost ~1 s to load in each worker and more to run.
 */
export const toJavaScript = (source: string): string => transformSync(source, TRANSFORM).code;

/** What toJavaScript's output depends on besides its source: a folder of its output is kept under it. */
export const javaScriptTransform = JSON.stringify([version, TRANSFORM]);
