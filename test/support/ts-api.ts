// TypeScript's compiler API, for the tests that parse TypeScript: the JavaScript
// compiler that ts-morph bundles (TypeScript 7, the project's compiler, has no
// such API). Loaded alone, without ts-morph's own code and the library files it
// holds as text: about half the CPU of importing ts-morph (0.4-0.5 against
// 0.9-1.0 s), paid by each worker that parses. Types come from ts-morph's `ts`,
// which is this module.
import { createRequire } from "node:module";
import type { ts as TypeScript } from "ts-morph";

export const ts: typeof TypeScript = createRequire(import.meta.url)("@ts-morph/common/dist/typescript.js");
