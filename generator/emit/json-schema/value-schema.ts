import { compareText } from "../../rules/code-point-order.js";
import type {
  ContainerModel,
  FieldModel,
  FieldTypeModel,
  FormatModel,
  ItemTypeModel,
} from "../../model/field-model.js";
import type { JsonObject, JsonValue } from "../../model/json-value.js";
import { codeValueOf, type FieldValuesModel } from "../../model/value-list-model.js";
import { FORMAT_PATTERNS } from "../../../runtime/formats.js";

/**
 * JSON Schema (2020-12) of fields and values, shared by the standalone schemas
 * ($defs) and the OpenAPI document (components). Sips facts that JSON Schema
 * has no keyword for go in x-sips-* keywords.
 */
export interface SchemaContext {
  /** Where container schemas are referenced: "#/$defs/" or "#/components/schemas/". */
  readonly refPrefix: string;
  /** Container schemas met so far, by type name, to put under $defs or components. */
  readonly containers: Map<string, ContainerModel>;
}

/** One part of a version number as validators read it: no leading zero, at most four digits. */
export const VERSION_PART = "(0|[1-9][0-9]{0,3})";

/** Versions as validators read them (runtime/interface-version.ts, declaredVersion): the prefix, then major.minor. */
export const interfaceVersionPattern = (prefix: string): string => `^${prefix}${VERSION_PART}\\.${VERSION_PART}$`;

/** The schema of an object with these fields: closed (no other field), with its required ones. */
export function objectSchema(fields: readonly FieldModel[], context: SchemaContext): JsonObject {
  const properties: JsonObject = {};
  for (const field of fields) properties[field.name] = fieldSchema(field, context);
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function fieldSchema(field: FieldModel, context: SchemaContext): JsonObject {
  return {
    description: field.description,
    ...valueSchema(field.type, field.values, field.format, context),
    "x-sips-presence": field.presence,
    "x-sips-since": field.since?.text ?? null,
    ...(field.condition ? { "x-sips-condition": field.condition } : {}),
    ...(field.notes.length > 0 ? { "x-sips-notes": [...field.notes] } : {}),
    // What secret the field carries, in the spec's words. Not writeOnly (a response field is read) nor format:
    // password (a form's masking hint, and the field's Sips format is its pattern): no JSON Schema or OpenAPI
    // keyword says "keep this value out of logs".
    ...(field.sensitive !== null ? { "x-sips-sensitive": field.sensitive } : {}),
  };
}

export function valueSchema(
  type: FieldTypeModel | ItemTypeModel,
  values: FieldValuesModel | null,
  format: FormatModel | null,
  context: SchemaContext,
): JsonObject {
  switch (type.kind) {
    case "integer":
      return {
        type: "integer",
        ...(format ? { minimum: 0, ...digitsBound(format.maxLength), "x-sips-format": format.text } : {}),
      };
    case "interfaceVersion":
      return { type: "string", pattern: interfaceVersionPattern(type.prefix) };
    case "container":
      context.containers.set(type.container.typeName, type.container);
      return { $ref: `${context.refPrefix}${type.container.typeName}` };
    case "list":
      return { type: "array", items: valueSchema(type.items.type, type.items.values, type.items.format, context) };
    case "string":
      return { type: "string", ...listKeywords(values), ...formatKeywords(format) };
  }
}

/**
 * At most n digits. From 16 digits on, 10^n - 1 is no double (it rounds to 10^n), so the bound is written
 * as the exclusive 10^n, which is exact and is what the validators test (`>= 1e<n>` refused).
 */
function digitsBound(digits: number): JsonObject {
  const bound = 10 ** digits;
  return Number.isSafeInteger(bound - 1) ? { maximum: bound - 1 } : { exclusiveMaximum: bound };
}

/**
 * An exact list is an enum of the values the operation's field takes; their
 * meanings for the operation go along in x-sips-values, as a list of
 * `{ value, meanings }` in the enum's order (the model's, code-point order);
 * a list matched by prefix gives x-sips-prefixes, of `{ prefix, meanings }`;
 * the shared list's name is in x-sips-value-list. Lists, not objects keyed by
 * value: JSON made by JavaScript puts an object's integer-like keys first
 * ("11" before "00"), so the keys' order was not the enum's.
 */
function listKeywords(taken: FieldValuesModel | null): JsonObject {
  if (!taken) return {};
  const { list } = taken;
  if (list.match !== "exact") {
    const prefixes = taken.values.map((v) => ({ prefix: codeValueOf(v), meanings: [...v.meanings] }));
    return { "x-sips-value-list": list.name, "x-sips-prefixes": prefixes };
  }
  const meanings = taken.values.map((v) => ({ value: codeValueOf(v), meanings: [...v.meanings] }));
  return { enum: taken.values.map(codeValueOf), "x-sips-value-list": list.name, "x-sips-values": meanings };
}

/** A Sips format as a pattern (JavaScript syntax, as ajv reads it with the u flag) and a maximum length. */
function formatKeywords(format: FormatModel | null): JsonObject {
  if (!format) return {};
  return {
    pattern: FORMAT_PATTERNS[format.charClass].source,
    maxLength: format.maxLength,
    "x-sips-format": format.text,
  };
}

/** Schemas of the containers met, in type-name order (a Map visits what is added while it is iterated, so nested ones come too). */
export function containerSchemas(context: SchemaContext): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, container] of context.containers) {
    out[name] = { description: container.description ?? name, ...objectSchema(container.fields, context) };
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compareText(a, b)));
}
