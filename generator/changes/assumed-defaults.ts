// A base spec written before a key of the format became required: where the
// format's schema gives that key a `default`, the key is read as it. Only the
// base of a comparison is read so (the working spec must still give every
// required key), and each key assumed is said in the report, so the reviewer
// knows which of the base's facts are the format's and not the spec's.

import type { ParsedFile } from "../read/parse-spec-file.js";
import type { SpecDocuments } from "../read/read-documents.js";
import {
  formatSchemas,
  type LocatedSchema,
  propertyDefault,
  resolvedSchema,
  type SchemaFiles,
} from "../validate/format-schemas.js";
import { applyingSchemas } from "./schema-branches.js";
import { SCHEMA_FILES, type SchemaKind } from "../validate/spec-schemas.js";
import { isMapping, itemsOf } from "../rules/json-shapes.js";

/** A required key the base lacked in some files, read as the schema's default. */
export interface AssumedKey {
  /** The kind of spec file it belongs to (platform, dictionary, operation). */
  readonly in: SchemaKind;
  /** Its place in such a file, the keys from the top joined by "." (an entry of a mapping of names as "*", a list's items as "[]"). */
  readonly key: string;
  /** The value read: the schema's default, as text (the spec's YAML reads every scalar as text). */
  readonly value: string;
  /** How many files lacked it. */
  readonly files: number;
}

/** What a walk of one file's data needs: the schema files, and where to tell each key filled in. */
interface Walk {
  readonly files: SchemaFiles;
  readonly found: (key: string, value: string) => void;
}

/** The first of the schemas whose `properties` names the key with a schema (not `false`), and its file. */
function property(schemas: readonly LocatedSchema[], key: string): { at: unknown; file: string } | undefined {
  for (const { schema, file } of schemas) {
    const properties = schema["properties"];
    if (isMapping(properties) && isMapping(properties[key])) return { at: properties[key], file };
  }
  return undefined;
}

/** The default of a key: the first that a schema naming it gives (a branch's own, else the enclosing schema's). */
function defaultInSchemas(schemas: readonly LocatedSchema[], key: string, files: SchemaFiles): string | undefined {
  for (const { schema, file } of schemas) {
    const properties = schema["properties"];
    const value = isMapping(properties) ? propertyDefault(properties[key], file, files) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * `data` with each required key it lacks that has a default filled in, at any
 * depth reached through properties, additionalProperties, items and `$ref`,
 * and through the branches the data tells apply (schema-branches.ts: allOf,
 * an if that asks for keys, the one anyOf/oneOf branch of the data's type);
 * `data` itself when nothing is filled (it is never changed: the parse may be shared).
 */
function filled(data: unknown, at: unknown, file: string, place: string, walk: Walk): unknown {
  const here = resolvedSchema(at, file, walk.files);
  if (!here) return data;
  const schemas = applyingSchemas(here, data, walk.files);
  if (Array.isArray(data)) {
    const items = schemas.find((s) => s.schema["items"] !== undefined);
    let out: unknown[] | undefined;
    data.forEach((item, i) => {
      const made = items ? filled(item, items.schema["items"], items.file, `${place}[]`, walk) : item;
      if (made !== item) (out ??= [...data])[i] = made;
    });
    return out ?? data;
  }
  if (!isMapping(data)) return data;
  let out: Record<string, unknown> | undefined;
  const required = new Set(schemas.flatMap(({ schema }) => itemsOf(schema["required"])));
  for (const key of required) {
    if (typeof key !== "string" || Object.hasOwn(data, key)) continue;
    const value = defaultInSchemas(schemas, key, walk.files);
    if (value === undefined) continue;
    (out ??= { ...data })[key] = value;
    walk.found(place === "" ? key : `${place}.${key}`, value);
  }
  const others = schemas.find((s) => isMapping(s.schema["additionalProperties"]));
  for (const [key, item] of Object.entries(data)) {
    const named = property(schemas, key);
    // An entry of a mapping of names (fields by name) is "*": a key lacked by many fields is named once.
    const step = named ? key : "*";
    const sub = named ?? (others && { at: others.schema["additionalProperties"], file: others.file });
    if (!sub) continue;
    const made = filled(item, sub.at, sub.file, place === "" ? step : `${place}.${step}`, walk);
    if (made !== item) (out ??= { ...data })[key] = made;
  }
  return out ?? data;
}

/** The documents with every required key that has a default and is missing read as that default, and the keys so read. */
export function withAssumedDefaults(
  read: SpecDocuments,
  files: SchemaFiles = formatSchemas(),
): {
  readonly read: SpecDocuments;
  readonly assumed: readonly AssumedKey[];
} {
  const counts = new Map<string, { in: SchemaKind; key: string; value: string; files: number }>();
  const documents = read.documents.map((parsed): ParsedFile => {
    const kind = parsed.file.kind;
    if (kind === "unexpected" || parsed.data === undefined) return parsed;
    const seen = new Set<string>();
    const found = (key: string, value: string): void => {
      const id = `${kind}\u0000${key}\u0000${value}`;
      const entry = counts.get(id) ?? { in: kind, key, value, files: 0 };
      if (!seen.has(id)) entry.files += 1;
      seen.add(id);
      counts.set(id, entry);
    };
    const own = SCHEMA_FILES[kind];
    const data = filled(parsed.data, files.get(own), own, "", { files, found });
    return data === parsed.data ? parsed : { ...parsed, data };
  });
  if (counts.size === 0) return { read, assumed: [] };
  return { read: { ...read, documents }, assumed: [...counts.values()] };
}
