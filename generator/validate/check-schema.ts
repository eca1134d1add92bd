import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { describePath, type ParsedFile } from "../read/parse-spec-file.js";
import type { SpecPath } from "../read/source-map.js";
import type { SpecFileKind } from "../read/spec-files.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { COMPILED_SCHEMAS_DIR, type SchemaKind, schemaValidator } from "./spec-schemas.js";

const validators = new Map<SchemaKind, ValidateFunction>();

/** The validator of one kind, loaded when first needed: a run that finds all but one file in the memo loads one schema. */
function validatorOf(kind: SchemaKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) validators.set(kind, (validate = schemaValidator(kind, COMPILED_SCHEMAS_DIR)));
  return validate;
}

/**
 * The errors of a failed check, by the data checked: passedParts (failedPaths) asks again of the same data right
 * after checkSchema, and a second check walks it all again (ajv counts the characters of every text, 50 MB for a
 * hostile one). The data is not changed after it is parsed; what passes is not kept, as nothing asks again.
 */
const failures = new WeakMap<object, { readonly kind: SchemaKind; readonly errors: readonly ErrorObject[] }>();

/** ajv's errors for `data` against the schema of `kind`, none when it passes. */
function errorsOf(data: unknown, kind: Exclude<SpecFileKind, "unexpected">): readonly ErrorObject[] {
  const kept = typeof data === "object" && data !== null ? failures.get(data) : undefined;
  if (kept?.kind === kind) return kept.errors;
  const validate = validatorOf(kind);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  if (typeof data === "object" && data !== null) failures.set(data, { kind, errors });
  return errors;
}

/** Checks one parsed file against the schema of its kind; every violation becomes a located diagnostic. */
export function checkSchema(parsed: ParsedFile, kind: Exclude<SpecFileKind, "unexpected">): Diagnostic[] {
  const found = errorsOf(parsed.data, kind);
  if (found.length === 0) return [];
  // anyOf branches and the propertyNames and if wrappers repeat what one error already says.
  const errors = withinAnyOf(found).filter(
    (e) => !e.schemaPath.includes("/anyOf/") && e.keyword !== "propertyNames" && e.keyword !== "if",
  );
  // A missing key whose misspelling is reported with "did you mean" is one problem, not two.
  const suggested = new Set(
    errors
      .filter((e) => e.keyword === "additionalProperties")
      .map((e) => `${e.instancePath}/${String(suggestionFor(e))}`),
  );
  // A name too long is one problem: whether it is also malformed is for after it is shortened.
  const tooLong = new Set(errors.filter((e) => e.keyword === "maxLength").map(nameKey));
  return errors
    .filter(
      (e) => !(e.keyword === "required" && suggested.has(`${e.instancePath}/${String(e.params["missingProperty"])}`)),
    )
    .filter((e) => !(e.keyword === "pattern" && tooLong.has(nameKey(e))))
    .map((e) => toDiagnostic(e, parsed));
}

/**
 * Where data fails the schema of its kind, each place as deep as the error
 * goes: an unknown or missing key and a malformed name end with that key.
 * What passed-parts.ts needs to leave the failing entries out.
 */
export function failedPaths(data: unknown, kind: Exclude<SpecFileKind, "unexpected">): SpecPath[] {
  return errorsOf(data, kind).map((e) => {
    const key =
      (e as ErrorObject & { propertyName?: string }).propertyName ??
      e.params["propertyName"] ??
      e.params["additionalProperty"] ??
      e.params["missingProperty"];
    const path = pointerToPath(e.instancePath);
    return key === undefined ? path : [...path, String(key)];
  });
}

/**
 * The errors of a failed anyOf, told as the branch of the value's own shape
 * tells them (a URL that is malformed, a mapping with an unknown key), rather
 * than as "none of the forms": ajv reports every branch's errors before the
 * anyOf error, and a branch of another shape fails on its `type` alone. When
 * every branch fails on its type, the anyOf error says which forms are allowed.
 */
function withinAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  errors.forEach((e, index) => {
    if (e.keyword !== "anyOf") return;
    const at = e.instancePath;
    const branches: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const before = errors[i] as ErrorObject;
      if (before.instancePath !== at && !before.instancePath.startsWith(`${at}/`)) break;
      branches.push(before);
    }
    const wrongShape = (b: ErrorObject) => b.keyword === "type" && b.instancePath === at;
    if (branches.some((b) => !wrongShape(b))) dropped.add(e);
    for (const b of branches) if (wrongShape(b)) dropped.add(b);
  });
  return errors.filter((e) => !dropped.has(e));
}

/** Where an error is: the value's path, and the key when the error concerns a key. */
const nameKey = (e: ErrorObject): string =>
  `${e.instancePath}\u0000${String((e as ErrorObject & { propertyName?: string }).propertyName ?? "")}`;

const allowedKeys = (e: ErrorObject): string[] =>
  Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
const suggestionFor = (e: ErrorObject): string | undefined =>
  didYouMean(String(e.params["additionalProperty"]), allowedKeys(e));

function toDiagnostic(e: ErrorObject, parsed: ParsedFile): Diagnostic {
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
        suggestion: suggestionFor(e),
        allowed: allowedKeys(e).join(", "),
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

export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "object") return "a mapping";
  return `the text "${String(value)}"`;
}

const pointerToPath = (pointer: string): string[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
