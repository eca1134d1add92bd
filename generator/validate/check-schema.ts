import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { SpecPath } from "../read/source-map.js";
import { pointerToPath, schemaErrorDiagnostic, suggestionFor } from "./schema-error-diagnostic.js";
import { COMPILED_SCHEMAS_DIR, type SchemaKind, schemaValidator } from "./spec-schemas.js";

const validators = new Map<SchemaKind, ValidateFunction>();

/** How the validator of a kind is loaded: schemaValidator's, unless the process put another in its place. */
let loadValidator = (kind: SchemaKind): ValidateFunction => schemaValidator(kind, COMPILED_SCHEMAS_DIR);

/**
 * Puts `load` in the place of the compiled validators' loader in this process, dropping those loaded
 * before: for a process that must see every check made (the tests count them:
 * test/diagnostics/schema-checked-once.test.ts). What it loads must check as they do.
 */
export function useValidators(load: (kind: SchemaKind) => ValidateFunction): void {
  validators.clear();
  loadValidator = load;
}

/** The validator of one kind, loaded when first needed: a run that finds all but one file in the memo loads one schema. */
function validatorOf(kind: SchemaKind): ValidateFunction {
  let validate = validators.get(kind);
  if (!validate) validators.set(kind, (validate = loadValidator(kind)));
  return validate;
}

/** What checking one file against its schema found. */
export interface SchemaCheck {
  /** Every violation, located; none when the file passes. */
  readonly problems: Diagnostic[];
  /** Where the data fails, as failedPaths says: what passed-parts.ts needs to leave the failing entries out. */
  readonly failed: readonly SpecPath[];
}

/** ajv's errors for `data` against the schema of `kind`, none when it passes. */
function errorsOf(data: unknown, kind: SchemaKind): readonly ErrorObject[] {
  const validate = validatorOf(kind);
  return validate(data) ? [] : (validate.errors ?? []);
}

/**
 * Checks one parsed file against the schema of its kind: every violation
 * becomes a located diagnostic, and where the data fails is kept with them,
 * as a second check walks it all again (ajv counts the characters of every
 * text, 50 MB for a hostile one).
 */
export function checkSchema(parsed: ParsedFile, kind: SchemaKind): SchemaCheck {
  const found = errorsOf(parsed.data, kind);
  if (found.length === 0) return { problems: [], failed: [] };
  return { problems: problemsOf(found, parsed), failed: found.map(failedPath) };
}

function problemsOf(found: readonly ErrorObject[], parsed: ParsedFile): Diagnostic[] {
  // anyOf branches and the propertyNames and if wrappers repeat what one error already says.
  const errors = withinAnyOf(found).filter(
    (e) => !e.schemaPath.includes("/anyOf/") && e.keyword !== "propertyNames" && e.keyword !== "if",
  );
  // A missing key whose misspelling is reported with "did you mean" is one problem, not two.
  // Each suggestion is worked out once, for that and for the diagnostic.
  const suggestions = new Map<ErrorObject, string>();
  const suggested = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const suggestion = suggestionFor(e);
    // Kept only when there is one: 150,000 unknown keys without one made as many entries and texts for nothing.
    if (suggestion === undefined) continue;
    suggestions.set(e, suggestion);
    suggested.add(`${e.instancePath}/${suggestion}`);
  }
  const suggest = (unknown: ErrorObject) => suggestions.get(unknown);
  // A name too long is one problem: whether it is also malformed is for after it is shortened.
  const tooLong = new Set(errors.filter((e) => e.keyword === "maxLength").map(nameKey));
  const problems: Diagnostic[] = [];
  for (const e of errors) {
    if (e.keyword === "required" && suggested.has(`${e.instancePath}/${String(e.params["missingProperty"])}`)) continue;
    if (e.keyword === "pattern" && tooLong.has(nameKey(e))) continue;
    problems.push(schemaErrorDiagnostic(e, parsed, suggest));
  }
  return problems;
}

/** Where data other than a parsed file's (what passed-parts.ts leaves of one) fails the schema of `kind`. */
export const failedPaths = (data: unknown, kind: SchemaKind): SpecPath[] => errorsOf(data, kind).map(failedPath);

/** Where one error is, as deep as it goes: an unknown or missing key and a malformed name end with that key. */
function failedPath(e: ErrorObject): SpecPath {
  const key =
    (e as ErrorObject & { propertyName?: string }).propertyName ??
    e.params["propertyName"] ??
    e.params["additionalProperty"] ??
    e.params["missingProperty"];
  const path = pointerToPath(e.instancePath);
  return key === undefined ? path : [...path, String(key)];
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
