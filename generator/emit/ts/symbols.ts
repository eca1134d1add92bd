// Symbols of the generated package: a name and the generated module that
// exports it. Printing a symbol in a file is what imports it there.

export interface Sym {
  readonly name: string;
  /** The module that declares it: its path in the output ("runtime/seal.ts"). */
  readonly module: string;
  /** A type is imported with `import type`; a value (which may also name a type) with `import`. */
  readonly kind: "type" | "value";
}

export const typeSym = (module: string, name: string): Sym => ({ name, module, kind: "type" });
export const valueSym = (module: string, name: string): Sym => ({ name, module, kind: "value" });

export const isSym = (value: unknown): value is Sym =>
  typeof value === "object" && value !== null && "module" in value && "kind" in value && "name" in value;

/** Symbols of one runtime module, by name: values and types as the runtime source declares them. */
function runtimeModule<V extends string, T extends string>(file: string, values: readonly V[], types: readonly T[]) {
  const module = `runtime/${file}.ts`;
  const out = {} as Record<V | T, Sym>;
  for (const name of values) out[name] = valueSym(module, name);
  for (const name of types) out[name] = typeSym(module, name);
  return out;
}

/**
 * What the generated code uses of the runtime (runtime/*.ts, copied into
 * generated/runtime/). A test holds this table against the runtime's exports.
 */
export const runtime = {
  validation: runtimeModule(
    "validation",
    [
      "INHERITED",
      "at",
      "badInterfaceVersion",
      "declaredVersion",
      "failure",
      "hasOwn",
      "isPlainObject",
      "missingField",
      "notAnObject",
      "own",
      "pointer",
      "requestIssues",
      "responseIssues",
      "unknownField",
      "unknownValue",
      "unreadable",
      "wrongType",
    ] as const,
    ["Issues", "ValidateOptions", "ValidationCode", "ValidationIssue", "ValidationResult"] as const,
  ),
  formats: runtimeModule(
    "formats",
    [
      "FORMAT_N",
      "FORMAT_A",
      "FORMAT_AN",
      "FORMAT_ANS",
      "FORMAT_ANU",
      "FORMAT_ANSU",
      "integerFormatIssue",
      "textFormatIssue",
    ] as const,
    [] as const,
  ),
  seal: runtimeModule(
    "seal",
    ["genericSealingString", "sealList", "sealMessage", "sealText", "verifyMessage"] as const,
    ["SealAlgorithmName", "Unsealed"] as const,
  ),
  descriptor: runtimeModule(
    "descriptor",
    ["fieldsAllowedIn"] as const,
    [
      "FieldDescriptor",
      "ItemDescriptor",
      "MessageDescriptor",
      "OperationDescriptor",
      "ValueDescriptor",
      "ValueListDescriptor",
    ] as const,
  ),
  client: runtimeModule("client", ["callOperation"] as const, ["CallOptions", "ClientFields", "ClientResult"] as const),
  clientConfig: runtimeModule("client-config", ["resolveConfig"] as const, ["ClientConfig"] as const),
  mockServer: runtimeModule(
    "mock-server",
    ["mockOperation", "serveOperations"] as const,
    ["MockOperation", "MockServer", "MockServerOptions"] as const,
  ),
};

export { RUNTIME_MODULES } from "../../runtime-sources.js";
