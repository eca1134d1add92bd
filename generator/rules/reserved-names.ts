// Names the spec cannot give to what it names, and why. Checked before
// emitting so that a bad name is a diagnostic at its place in the spec, never
// output that does not compile, does not import, or misreads messages.

import type { Declaration } from "./declaration.js";
import { FIXED_DECLARATIONS } from "./export-names.js";

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
 * The names every package declares whatever its spec (the runtime's, read
 * from runtime/, and the generator's own, export-names.ts), each with the
 * module that declares it: a spec name equal to one would shadow or clash
 * with it.
 */
export const FIXED_NAMES: ReadonlyMap<string, string> = modulesByName(FIXED_DECLARATIONS);

/** Each name with the first module that declares it. */
export function modulesByName(declarations: readonly Declaration[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of declarations) if (!out.has(d.name)) out.set(d.name, d.module);
  return out;
}

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

/**
 * Why `name` cannot be an exported identifier of the package, or undefined
 * when it can; `taken` holds the names the package declares for itself, by module.
 */
export function identifierProblem(name: string, taken: ReadonlyMap<string, string> = FIXED_NAMES): string | undefined {
  if (RESERVED_WORDS.has(name)) return "a reserved word of JavaScript";
  const module = taken.get(name);
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
