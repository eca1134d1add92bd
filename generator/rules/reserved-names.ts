// Names the spec cannot give to what it names, and why. Checked before
// emitting so that a bad name is a diagnostic at its place in the spec, never
// output that does not compile, does not import, or misreads messages.

import { PLATFORM_MODULE, RUNTIME_MODULES, runtimeExports } from "../runtime-sources.js";

/** Reserved in strict-mode module code, or not bindable there (eval, arguments). */
const RESERVED_WORDS = new Set([
  ...[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
  ],
  ...[
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
  ],
  ...["switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static"],
  ...["implements", "interface", "package", "private", "protected", "public", "await", "eval", "arguments"],
]);

/**
 * Every name the runtime modules export (read from runtime/), the platform
 * module's, the root index's own exports and the names generated modules
 * declare for themselves: a spec name equal to one of them would shadow or
 * clash with it. test/model/export-names.test.ts holds this list to the
 * generated files.
 */
export const RUNTIME_NAMES: ReadonlyMap<string, string> = new Map([
  ...RUNTIME_MODULES.flatMap((module) => runtimeExports(module).map((name) => [name, `runtime/${module}.ts`] as const)),
  ...Object.entries({
    [`runtime/${PLATFORM_MODULE}.ts`]: [
      "DEFAULT_SEAL_ALGORITHM",
      "SEAL_ALGORITHMS",
      "SEAL_ALGORITHM_FIELD",
      "SEAL_FIELD",
      "MERCHANT_ID_FIELD",
      "KEY_VERSION_FIELD",
    ],
    "index.ts": ["operations", "OperationName"],
    "client.ts": ["createClient", "SipsClient", "ClientOperationName"],
    "mock.ts": ["startMockServer", "MOCK_OPERATIONS"],
    "operations/<operation>/seal.ts": ["REQUEST_SEAL_EXCLUDE", "RESPONSE_SEAL_EXCLUDE"],
  }).flatMap(([module, names]) => names.map((name) => [name, module] as const)),
]);

/** Globals that generated code or its users rely on: a type or const of that name would shadow them. */
const GLOBALS = new Set([
  ...[
    "Array",
    "ArrayLike",
    "Awaited",
    "BigInt",
    "Boolean",
    "Buffer",
    "Capitalize",
    "Date",
    "Error",
    "Exclude",
    "Extract",
    "Function",
  ],
  ...[
    "Infinity",
    "InstanceType",
    "Iterable",
    "JSON",
    "Lowercase",
    "Map",
    "Math",
    "NaN",
    "NonNullable",
    "Number",
    "Object",
    "Omit",
  ],
  ...[
    "Parameters",
    "Partial",
    "Pick",
    "Promise",
    "PropertyKey",
    "Proxy",
    "RangeError",
    "Readonly",
    "ReadonlyArray",
    "ReadonlyMap",
  ],
  ...[
    "ReadonlySet",
    "Record",
    "Reflect",
    "RegExp",
    "Required",
    "ReturnType",
    "Set",
    "String",
    "Symbol",
    "TextDecoder",
    "TextEncoder",
  ],
  ...["TypeError", "Uncapitalize", "Uppercase", "WeakMap", "WeakSet", "console", "globalThis", "process", "undefined"],
]);

/**
 * Members every object inherits: as a field, `input.constructor` would read a
 * function from the prototype of any message; as a key, `__proto__` would set
 * the prototype of a const object instead of a property. Fixed, not read from
 * Object.prototype, so that every Node.js version gives the same output.
 */
const PROTOTYPE_MEMBERS = new Set([
  ...["__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "constructor"],
  ...["hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf"],
]);

/** Why `name` cannot be an exported identifier of the package, or undefined when it can. */
export function identifierProblem(name: string): string | undefined {
  if (RESERVED_WORDS.has(name)) return "a reserved word of JavaScript";
  const module = RUNTIME_NAMES.get(name);
  if (module !== undefined) return `already a name of the generated ${module}`;
  if (GLOBALS.has(name)) return "a global name that generated code relies on";
  if (PROTOTYPE_MEMBERS.has(name)) return "a member of every JavaScript object (Object.prototype)";
  return undefined;
}

/** Why `name` cannot be a property the generated code reads or writes (a field, a constant key), or undefined. */
export const propertyProblem = (name: string): string | undefined =>
  PROTOTYPE_MEMBERS.has(name) ? "a member of every JavaScript object (Object.prototype)" : undefined;

/** Device names Windows refuses as file names, whatever the extension. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Why `name` cannot name an operation's files (docs/<name>.md, operations/<name>/), or undefined. */
export function fileNameProblem(name: string): string | undefined {
  if (name.toLowerCase() === "index") return "the name of the reference index (docs/index.md)";
  if (DEVICE_NAMES.test(name)) return "a device name that Windows refuses as a file name";
  return undefined;
}
