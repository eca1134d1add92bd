// Generated from spec/sips.yaml by `npm run generate`. Do not edit.

// Shared by every generated validator: the result and issue types, and the
// helpers that build issues. Validators never throw, whatever the input.

/** What went wrong, as a stable code that programs can switch on. */
export type ValidationCode =
  /** The value is not a plain JSON object. */
  | "not-an-object"
  /** A required field is absent. */
  | "required"
  /** A field has the wrong JSON type. */
  | "type"
  /** A field the message does not have (a warning in responses unless strict). */
  | "unknown-field"
  /** A value outside the field's value list (a warning in responses unless strict). */
  | "unknown-value"
  /** An interfaceVersion without the operation's prefix and a version number. */
  | "interface-version"
  /** The value could not be read: a getter or proxy threw. */
  | "unreadable";

/** One problem found in a message. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the value concerned: "" for the message itself, "/sdkVersion" for a field. */
  readonly path: string;
  readonly code: ValidationCode;
  /** For people; its wording may change, the code does not. */
  readonly message: string;
}

export interface ValidateOptions {
  /**
   * Responses only: refuse unknown fields and unknown values of a value list
   * instead of reporting them as warnings. Requests are always strict.
   */
  readonly strict?: boolean;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[]; readonly warnings: readonly ValidationIssue[] };

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/** A plain object: `{}` or `Object.create(null)`, not an array, a class instance or a primitive. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Appends a key to a JSON Pointer, escaping "~" and "/". */
export function pointer(parent: string, key: string | number): string {
  const text = String(key);
  return `${parent}/${text.includes("~") || text.includes("/") ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text}`;
}

const MAX_SHOWN = 40;

/** A short, safe description of a value for messages: never the whole of a long string. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN
        ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`
        : JSON.stringify(value);
    case "number":
    case "boolean":
    case "bigint":
      return `${typeof value} ${String(value)}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

export const issue = (path: string, code: ValidationCode, message: string): ValidationIssue => ({
  path,
  code,
  message,
});

export const notAnObject = (path: string, value: unknown): ValidationIssue =>
  issue(path, "not-an-object", `must be a plain JSON object, got ${describe(value)}`);

export const missingField = (path: string): ValidationIssue => issue(path, "required", "is required");

export const wrongType = (path: string, expected: string, value: unknown): ValidationIssue =>
  issue(path, "type", `must be ${expected}, got ${describe(value)}`);

export const unknownField = (path: string): ValidationIssue =>
  issue(path, "unknown-field", "is not a field of this message");

export const unknownValue = (path: string, value: string, listName: string): ValidationIssue =>
  issue(path, "unknown-value", `${describe(value)} is not a value of ${listName}`);

export const unreadable = (): ValidationIssue =>
  issue("", "unreadable", "could not be read (a property getter or proxy threw)");

/** Turns collected issues into the result; `value` is returned as is, never copied. */
export function result<T>(value: unknown, errors: ValidationIssue[], warnings: ValidationIssue[]): ValidationResult<T> {
  const shownWarnings = warnings.length === 0 ? NO_ISSUES : warnings;
  return errors.length === 0
    ? { ok: true, value: value as T, warnings: shownWarnings }
    : { ok: false, errors, warnings: shownWarnings };
}
