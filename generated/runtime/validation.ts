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
  /** A field that appeared in a later interface version than the one declared or pinned. */
  | "version"
  /** A value with characters its Sips format does not admit (N, A, AN, ANS, ANU, ANSU). */
  | "format"
  /** A value longer than its Sips format admits. */
  | "max-length"
  /** The value could not be read: a getter or proxy threw. */
  | "unreadable";

/** One problem found in a message. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the value concerned: "" for the message itself, "/someField" for a field, "/someList/0/someField" inside a list. */
  readonly path: string;
  readonly code: ValidationCode;
  /** For people; its wording may change, the code does not. */
  readonly message: string;
}

export interface ValidateOptions {
  /**
   * Responses only: refuse unknown fields, unknown values of a value list,
   * format deviations and fields newer than `interfaceVersion` instead of
   * reporting them as warnings. Requests are always strict.
   */
  readonly strict?: boolean;
  /**
   * Validate as for this interface version (the prefix and a version such as 2.30, or just "2.30")
   * instead of the one a request declares: a field that appeared in a later
   * version is then reported.
   */
  readonly interfaceVersion?: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[]; readonly warnings: readonly ValidationIssue[] };

/** What a validation passes down to the container checks it calls. */
export interface CheckContext {
  /**
   * Whether forward-compatible problems (unknown fields and values, format
   * deviations, fields newer than the version) are errors: in requests and
   * strict responses. Otherwise they are warnings.
   */
  readonly lenientIsError: boolean;
  /** The interface version checked against, as major * 10000 + minor; -1 when there is none. */
  readonly version: number;
  /** The version pinned by the options, if any, and the one the message declares: for messages. */
  readonly pinned: unknown;
  readonly declared: unknown;
}

/** What a container check found; undefined when nothing (most of the time, so nothing is allocated). */
export interface Found {
  readonly errors: ValidationIssue[] | undefined;
  readonly warnings: ValidationIssue[] | undefined;
}

/** `into` with `more` appended; either may be absent. */
export function merge(
  into: ValidationIssue[] | undefined,
  more: ValidationIssue[] | undefined,
): ValidationIssue[] | undefined {
  if (!more) return into;
  if (!into) return more;
  for (const item of more) into.push(item);
  return into;
}

export const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

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

/** A short, safe description of a value for messages: never the whole of a long string, never an exception. */
export function describe(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return "an unreadable value";
  }
}

function describeValue(value: unknown): string {
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

export const badInterfaceVersion = (path: string, prefix: string, value: unknown): ValidationIssue =>
  issue(path, "interface-version", `must be ${prefix} followed by a version number, got ${describe(value)}`);

/**
 * A field that appeared after the version checked against: the pinned one if
 * any, else the declared one (both strings that parsed as versions).
 */
export const tooNew = (path: string, since: string, pinned: unknown, declared: unknown): ValidationIssue =>
  issue(
    path,
    "version",
    `appeared in interface version ${since}, but ${pinned === undefined ? `the request declares ${String(declared)}` : `validation is pinned to ${String(pinned)}`}`,
  );

/** A container's JSON Pointer: its parent's, and its index when it is an item of a list (-1 otherwise). */
export const at = (path: string, index: number): string => (index < 0 ? path : `${path}/${index}`);

/**
 * The version in "<prefix><major>.<minor>" (no leading zeros, at most four
 * digits each) as major * 10000 + minor; -1 when `value` is not one. Read digit
 * by digit: it runs on every validation.
 */
export function declaredVersion(value: unknown, prefix: string): number {
  if (typeof value !== "string" || !value.startsWith(prefix)) return -1;
  let i = prefix.length;
  const major = readNumber(value, i);
  if (major < 0) return -1;
  i += digitCount(major);
  if (value.charCodeAt(i) !== 46 /* . */) return -1;
  const minor = readNumber(value, i + 1);
  return minor >= 0 && i + 1 + digitCount(minor) === value.length ? major * 10000 + minor : -1;
}

/** A number of 1 to 4 digits without leading zero at `start`, followed by something else than a digit; -1 otherwise. */
function readNumber(text: string, start: number): number {
  let value = 0;
  let i = start;
  for (; i < text.length && i - start < 5; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  const digits = i - start;
  if (digits === 0 || digits > 4 || (digits > 1 && text.charCodeAt(start) === 48)) return -1;
  return value;
}

const digitCount = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : 4);

/** A version given with or without the prefix ("PREFIX_2.30" or "2.30"): major * 10000 + minor; -1 when malformed. */
export function pinnedVersion(value: unknown, prefix: string): number {
  return typeof value === "string"
    ? declaredVersion(value.startsWith(prefix) ? value : `${prefix}${value}`, prefix)
    : -1;
}

/** The issue of a malformed options.interfaceVersion. */
export const badPinnedVersion = (prefix: string, value: unknown): ValidationIssue =>
  issue(
    "",
    "interface-version",
    `options.interfaceVersion must be ${prefix} followed by a version number, got ${describe(value)}`,
  );

/** Turns collected issues into the result; `value` is returned as is, never copied. Issues are collected lazily: absent means none. */
export function result<T>(
  value: unknown,
  errors: ValidationIssue[] | undefined,
  warnings: ValidationIssue[] | undefined,
): ValidationResult<T> {
  return errors
    ? { ok: false, errors, warnings: warnings ?? NO_ISSUES }
    : { ok: true, value: value as T, warnings: warnings ?? NO_ISSUES };
}

/** The result for a value that is not an object, or could not be read. */
export const failure = <T,>(issue: ValidationIssue): ValidationResult<T> => ({
  ok: false,
  errors: [issue],
  warnings: NO_ISSUES,
});
