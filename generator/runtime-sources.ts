// The runtime: ordinary TypeScript in runtime/, part of the generator's
// program like its templates, copied into generated/runtime/. The emitters copy
// it; what it exports is listed in runtime-api.ts, read from it by the parser.

import { readFileSync } from "node:fs";
import { RUNTIME_API } from "./runtime-api.js";

/** The runtime modules copied as they are (runtime/<name>.ts): every module of runtime/. */
export const RUNTIME_MODULES: readonly string[] = Object.values(RUNTIME_API).map((api) => api.file);

const cache = new Map<string, string>();

/** The source of runtime/<name>.ts, read once. */
export function runtimeSource(name: string): string {
  let text = cache.get(name);
  if (text === undefined)
    cache.set(name, (text = readFileSync(new URL(`../runtime/${name}.ts`, import.meta.url), "utf8")));
  return text;
}
