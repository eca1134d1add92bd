// The runtime: ordinary TypeScript in runtime/, part of the generator's
// program like its templates, copied into generated/runtime/. The emitters copy
// it; validation reserves the names it exports.

import { readFileSync } from "node:fs";

/** The runtime modules copied as they are (runtime/<name>.ts). */
export const RUNTIME_MODULES = [
  "validation",
  "formats",
  "seal",
  "descriptor",
  "client-config",
  "client-reply",
  "client",
  "mock-server",
  "mock-cli",
  "paypage-form",
  "paypage-encode",
  "paypage-data",
  "paypage-data-write",
  "paypage-response",
  "paypage-request",
  "paypage-html",
] as const;

/** The module generated beside them from spec/sips.yaml, which the runtime imports. */
export const PLATFORM_MODULE = "platform";

const cache = new Map<string, string>();

/** The source of runtime/<name>.ts, read once. */
export function runtimeSource(name: string): string {
  let text = cache.get(name);
  if (text === undefined)
    cache.set(name, (text = readFileSync(new URL(`../runtime/${name}.ts`, import.meta.url), "utf8")));
  return text;
}

const DECLARED =
  /^export (?:declare )?(?:async )?(?:const|let|function|interface|type|class|enum) ([A-Za-z_$][\w$]*)/gm;

/** The names a runtime module exports, as its source declares them. */
export const runtimeExports = (name: string): string[] =>
  [...runtimeSource(name).matchAll(DECLARED)].map((m) => m[1] ?? "");
