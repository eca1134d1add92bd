// The wording of a schema error: ajv says which keyword failed where; the
// diagnostic says it in the spec's terms, at the key or value concerned.

import type { ErrorObject } from "ajv/dist/2020.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import { describePath, type SpecPath } from "../read/source-map.js";

/** A mapping's allowed keys, and their list as a diagnostic shows it. */
interface AllowedKeys {
  readonly keys: readonly string[];
  readonly shown: string;
}

// Worked out once per schema location, not once per unknown key: a file with 150,000 unknown keys in one mapping
// listed and joined its allowed keys 150,000 times.
const allowedBySchema = new WeakMap<object, AllowedKeys>();

function allowedKeys(e: ErrorObject): AllowedKeys {
  const schema = e.parentSchema as { properties?: object };
  let allowed = allowedBySchema.get(schema);
  if (!allowed) {
    const keys = Object.keys(schema.properties ?? {});
    allowedBySchema.set(schema, (allowed = { keys, shown: keys.join(", ") }));
  }
  return allowed;
}

/** The allowed key an unknown one is most likely a misspelling of. */
export const suggestionFor = (e: ErrorObject): string | undefined =>
  didYouMean(String(e.params["additionalProperty"]), allowedKeys(e).keys);

/**
 * One of ajv's errors as a located diagnostic, worded by what it concerns and by the schema's annotations;
 * `suggest` gives an unknown key's suggestion, for a caller that has already worked it out.
 */
export function schemaErrorDiagnostic(
  e: ErrorObject,
  parsed: ParsedFile,
  suggest: (e: ErrorObject) => string | undefined = suggestionFor,
): Diagnostic {
  const { map } = parsed;
  const path = pointerToPath(e.instancePath);
  const annotation = (e.parentSchema as Record<string, unknown> | undefined)?.["x-diagnostic"];
  // Errors inside propertyNames concern a key, not a value.
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const at = map.key([...path, propertyName]);
    if (e.keyword === "maxLength")
      return diagnostic("name-too-long", at, { value: propertyName, max: Number(e.params["limit"]) });
    if (annotation === "bad-environment")
      return diagnostic("bad-environment", at, { value: propertyName, expected: expectedOf(e) });
    if (annotation === "bad-prefix")
      return diagnostic("bad-pattern", at, {
        where: `${describePath(path)} key`,
        value: propertyName,
        expected: expectedOf(e),
      });
    return diagnostic("bad-name", at, { value: propertyName, what: "name" });
  }
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params["additionalProperty"]);
      return diagnostic("unknown-key", map.key([...path, key]), {
        key,
        where: describePath(path),
        suggestion: suggest(e),
        allowed: allowedKeys(e).shown,
      });
    }
    case "required":
      return diagnostic("missing-key", map.key(path), {
        key: String(e.params["missingProperty"]),
        where: describePath(path),
      });
    case "type":
    case "anyOf":
      return diagnostic("wrong-type", map.value(path), {
        where: describePath(path),
        expected: expectedOf(e),
        found: describeValue(e.data),
      });
    case "enum": {
      const value = String(e.data);
      const allowedValues = (e.params["allowedValues"] as unknown[]).map(String);
      const params = { value, suggestion: didYouMean(value, allowedValues), allowed: allowedValues.join(", ") };
      if (annotation === "unknown-presence") return diagnostic("unknown-presence", map.value(path), params);
      if (annotation === "unknown-type") return diagnostic("unknown-type", map.value(path), params);
      return diagnostic("unknown-enum", map.value(path), { ...params, where: describePath(path) });
    }
    case "pattern":
      return patternDiagnostic(e, path, parsed, annotation);
    case "maxLength":
      if (annotation === "text-too-long")
        return diagnostic("text-too-long", map.value(path), {
          where: describePath(path),
          length: String(e.data).length,
          max: Number(e.params["limit"]),
        });
      return diagnostic("name-too-long", map.value(path), { value: String(e.data), max: Number(e.params["limit"]) });
    case "maxProperties":
      if (annotation === "too-many-fields")
        return diagnostic("too-many-fields", map.key(path), {
          where: describePath(path),
          count: Object.keys(e.data as object).length,
          max: Number(e.params["limit"]),
        });
      return diagnostic("too-many-values", map.key(path), {
        where: describePath(path),
        count: Object.keys(e.data as object).length,
        max: Number(e.params["limit"]),
      });
    case "uniqueItems": {
      // The later of the two equal entries is the one to remove.
      const index = Math.max(Number(e.params["i"]), Number(e.params["j"]));
      const value = String((e.data as unknown[])[index]);
      return diagnostic("duplicate-value", map.value([...path, index]), { value, where: describePath(path) });
    }
    case "false schema": {
      // `then: {properties: {type: false, ...}}`: a key a dictionary reference may not have.
      const key = String(path.at(-1));
      return diagnostic("dictionary-override", map.key(path), { field: String(path.at(-2)), key });
    }
    default:
      return diagnostic("empty-value", map.value(path), { where: describePath(path) });
  }
}

function patternDiagnostic(e: ErrorObject, path: SpecPath, { map }: ParsedFile, annotation: unknown): Diagnostic {
  const value = String(e.data);
  const expected = expectedOf(e);
  if (annotation === "bad-version") return diagnostic("bad-version", map.value(path), { value, expected });
  if (annotation === "bad-format") return diagnostic("bad-format", map.value(path), { value, expected });
  if (annotation === "bad-name") return diagnostic("bad-name", map.value(path), { value, what: describePath(path) });
  return diagnostic("bad-pattern", map.value(path), { where: describePath(path), value, expected });
}

function expectedOf(e: ErrorObject): string {
  const custom = (e.parentSchema as Record<string, unknown> | undefined)?.["x-expected"];
  if (typeof custom === "string") return custom;
  if (e.keyword === "pattern") return `a match of ${String(e.params["pattern"])}`;
  const type = String(e.params["type"]);
  return (
    { string: "a text", object: "a mapping (key: value lines)", array: "a list (- item lines)" }[type] ??
    `of type ${type}`
  );
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "object") return "a mapping";
  return `the text "${String(value)}"`;
}

/** The last pointer read, and its path: the errors of one mapping (150,000 unknown keys) come one after another. */
let last: { readonly pointer: string; readonly path: SpecPath } = { pointer: "", path: [] };

/** The spec path a JSON pointer of ajv's names (the same array for the same pointer twice in a row: it is only read). */
export function pointerToPath(pointer: string): SpecPath {
  if (pointer === last.pointer) return last.path;
  if (pointer === "") return [];
  const path = pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  last = { pointer, path };
  return path;
}
