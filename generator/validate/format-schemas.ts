// The spec format's JSON Schemas as data, for what they say beyond validation:
// the `default` of a key. One reader of them, so that what sync writes for a
// key no page gives and what changes reads for a base spec without it are the
// schema's one value, and cannot drift apart.

import { pointerToPath } from "./schema-error-diagnostic.js";
import { COMMON, readSchema, SCHEMA_FILES, type SchemaKind } from "./spec-schemas.js";
import { isMapping } from "../rules/json-shapes.js";

type Schema = Readonly<Record<string, unknown>>;

/** Schema files by name: the format's (formatSchemas), or others a test gives. */
export type SchemaFiles = ReadonlyMap<string, Schema>;

/** A schema and the file that holds it (a `$ref` in it is read from there). */
export interface LocatedSchema {
  readonly schema: Schema;
  readonly file: string;
}

let format: SchemaFiles | undefined;

/** The format's schemas (spec/schema/), by file name, read once. */
export const formatSchemas = (): SchemaFiles =>
  (format ??= new Map(
    [COMMON, ...Object.values(SCHEMA_FILES)].map((file) => [file, JSON.parse(readSchema(file)) as Schema]),
  ));

/** A schema with its `$ref` followed (within the given files), and the file that holds it. */
export function resolvedSchema(schema: unknown, file: string, files: SchemaFiles): LocatedSchema | undefined {
  if (!isMapping(schema)) return undefined;
  const ref = schema["$ref"];
  if (typeof ref !== "string") return { schema, file };
  const [target = "", pointer = ""] = ref.split("#");
  const inFile = target === "" ? file : target;
  let at: unknown = files.get(inFile);
  for (const part of pointerToPath(pointer)) at = isMapping(at) ? at[part] : undefined;
  return resolvedSchema(at, inFile, files);
}

/** A default the spec's data can hold: a scalar, as text (the spec's YAML reads every scalar as text). */
const defaultText = (schema: unknown): string | undefined => {
  const value = isMapping(schema) ? schema["default"] : undefined;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
};

/**
 * The default of a property's schema, `at` in `file`: its own beside a `$ref` (JSON Schema 2020-12 applies
 * both), else the one its `$ref` refers to; undefined when it has none.
 */
export const propertyDefault = (at: unknown, file: string, files: SchemaFiles): string | undefined =>
  defaultText(at) ?? defaultText(resolvedSchema(at, file, files)?.schema);

/** The default the format gives a top-level key of a kind of spec file; undefined when it gives none. */
export function keyDefault(kind: SchemaKind, key: string, files: SchemaFiles = formatSchemas()): string | undefined {
  const file = SCHEMA_FILES[kind];
  const top = resolvedSchema(files.get(file), file, files);
  const properties = top?.schema["properties"];
  return isMapping(properties) && top ? propertyDefault(properties[key], top.file, files) : undefined;
}
