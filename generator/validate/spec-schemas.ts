// The spec format's JSON Schemas as validator functions. Compiling one with
// ajv takes longer than a whole run that finds the rest of the spec in the
// memo (a third of a second for the operation schema, more on a busy machine),
// so the compiled code is kept as a module (ajv's standalone code) under a key
// of everything that decides it: the schema files, ajv's version and its
// options. A kept module that cannot be read or written is compiled again.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Ajv2020 as Ajv2020Class, Options, ValidateFunction } from "ajv/dist/2020.js";
import { memoKey } from "../memo/memo-key.js";
import { TEXT_LENGTH_MODULE, textLength } from "./text-length.js";
import { tempName } from "../threads/temp-name.js";

const require = createRequire(import.meta.url);

/** The spec format's JSON Schemas, the same files editors use through `$schema=`. */
const schemaDir = new URL("../../spec/schema/", import.meta.url);
export const COMMON = "common.schema.json";
export const SCHEMA_FILES = {
  platform: "platform.schema.json",
  dictionary: "dictionary.schema.json",
  operation: "operation.schema.json",
} as const;

export type SchemaKind = keyof typeof SCHEMA_FILES;

/** Where compiled schemas are kept by default: beside the generator's bundle, outside the project's files. */
export const COMPILED_SCHEMAS_DIR = new URL("../../node_modules/.cache/sips-json/", import.meta.url);

// strictRequired is off because if/then/else name properties declared by the enclosing schema.
const OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false, verbose: true };
/** Annotations the generator reads from the schema; editors ignore them. */
const KEYWORDS = ["x-diagnostic", "x-expected"];

/** The text of one schema file of the spec format. */
export const readSchema = (name: string): string => readFileSync(new URL(name, schemaDir), "utf8");

/**
 * The validator of one kind of spec file: the kept module in `dir` when there
 * is one for these schemas, else compiled (and kept there, when `dir` is
 * given and can be written).
 */
export function schemaValidator(kind: SchemaKind, dir: URL | string | null): ValidateFunction {
  const [common, own] = [readSchema(COMMON), readSchema(SCHEMA_FILES[kind])];
  const ajvVersion = (require("ajv/package.json") as { version: string }).version;
  const key = memoKey("spec-schema", ajvVersion, JSON.stringify(OPTIONS), KEYWORDS.join(), common, own);
  const file = dir === null ? null : path.join(toPath(dir), `spec-schema-${kind}-${key.slice(0, 16)}.cjs`);
  if (file !== null) {
    try {
      return load(file);
    } catch {
      // Not kept yet, or unreadable: compiled below.
    }
  }
  const { Ajv2020 } = require("ajv/dist/2020.js") as { Ajv2020: typeof Ajv2020Class };
  const ajv = new Ajv2020({ ...OPTIONS, code: { source: file !== null }, validateSchema: false });
  for (const keyword of KEYWORDS) ajv.addKeyword(keyword);
  ajv.addSchema(checkedSchema(common, Ajv2020), COMMON);
  const validate = ajv.compile(checkedSchema(own, Ajv2020));
  if (file !== null) keep(file, ajv, validate);
  return validate;
}

/**
 * Checks schemas against JSON Schema's meta-schema, as each compiling instance would: one instance for the
 * process, where each compiling instance compiled the meta-schema anew (50–120 ms, about what compiling a kind costs).
 */
let metaChecker: Ajv2020Class | undefined;

/** A schema's text as data, refused as ajv refuses a schema the meta-schema does not accept. */
function checkedSchema(text: string, Ajv2020: typeof Ajv2020Class): object {
  const schema = JSON.parse(text) as object;
  metaChecker ??= new Ajv2020(OPTIONS);
  metaChecker.validateSchema(schema, true);
  return schema;
}

/**
 * A kept module, run with the generator's own `require`: the ajv runtime it
 * needs resolves from here, wherever the module is kept, except the count of
 * a text's length, which is text-length.ts's (the count ajv's compiled
 * function makes in the run that compiles it, faster).
 */
function load(file: string): ValidateFunction {
  const module = { exports: {} as unknown };
  new Function("require", "module", "exports", readFileSync(file, "utf8"))(requireInSchema, module, module.exports);
  if (typeof module.exports !== "function") throw new Error(`${file} is not a compiled schema`);
  return module.exports as ValidateFunction;
}

const requireInSchema = (id: string): unknown => (id === TEXT_LENGTH_MODULE ? { default: textLength } : require(id));

/** Writes the compiled module whole under another name, then renames it: a run reading it meanwhile sees none or all. */
function keep(file: string, ajv: Ajv2020Class, validate: ValidateFunction): void {
  try {
    const { default: standaloneCode } = require("ajv/dist/standalone/index.js") as Standalone;
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = tempName(file, ".partial");
    writeFileSync(partial, standaloneCode(ajv, validate));
    renameSync(partial, file);
    // The modules of earlier schemas of this kind: no run needs them now.
    const kept = path.basename(file);
    const kind = kept.slice(0, kept.lastIndexOf("-") + 1);
    for (const other of readdirSync(path.dirname(file)))
      if (other.startsWith(kind) && other.endsWith(".cjs") && other !== kept)
        rmSync(path.join(path.dirname(file), other), { force: true });
  } catch {
    // A folder that cannot be written: the next run compiles again.
  }
}

const toPath = (dir: URL | string): string => (typeof dir === "string" ? dir : fileURLToPath(dir));

type Standalone = typeof import("ajv/dist/standalone/index.js");
