// The subschemas of a schema that a piece of data is held to, where the data
// alone tells which: every `allOf` branch; `then` or `else` when the `if` only
// asks for keys (the format's condition on a field: taken `from` the
// dictionary or not); the one `anyOf`/`oneOf` branch whose `type` admits the
// data. A branch the data does not tell is left out, so a default in it is
// never assumed for data it may not apply to.

import { type LocatedSchema, resolvedSchema, type SchemaFiles } from "../validate/format-schemas.js";
import { isMapping, itemsOf } from "../rules/json-shapes.js";

type Schema = LocatedSchema["schema"];

/** Whether an `if` that only asks for keys holds; undefined for any other `if`, which the data does not tell here. */
function keysHold(condition: unknown, data: unknown): boolean | undefined {
  if (!isMapping(condition) || Object.keys(condition).some((k) => k !== "required")) return undefined;
  // `required` holds of anything but a mapping (JSON Schema checks it of objects only).
  if (!isMapping(data)) return true;
  return itemsOf(condition["required"]).every((key) => typeof key === "string" && Object.hasOwn(data, key));
}

/** The JSON type of spec data: the spec's YAML reads every scalar as text, so a scalar may be any scalar type. */
const admittedTypes = (data: unknown): readonly string[] => {
  if (Array.isArray(data)) return ["array"];
  if (isMapping(data)) return ["object"];
  return ["string", "number", "integer", "boolean", "null"];
};

/** Whether a branch's `type` admits the data; a branch without one may hold any data. */
function admits(schema: Schema, data: unknown): boolean {
  const type = schema["type"];
  if (type === undefined) return true;
  const types = Array.isArray(type) ? type : [type];
  return admittedTypes(data).some((t) => types.includes(t));
}

/** `at` and, in order, every branch of it (and of those, at any depth) that the data tells applies. */
export function applyingSchemas(at: LocatedSchema, data: unknown, files: SchemaFiles): LocatedSchema[] {
  const out: LocatedSchema[] = [at];
  const resolve = (sub: unknown) => resolvedSchema(sub, at.file, files);
  const add = (sub: LocatedSchema | undefined) => {
    if (sub) out.push(...applyingSchemas(sub, data, files));
  };
  const { schema } = at;
  for (const sub of itemsOf(schema["allOf"])) add(resolve(sub));
  const holds = keysHold(schema["if"], data);
  if (holds !== undefined) add(resolve(holds ? schema["then"] : schema["else"]));
  for (const keyword of ["anyOf", "oneOf"]) {
    const admitting = itemsOf(schema[keyword])
      .map(resolve)
      .filter((sub): sub is LocatedSchema => sub !== undefined && admits(sub.schema, data));
    if (admitting.length === 1) add(admitting[0]);
  }
  return out;
}
