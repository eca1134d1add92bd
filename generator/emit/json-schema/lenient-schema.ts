import type { JsonObject, JsonValue } from "../../model/json-value.js";

/**
 * What a lenient reader of responses lets through, as the generated validators
 * do by default: unknown fields, values outside a value list and format
 * deviations. Only these keywords go; types and required fields stay.
 */
const RELAXED = new Set(["additionalProperties", "enum", "pattern", "maxLength", "minimum", "maximum"]);

/** Where a schema holds schemas: a keyword whose value is one, or a map or a list of them. */
const ONE = new Set(["items"]);
const MAP = new Set(["properties", "$defs"]);
const LIST = new Set(["allOf", "anyOf", "oneOf"]);

/** The response schema a forward-compatible reader validates against: the strict one, relaxed. */
export function lenientSchema(strict: JsonObject, id: string, description: string): JsonObject {
  return { ...relax(strict), $id: id, description };
}

function relax(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (RELAXED.has(keyword)) continue;
    out[keyword] = ONE.has(keyword)
      ? relaxValue(value)
      : MAP.has(keyword)
        ? relaxMap(value)
        : LIST.has(keyword)
          ? relaxList(value)
          : value;
  }
  return out;
}

const isObject = (value: JsonValue): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const relaxValue = (value: JsonValue): JsonValue => (isObject(value) ? relax(value) : value);
const relaxList = (value: JsonValue): JsonValue => (Array.isArray(value) ? value.map(relaxValue) : value);
const relaxMap = (value: JsonValue): JsonValue =>
  isObject(value)
    ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, relaxValue(schema)]))
    : value;
