// Symbols of the generated package: a name and the generated module that
// exports it. Printing a symbol in a file is what imports it there. The
// package's own symbols are its declarations (rules/export-names.ts, through
// model-symbols.ts); the runtime's are typed by the list of what runtime/
// exports (runtime-api.ts), so that naming something the runtime does not
// export is a type error in the emitter that names it.

import { RUNTIME_API } from "../../runtime-api.js";

export interface Sym {
  readonly name: string;
  /** The module that declares it: its path in the output ("runtime/seal.ts"). */
  readonly module: string;
  /** A type is imported with `import type`; a value (which may also name a type) with `import`. */
  readonly kind: "type" | "value";
}

export const isSym = (value: unknown): value is Sym =>
  typeof value === "object" && value !== null && "module" in value && "kind" in value && "name" in value;

type Api = typeof RUNTIME_API;
type NamesOf<M extends keyof Api> = Api[M]["values"][number] | Api[M]["types"][number];

/** The runtime's symbols, by module and name. */
export type RuntimeSymbols = { readonly [M in keyof Api]: { readonly [N in NamesOf<M>]: Sym } };

function runtimeSymbols(): RuntimeSymbols {
  const out: Record<string, Record<string, Sym>> = {};
  for (const [key, api] of Object.entries(RUNTIME_API)) {
    const module = `runtime/${api.file}.ts`;
    const symbols: Record<string, Sym> = {};
    for (const name of api.values) symbols[name] = { name, module, kind: "value" };
    // A class is a value and a type; the generated code uses the runtime's classes as types, imported as such.
    for (const name of api.types) symbols[name] = { name, module, kind: "type" };
    out[key] = symbols;
  }
  return out as RuntimeSymbols;
}

/** A runtime class as the value it also is: one an entry exports for its users to construct (`MockHttpError`). */
export const classValue = (sym: Sym): Sym => ({ ...sym, kind: "value" });

/** What the generated code may use of the runtime (runtime/*.ts, copied into generated/runtime/). */
export const runtime: RuntimeSymbols = runtimeSymbols();

/** Where each runtime module is in the output ("runtime/seal.ts"), for a re-export of the whole module. */
export const runtimeModules = Object.fromEntries(
  Object.entries(RUNTIME_API).map(([key, api]) => [key, `runtime/${api.file}.ts`]),
) as { readonly [M in keyof Api]: string };
